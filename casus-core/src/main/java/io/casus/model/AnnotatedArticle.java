package io.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * An article after language processing: sentences with tokens, lemmas, POS, coarse NER and dependencies.
 *
 * @param article  the article as read
 * @param sentences its sentences in order
 * @param entities  named entities in text order
 * @param engine    the NLP engine and its configuration, for provenance
 * @param problems  recoverable problems met while annotating
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
                               String engine, List<String> problems) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(engine, "engine");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
