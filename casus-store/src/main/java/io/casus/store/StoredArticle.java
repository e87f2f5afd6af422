package io.casus.store;

import java.util.List;
import java.util.Objects;

/**
 * An article as stored, with the coded article's JSON (the CLI's JSON Lines shape, see
 * {@link io.casus.json.CodedArticleJson}) so a viewer can highlight its mentions, times, quotes and events.
 *
 * @param summary   metadata
 * @param tags      subject tags
 * @param text      the body
 * @param textHash  SHA-256 of the body's UTF-8 bytes, hex: what decides whether a re-put changes anything
 * @param origin    where it was read from
 * @param mentions  how many actor mentions are stored for it
 * @param quotes    how many quotes
 * @param events    how many events (every modality)
 * @param codedJson the whole coded article as one JSON object
 */
public record StoredArticle(ArticleSummary summary, List<String> tags, String text, String textHash, String origin,
                            int mentions, int quotes, int events, String codedJson) {
    public StoredArticle {
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(tags);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(codedJson, "codedJson");
    }
}
