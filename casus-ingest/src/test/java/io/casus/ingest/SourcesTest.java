package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.Article;
import io.casus.source.Input;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcCompression;

class SourcesTest {
    private static final String ARTICLE = "Moldova Signs Energy Deal with Romania\n\n"
            + "Moldova and Romania signed an agreement on Friday to build a second power line across the Prut.";

    @ParameterizedTest
    @CsvSource({
        "a.txt, text", "dir/a.TEXT, text", "a.txt.gz, text",
        "a.html, html", "a.HTM, html", "a.xhtml, html",
        "a.jsonl, jsonl", "a.ndjson, jsonl", "a.json, jsonl", "a.jsonl.gz, jsonl", "a.json.gz, jsonl",
        "a.xml, feed", "a.rss, feed", "a.atom, feed",
        "a.warc, warc", "CC-NEWS-20240101.warc.gz, warc",
    })
    void formatByExtension(String name, String format) {
        assertEquals(format, new Sources().byExtension(name).orElseThrow().format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "README", "a.md", "a.gz", "a.pdf", ".txt"})
    void extensionsThatSayNothing(String name) {
        assertTrue(new Sources().byExtension(name).isEmpty(), name);
    }

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
                Arguments.of("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed"),
                Arguments.of("\n  <feed xmlns=\"http://www.w3.org/2005/Atom\">", "feed"),
                Arguments.of("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", "feed"),
                Arguments.of("<?xml version=\"1.0\"?><!DOCTYPE html><html>", "html"),
                Arguments.of("<!DOCTYPE html><html><body>", "html"),
                Arguments.of("\uFEFF<html><body><p>x</p>", "html"),
                Arguments.of("{\"text\": \"x\"}\n{\"text\": \"y\"}", "jsonl"),
                Arguments.of("[{\"text\": \"x\"}]", "jsonl"),
                Arguments.of(" date 2024-01-01 WATCH TV LIVE\n\nTags: a", "text"),
                Arguments.of("Plain words.", "text"));
    }

    @ParameterizedTest
    @MethodSource("heads")
    void formatBySniffing(String head, String format) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        Sources sources = new Sources();
        assertEquals(format, sources.detect(Input.of("noext", bytes)).format());
        assertEquals(format, sources.detect(Input.of("noext", JsonLinesSourceTest.gzip(bytes))).format(), "gzipped");
    }

    @Test
    void utf16HtmlIsSniffedAsHtml() {
        byte[] bytes = "\uFEFF<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("html", new Sources().detect(Input.of("page", bytes)).format());
    }

    /** Standard input can be opened only once: sniffing must not consume what the reader needs. */
    private static Input onceOnly(String name, byte[] bytes) {
        boolean[] opened = {false};
        return new Input(name, () -> {
            if (opened[0]) {
                throw new IOException("opened twice");
            }
            opened[0] = true;
            return new ByteArrayInputStream(bytes);
        });
    }

    @Test
    void standardInputIsSniffedAndReadInOnePass() throws IOException {
        Sources sources = new Sources();
        byte[] jsonl = Fixtures.bytes("jsonl/wire.jsonl");
        Collector c = Collector.read(sources, onceOnly("-", JsonLinesSourceTest.gzip(jsonl)));
        assertEquals(5, c.articles.size(), c.skipped.toString());
        assertEquals("-:1", c.articles.get(0).origin());
        assertEquals("stdin-7", c.articles.get(3).id());

        Article text = Collector.read(sources, onceOnly("-", ARTICLE.getBytes(StandardCharsets.UTF_8))).only();
        assertEquals("stdin", text.id());
        assertEquals("Moldova Signs Energy Deal with Romania", text.title());

        Collector warc = Collector.read(sources, onceOnly("-", WarcSourceTest.crawl(WarcCompression.GZIP)));
        assertEquals(2, warc.articles.size());
    }

    @Test
    void expandWalksDirectoriesInOrderAndSkipsHiddenAndUnknownFiles(@TempDir Path dir) throws IOException {
        for (String f : List.of("b/2.txt", "b/1.html", "a.jsonl.gz", "c/feed.rss", "c/deep/x.warc.gz",
                ".hidden.txt", ".git/config.txt", "b/.cache/y.html", "notes.md", "image.png", "b/README")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        Path loose = dir.resolve("b/README");
        Path missing = dir.resolve("nope.txt");
        List<String> names = Sources.expand(List.of(dir, loose, missing, Path.of("-"))).stream()
                .map(Input::name).toList();
        assertEquals(List.of(
                dir.resolve("a.jsonl.gz").toString(),
                dir.resolve("b/1.html").toString(),
                dir.resolve("b/2.txt").toString(),
                dir.resolve("c/deep/x.warc.gz").toString(),
                dir.resolve("c/feed.rss").toString(),
                loose.toString(),
                missing.toString(),
                "-"), names);
    }

    @Test
    void missingFileIsReportedWhenRead(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        Input input = Sources.expand(List.of(missing)).get(0);
        assertEquals(new Collector.Skip(missing.toString(), "cannot read: no such file"),
                Collector.read(new Sources(), input).onlySkip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.html", "empty.jsonl", "empty.xml", "empty.warc", "empty"})
    void emptyFileOfEveryFormat(String name, @TempDir Path dir) throws IOException {
        Path p = Files.write(dir.resolve(name), new byte[0]);
        assertEquals(new Collector.Skip(p.toString(), "empty file"),
                Collector.read(new Sources(), Input.of(p)).onlySkip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"junk.txt", "junk.html", "junk.jsonl", "junk.xml", "junk.txt.gz", "junk"})
    void binaryJunkOfEveryTextFormat(String name) {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 'A';
        junk[1] = 0;
        byte[] bytes = name.endsWith(".gz") ? JsonLinesSourceTest.gzip(junk) : junk;
        assertEquals(new Collector.Skip(name, "binary content, not a text article"),
                Collector.read(new Sources(), Input.of(name, bytes)).onlySkip());
    }

    @Test
    void gzippedTextFile() {
        byte[] gz = JsonLinesSourceTest.gzip(ARTICLE.getBytes(StandardCharsets.UTF_8));
        Article a = Collector.read(new Sources(), Input.of("moldova.txt.gz", gz)).only();
        assertEquals("moldova.txt", a.id());
        assertEquals("Moldova Signs Energy Deal with Romania", a.title());
    }

    @Test
    void truncatedGzippedTextFile() {
        byte[] gz = JsonLinesSourceTest.gzip(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
        Collector.Skip skip = Collector.read(new Sources(), Input.of("cut.txt.gz",
                Arrays.copyOf(gz, gz.length - 20))).onlySkip();
        assertEquals("cut.txt.gz", skip.location());
        assertTrue(skip.reason().startsWith("truncated gzip data"), skip.reason());
    }

    /** Writes a 50 MiB article a megabyte at a time, so the test never holds it whole. */
    private static Path fiftyMegabytes(Path file, String head) throws IOException {
        byte[] chunk = ("The commission heard testimony from officials of both provinces. ".repeat(16_384))
                .substring(0, 1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"huge.txt", "huge.html", "huge.xml"})
    void fiftyMegabyteArticleIsSkippedWithTheLimitNamed(String name, @TempDir Path dir) throws IOException {
        String head = name.endsWith(".txt") ? "" : name.endsWith(".html") ? "<html><body><p>" : "<rss><channel>";
        Path file = fiftyMegabytes(dir.resolve(name), head);
        long size = Files.size(file);
        long start = System.nanoTime();
        Collector.Skip skip = Collector.read(new Sources(), Input.of(file)).onlySkip();
        assertEquals(new Collector.Skip(file.toString(),
                "file of " + size + " bytes, over the limit of 20971520 bytes (maxFileBytes)"), skip);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
    }

    @Test
    void smallLimitsApplyThroughTheFacade() {
        Sources strict = new Sources(new ReadLimits(1_000_000, 40));
        Collector.Skip skip = Collector.read(strict, Input.of("long.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)))
                .onlySkip();
        int body = ARTICLE.length() - ARTICLE.indexOf("\n\n") - 2;
        assertEquals(new Collector.Skip("long.txt", "article text of " + body
                + " characters, over the limit of 40 characters (maxArticleChars)"), skip);
    }

    @Test
    void limitsAreValidated() {
        assertThrowsNamed(() -> new ReadLimits(0, 10), "maxFileBytes must be between 1 and ");
        assertThrowsNamed(() -> new ReadLimits(10, -1), "maxArticleChars must be positive, not -1");
    }

    private static void assertThrowsNamed(Runnable r, String message) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                r::run);
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void byFormatFindsEveryReader() {
        Sources s = new Sources();
        for (String f : List.of("text", "html", "jsonl", "feed", "warc")) {
            assertEquals(f, s.byFormat(f).orElseThrow().format());
        }
        assertTrue(s.byFormat("pdf").isEmpty());
    }
}
