package io.casus.store;

import java.util.List;
import java.util.Objects;

/**
 * One article found by a search.
 *
 * @param articleId  the article
 * @param title      its title, or null
 * @param published  its publication time (ISO-8601), or null
 * @param outlet     its outlet, or null
 * @param score      relevance (Lucene BM25), higher is better; 0 for searches without text
 * @param highlights up to three passages of the body with the matched words in {@code <mark>...</mark>} (the
 *                   body's opening when only the title matched; none for searches without text); the rest of each
 *                   passage is HTML-escaped, so it can be shown as HTML
 */
public record SearchHit(String articleId, String title, String published, String outlet, float score,
                        List<String> highlights) {
    public SearchHit {
        Objects.requireNonNull(articleId, "articleId");
        highlights = List.copyOf(highlights);
    }
}
