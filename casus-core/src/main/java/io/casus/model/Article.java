package io.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its source, before any language processing.
 *
 * @param id        stable identifier: the record's own id, else the file name without extension, else a hash of the URL
 * @param title     headline, or null when the source has none
 * @param published publication time, or null when none was found (see {@code problems})
 * @param outlet    publishing outlet, or null
 * @param author    byline, or null
 * @param tags      subject tags in source order
 * @param url       canonical URL, or null
 * @param text      the clean body: paragraphs separated by a blank line, no navigation, ads or author bio
 * @param origin    where it was read from: file, and record or line within it
 * @param problems  recoverable problems met while reading it
 */
public record Article(String id, String title, Published published, String outlet, String author,
                      List<String> tags, String url, String text, String origin, List<String> problems) {
    /** The problem a reader notes when its input gives no publication date. */
    public static final String NO_PUBLICATION_DATE = "no publication date found";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank article id (" + origin + ")");
        }
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
    }

    /** A copy with one more problem noted. */
    public Article withProblem(String problem) {
        var all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return new Article(id, title, published, outlet, author, tags, url, text, origin, all);
    }
}
