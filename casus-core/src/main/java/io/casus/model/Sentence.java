package io.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article with its tokens and dependency parse.
 *
 * @param index        position in the article, from 0
 * @param begin        start offset in the article text
 * @param end          end offset (exclusive)
 * @param text         the sentence as written
 * @param tokens       tokens in order; {@code tokens.get(i).index() == i}
 * @param dependencies the dependency parse (empty when the sentence was not parsed)
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        Spans.check(begin, end, "sentence " + index);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + index + ": token " + i + " has index " + tokens.get(i).index());
            }
        }
    }

    /** Text of tokens {@code [from, to)} as written, taken from the sentence itself so spacing is kept. */
    public String textOf(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
