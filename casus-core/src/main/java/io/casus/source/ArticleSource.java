package io.casus.source;

/**
 * Reads articles from one kind of input (plain text, HTML, JSON Lines, feeds, WARC).
 *
 * <p>Contract: {@link #read} reports each article or unreadable record to the listener as it goes, so inputs of any
 * size stream. Bad content never throws: a malformed record is reported through {@link ReadListener#skipped} with
 * its location and the source goes on with the next record; an input that cannot be read at all is reported once.
 * Implementations are stateless and thread-safe.
 */
public interface ArticleSource {
    /** A short name for the format ("text", "html", "jsonl", "feed", "warc"). */
    String format();

    /** Reads every article of the input. */
    void read(Input input, ReadListener listener);
}
