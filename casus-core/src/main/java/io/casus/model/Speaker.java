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
 * @param actor who the speaker is, or null when unresolved
 */
public record Speaker(String text, int begin, int end, String head, String name, Actor actor) {
    public Speaker {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(name, "name");
        Spans.check(begin, end, "speaker '" + text + "'");
    }

    public Speaker(String text, int begin, int end, String head, String name) {
        this(text, begin, end, head, name, null);
    }

    public Speaker withActor(Actor a) {
        return new Speaker(text, begin, end, head, name, a);
    }
}
