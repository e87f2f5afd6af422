package io.casus.model;

import java.util.Objects;

/**
 * A mention of a possible actor: a named entity or a nominal actor phrase.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token
 * @param tokenEnd   one past the last token
 * @param head       token index of the phrase's head word
 * @param begin      start offset in the article text
 * @param end        end offset (exclusive)
 * @param text       the mention as written
 * @param type       what it names
 */
public record Mention(int sentence, int tokenBegin, int tokenEnd, int head, int begin, int end, String text,
                      MentionType type) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Spans.check(begin, end, "mention '" + text + "'");
        if (tokenEnd <= tokenBegin || head < tokenBegin || head >= tokenEnd) {
            throw new IllegalArgumentException("mention '" + text + "': bad token range or head");
        }
    }

    public boolean covers(int sentenceIndex, int token) {
        return sentence == sentenceIndex && token >= tokenBegin && token < tokenEnd;
    }
}
