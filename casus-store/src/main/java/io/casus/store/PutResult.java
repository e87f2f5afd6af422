package io.casus.store;

import java.util.Objects;

/**
 * What {@link EventStore#put} did with one article.
 *
 * @param articleId the article
 * @param outcome   inserted, unchanged or replaced
 * @param events    how many events the article now has in the store
 */
public record PutResult(String articleId, Outcome outcome, int events) {
    /** The three things a put can do. */
    public enum Outcome {
        /** the article was new */
        INSERTED,
        /** the store already held this article with the same text hash: nothing was written */
        UNCHANGED,
        /** the store held this article with another text: all its rows were replaced */
        REPLACED
    }

    public PutResult {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
