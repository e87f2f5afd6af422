package io.casus.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Article ids derived from URLs, so the same page read from a feed, a WARC file or a JSON line gets the same id on
 * every run and on every machine.
 */
public final class StableIds {
    /** 16 hex digits (64 bits): collisions stay negligible for billions of URLs and the ids stay short. */
    public static final int LENGTH = 16;

    private StableIds() {
    }

    /** The first {@value #LENGTH} hex digits of the SHA-256 of the trimmed URL's UTF-8 bytes. */
    public static String ofUrl(String url) {
        Objects.requireNonNull(url, "url");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
