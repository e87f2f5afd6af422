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
 * @param actor      who it stands for, or null when unresolved
 */
public record Mention(int sentence, int tokenBegin, int tokenEnd, int head, int begin, int end, String text,
                      MentionType type, Actor actor) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Spans.check(begin, end, "mention '" + text + "'");
        if (tokenEnd <= tokenBegin || head < tokenBegin || head >= tokenEnd) {
            throw new IllegalArgumentException("mention '" + text + "': bad token range or head");
        }
    }

    /** An unresolved mention. */
    public Mention(int sentence, int tokenBegin, int tokenEnd, int head, int begin, int end, String text, MentionType type) {
        this(sentence, tokenBegin, tokenEnd, head, begin, end, text, type, null);
    }

    public Mention withActor(Actor a) {
        return new Mention(sentence, tokenBegin, tokenEnd, head, begin, end, text, type, a);
    }

    public boolean covers(int sentenceIndex, int token) {
        return sentence == sentenceIndex && token >= tokenBegin && token < tokenEnd;
    }
}
