package io.casus.model;

import java.util.Objects;

/**
 * A named entity found by the NLP engine: a maximal run of tokens with the same coarse NER tag.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token
 * @param tokenEnd   one past the last token
 * @param begin      start offset in the article text
 * @param end        end offset (exclusive)
 * @param text       the entity as written
 * @param nerTag     PERSON, ORGANIZATION, LOCATION, MISC, ...
 */
public record EntityMention(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text, String nerTag) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nerTag, "nerTag");
        Spans.check(begin, end, "entity '" + text + "'");
        if (tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("entity '" + text + "': empty token range");
        }
    }
}
