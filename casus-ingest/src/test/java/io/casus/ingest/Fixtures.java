package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casus.model.Article;
import io.casus.source.Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fixture articles under {@code src/test/resources/fixtures/<format>/}, each with a golden file named like it plus
 * {@code .expected}: JSON with the expected format, the articles in order, and the skipped records. A field left out
 * of an expected article is not checked; one given as null must be null.
 */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixtures of one directory that have a golden file, as "dir/name.ext". */
    static Stream<String> withGolden(String dir) {
        try (Stream<Path> files = Files.list(root().resolve(dir))) {
            return files.map(p -> dir + "/" + p.getFileName())
                    .filter(n -> !n.endsWith(".expected") && Files.exists(root().resolve(n + ".expected")))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input for a fixture, named by its path under the fixtures directory so messages are stable. */
    static Input input(String name) {
        Path path = root().resolve(name);
        return new Input(name, () -> Files.newInputStream(path));
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(root().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the fixture through {@link Sources} and checks it against its golden file. */
    static Collector check(String name) {
        JsonNode expected;
        try {
            expected = JSON.readTree(root().resolve(name + ".expected").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Sources sources = new Sources();
        Input input = input(name);
        assertEquals(expected.get("format").asText(), sources.detect(input).format(), name + ": detected format");
        Collector got = Collector.read(sources, input);

        List<Collector.Skip> skips = got.skipped;
        JsonNode expectedSkips = expected.path("skipped");
        assertEquals(expectedSkips.size(), skips.size(), name + ": skipped " + skips);
        for (int i = 0; i < skips.size(); i++) {
            JsonNode s = expectedSkips.get(i);
            assertEquals(s.get("location").asText(), skips.get(i).location(), name + ": skip " + i);
            assertTrue(skips.get(i).reason().contains(s.get("reasonContains").asText()),
                    name + ": skip " + i + " reason '" + skips.get(i).reason() + "'");
        }

        JsonNode expectedArticles = expected.path("articles");
        assertEquals(expectedArticles.size(), got.articles.size(), name + ": articles, skipped " + skips);
        for (int i = 0; i < got.articles.size(); i++) {
            article(name + " #" + (i + 1), expectedArticles.get(i), got.articles.get(i), name);
        }
        return got;
    }

    private static void article(String what, JsonNode e, Article a, String inputName) {
        field(what, "id", e, a.id());
        field(what, "title", e, a.title());
        field(what, "published", e, a.published() == null ? null : a.published().iso());
        field(what, "outlet", e, a.outlet());
        field(what, "author", e, a.author());
        field(what, "url", e, a.url());
        if (e.has("origin")) {
            assertEquals(e.get("origin").asText(), a.origin(), what + ": origin");
        } else {
            assertTrue(a.origin().startsWith(inputName), what + ": origin " + a.origin());
        }
        if (e.has("tags")) {
            assertEquals(strings(e.get("tags")), a.tags(), what + ": tags");
        }
        if (e.has("problems")) {
            assertEquals(strings(e.get("problems")), a.problems(), what + ": problems");
        }
        String text = a.text();
        assertFalse(text.isBlank(), what + ": blank text");
        assertEquals(text.strip(), text, what + ": text not trimmed");
        if (e.has("paragraphs")) {
            assertEquals(e.get("paragraphs").asInt(), text.split("\n\n").length, what + ": paragraphs in\n" + text);
        }
        if (e.has("textStarts")) {
            assertTrue(text.startsWith(e.get("textStarts").asText()), what + ": text starts\n" + text);
        }
        if (e.has("textEnds")) {
            assertTrue(text.endsWith(e.get("textEnds").asText()), what + ": text ends\n" + text);
        }
        for (String s : strings(e.path("textContains"))) {
            assertTrue(text.contains(s), what + ": text lacks '" + s + "'\n" + text);
        }
        for (String s : strings(e.path("textExcludes"))) {
            assertFalse(text.contains(s), what + ": text has '" + s + "'\n" + text);
        }
    }

    private static void field(String what, String key, JsonNode expected, String actual) {
        if (!expected.has(key)) {
            return;
        }
        if (expected.get(key).isNull()) {
            assertNull(actual, what + ": " + key);
        } else {
            assertEquals(expected.get(key).asText(), actual, what + ": " + key);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
