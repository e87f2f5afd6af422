package io.casus.source;

import io.casus.model.Article;

/**
 * Receives what a source reads, in input order. A source reports every record exactly once: either as an article
 * or as skipped, so nothing is dropped silently.
 */
public interface ReadListener {
    void article(Article article);

    /**
     * A record or the whole input could not be read.
     *
     * @param location the input and the place in it ({@code feed.xml: item 3}, {@code a.jsonl:12}, {@code x.warc.gz: record at byte 5123})
     * @param reason   what was wrong, in words a user can act on
     */
    void skipped(String location, String reason);
}
