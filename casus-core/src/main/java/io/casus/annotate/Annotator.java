package io.casus.annotate;

import io.casus.model.AnnotatedArticle;
import io.casus.model.Article;

/**
 * Splits an article's text into sentences and tokens and adds lemmas, POS tags, coarse named entities and a
 * dependency parse.
 *
 * <p>Contract: offsets of sentences and tokens index into {@code article.text()}; sentences are in order and do not
 * overlap. Implementations are thread-safe: one instance is shared by all worker threads.
 */
public interface Annotator {
    AnnotatedArticle annotate(Article article);

    /** The engine, models and options in use, for provenance and benchmark reports. */
    String description();
}
