package io.casus.ingest;

/**
 * Bounds that keep one oversized input from exhausting memory. An input or record over a bound is reported as
 * skipped with its size and the bound named; it is never truncated silently.
 *
 * @param maxFileBytes    the most bytes read into memory for one article-bearing unit: a text or HTML file, a feed,
 *                        one JSON line, one WARC record's payload. At most {@link #MAX_ARRAY_BYTES}.
 * @param maxArticleChars the longest article text, in characters, after cleaning
 */
public record ReadLimits(long maxFileBytes, int maxArticleChars) {
    /** Java arrays hold a little under 2^31 bytes; every unit is read into one array. */
    public static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8L;

    /** 20 MiB per file or record, one million characters of article text. */
    public static final ReadLimits DEFAULTS = new ReadLimits(20L * 1024 * 1024, 1_000_000);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxFileBytes > MAX_ARRAY_BYTES) {
            throw new IllegalArgumentException(
                    "maxFileBytes must be between 1 and " + MAX_ARRAY_BYTES + ", not " + maxFileBytes);
        }
        if (maxArticleChars <= 0) {
            throw new IllegalArgumentException("maxArticleChars must be positive, not " + maxArticleChars);
        }
    }
}
