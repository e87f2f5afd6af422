package io.casus.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An article's metadata, as shown beside its events.
 *
 * @param id         article id
 * @param title      headline, or null
 * @param published  publication time as ISO-8601 at the precision the source gave ({@code 2024-04-16},
 *                   {@code 2024-04-16T16:32:00-04:00}), or null
 * @param outlet     publishing outlet, or null
 * @param author     byline, or null
 * @param url        canonical URL, or null
 * @param ingestedAt when the store last wrote this article (UTC)
 */
public record ArticleSummary(String id, String title, String published, String outlet, String author, String url,
                             Instant ingestedAt) {
    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
