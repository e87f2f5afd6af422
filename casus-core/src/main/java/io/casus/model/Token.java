package io.casus.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text  the token as written in the article
 * @param lemma dictionary form (lower case for common words)
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, ...) or "O"
 * @param begin start offset in the article text
 * @param end   end offset (exclusive)
 */
public record Token(int index, String text, String lemma, String pos, String ner, int begin, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        Spans.check(begin, end, "token '" + text + "'");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
