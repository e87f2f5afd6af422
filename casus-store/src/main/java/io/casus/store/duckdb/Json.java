package io.casus.store.duckdb;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The JSON the store keeps in text columns. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private Json() {}

    /** Gzip-compressed UTF-8 of the text. */
    static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 6 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The text {@link #gzip} compressed. */
    static String gunzip(byte[] bytes, String what) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(z.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("stored " + what + " is not gzip-compressed text: " + e.getMessage(), e);
        }
    }

    /** A JSON array of strings, as written by the store. */
    static List<String> stringList(String json) {
        try {
            return json == null ? List.of() : MAPPER.readValue(json, STRINGS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored tags are not a JSON array of strings: " + json, e);
        }
    }
}
