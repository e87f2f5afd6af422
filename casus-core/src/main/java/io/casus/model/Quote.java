package io.casus.model;

import java.util.Objects;

/**
 * A direct or reported statement and who made it.
 *
 * @param sentence  index of the sentence holding the quote's start
 * @param begin     start offset of the quoted or reported content (inside the quotation marks for direct quotes)
 * @param end       end offset (exclusive)
 * @param text      the content
 * @param direct    true when in quotation marks
 * @param speaker   the speaker, or null when none could be found
 * @param cue       the verb or phrase that attributes it ("said", "told", "according to")
 * @param via       the outlet it came through ("Axios", "IRNA"), or null
 * @param anonymous true when the speaker is not named ("a U.S. official", "three people who attended")
 */
public record Quote(int sentence, int begin, int end, String text, boolean direct, Speaker speaker, String cue,
                    String via, boolean anonymous) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Spans.check(begin, end, "quote");
    }

    public Quote withSpeaker(Speaker s) {
        return new Quote(sentence, begin, end, text, direct, s, cue, via, anonymous);
    }
}
