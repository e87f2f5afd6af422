package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.ingest.internal.TextDecoding;
import io.casus.ingest.jsonl.JsonLinesSource;
import io.casus.model.Article;
import io.casus.source.Input;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLinesSourceTest {
    static Stream<String> fixtures() {
        return Fixtures.withGolden("jsonl");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsFixture(String name) {
        Fixtures.check(name);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String line(int i) {
        return "{\"id\": \"n" + i + "\", \"text\": \"Delegations from Tuvalu and Kiribati met for round " + i
                + " of talks on climate migration.\", \"published\": \"2024-10-0" + (1 + i % 9) + "\"}\n";
    }

    @Test
    void gzippedFileReadsLikeThePlainOne() {
        byte[] plain = Fixtures.bytes("jsonl/wire.jsonl");
        Collector fromPlain = Collector.read(new JsonLinesSource(), Input.of("wire.jsonl", plain));
        Collector fromGzip = Collector.read(new Sources(), Input.of("wire.jsonl.gz", gzip(plain)));
        assertEquals(fromPlain.articles.stream().map(Article::text).toList(),
                fromGzip.articles.stream().map(Article::text).toList());
        assertEquals(fromPlain.articles.stream().map(Article::id).toList(),
                fromGzip.articles.stream().map(Article::id).toList());
        assertEquals("wire.jsonl.gz:3", fromGzip.skipped.get(0).location());
        assertEquals("wire-7", fromGzip.articles.get(3).id(), "fallback ids use the name without .jsonl.gz");
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeAndSaysWhere() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            sb.append(line(i));
        }
        byte[] gz = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        Collector c = Collector.read(new Sources(), Input.of("feeds/daily.jsonl.gz", cut));
        assertTrue(c.articles.size() > 100 && c.articles.size() < 2000, c.articles.size() + " articles");
        assertEquals("n1", c.articles.get(0).id());
        Collector.Skip skip = c.skipped.get(c.skipped.size() - 1);
        assertEquals("feeds/daily.jsonl.gz:" + (c.articles.size() + c.skipped.size()), skip.location());
        assertTrue(skip.reason().startsWith("truncated gzip data (Unexpected end of ZLIB input stream)"),
                skip.reason());
        assertTrue(skip.reason().endsWith("stopped reading, the lines before it were read"), skip.reason());
    }

    @Test
    void malformedLineInTheMiddleDoesNotStopReading() {
        String text = line(1) + "{\"id\": \"n2\", \"text\": \"unterminated\n" + line(3);
        Collector c = Collector.read(new JsonLinesSource(), Input.of("mid.jsonl",
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("n1", "n3"), c.articles.stream().map(Article::id).toList());
        assertEquals("mid.jsonl:2", c.skipped.get(0).location());
        assertTrue(c.skipped.get(0).reason().startsWith("malformed JSON at column"), c.skipped.get(0).reason());
    }

    @Test
    void trailingGarbageAfterTheObjectIsMalformed() {
        Collector c = Collector.read(new JsonLinesSource(), Input.of("t.jsonl",
                "{\"text\": \"The talks ended.\"} trailing\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("t.jsonl:1", c.onlySkip().location());
    }

    @Test
    void windows1252LineIsReadAndNoted() {
        byte[] bytes = "{\"text\": \"Le ministre a annoncé un accord à Bogotá.\"}\n"
                .getBytes(TextDecoding.WINDOWS_1252);
        Article a = Collector.read(new JsonLinesSource(), Input.of("latin.jsonl", bytes)).only();
        assertEquals("Le ministre a annoncé un accord à Bogotá.", a.text());
        assertEquals(List.of("not valid UTF-8; read as windows-1252", "no publication date found"), a.problems());
    }

    @Test
    void utf16FileWithByteOrderMark() {
        String text = "\uFEFF" + line(1) + line(2);
        Collector c = Collector.read(new JsonLinesSource(), Input.of("u16.jsonl",
                text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("n1", "n2"), c.articles.stream().map(Article::id).toList());
        assertTrue(c.skipped.isEmpty(), c.skipped.toString());
    }

    @Test
    void overlongLineIsSkippedWithTheLimitAndTheNextLineRead() {
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(5000) + "\"}\n";
        Collector c = Collector.read(new JsonLinesSource(new ReadLimits(1000, 1_000_000)),
                Input.of("big.jsonl", (line(1) + big + line(3)).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("n1", "n3"), c.articles.stream().map(Article::id).toList());
        assertEquals(new Collector.Skip("big.jsonl:2",
                "line of 5025 bytes, over the limit of 1000 bytes (maxFileBytes)"), c.skipped.get(0));
    }

    @Test
    void articleTextOverTheCharacterLimitIsSkipped() {
        String big = "{\"id\": \"big\", \"text\": \"" + "y".repeat(300) + "\"}\n";
        Collector c = Collector.read(new JsonLinesSource(new ReadLimits(1_000_000, 200)),
                Input.of("chars.jsonl", big.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Collector.Skip("chars.jsonl:1",
                "article text of 300 characters, over the limit of 200 characters (maxArticleChars)"), c.onlySkip());
    }

    @Test
    void truncatedJsonArrayStopsWithLineAndColumn() {
        String text = "[\n" + line(1).strip() + ",\n" + line(2).strip() + ",\n{\"id\": \"n3\", \"text\": ";
        Collector c = Collector.read(new JsonLinesSource(), Input.of("arr.json",
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("n1", "n2"), c.articles.stream().map(Article::id).toList());
        Collector.Skip skip = c.skipped.get(0);
        assertTrue(skip.location().startsWith("arr.json:4:"), skip.location());
        assertTrue(skip.reason().startsWith("malformed JSON: "), skip.reason());
    }

    @Test
    void stableIdIsTheSha256PrefixOfTheUrl() {
        assertEquals("c04bb59e31e46b4c", StableIds.ofUrl("https://wire.example/bahrain-qatar-flights"));
        assertEquals(StableIds.ofUrl("https://wire.example/x"), StableIds.ofUrl("  https://wire.example/x "));
        assertEquals(16, StableIds.ofUrl("").length());
    }
}
