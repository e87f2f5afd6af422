package io.casus.model;

import java.util.Objects;

/**
 * Who a quote is attributed to.
 *
 * @param text  the speaker phrase as written ("Blinken", "a U.S. official")
 * @param begin start offset in the article text
 * @param end   end offset (exclusive)
 * @param head  the phrase's head word ("Blinken", "official")
 * @param name  the full name when an earlier mention gives it ("Antony Blinken"), else the phrase itself
 */
public record Speaker(String text, int begin, int end, String head, String name) {
    public Speaker {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(name, "name");
        Spans.check(begin, end, "speaker '" + text + "'");
    }
}
