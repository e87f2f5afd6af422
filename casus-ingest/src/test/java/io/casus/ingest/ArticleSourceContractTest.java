package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.Article;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link ArticleSource} promises, whatever it is given. */
class ArticleSourceContractTest {
    static Stream<ArticleSource> sources() {
        return new Sources().all().stream();
    }

    /** Every source with every fixture of every format: wrong formats must be reported, never thrown. */
    static Stream<Arguments> sourcesAndFixtures() {
        List<String> fixtures = Stream.of("text", "html", "jsonl", "feed").flatMap(Fixtures::withGolden).toList();
        return sources().flatMap(s -> fixtures.stream().map(f -> Arguments.of(s, f)));
    }

    /** Checks the listener contract on what a source reported, and returns it. */
    private static Collector readChecked(ArticleSource source, Input input) {
        Collector c = Collector.read(source, input);
        assertFalse(c.articles.isEmpty() && c.skipped.isEmpty(), source.format() + " reported nothing for "
                + input.name());
        for (Article a : c.articles) {
            assertFalse(a.text().isBlank(), source.format() + ": blank text from " + input.name());
            assertTrue(a.origin().startsWith(input.name()), source.format() + ": origin " + a.origin());
            assertFalse(a.id().isBlank());
        }
        for (Collector.Skip s : c.skipped) {
            assertTrue(s.location().startsWith(input.name()), source.format() + ": location " + s.location());
            assertFalse(s.reason().isBlank(), source.format() + ": blank reason at " + s.location());
        }
        return c;
    }

    @ParameterizedTest
    @MethodSource("sources")
    void emptyInputIsOneSkip(ArticleSource source) {
        Collector c = readChecked(source, Input.of("in/empty." + source.format(), new byte[0]));
        assertEquals(new Collector.Skip("in/empty." + source.format(), "empty file"), c.onlySkip());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void randomBytesAreSkippedNotThrown(ArticleSource source) {
        Random random = new Random(20240416L);
        for (int round = 0; round < 20; round++) {
            byte[] bytes = new byte[1024 + random.nextInt(20_000)];
            random.nextBytes(bytes);
            Collector c = readChecked(source, Input.of("in/random-" + round, bytes));
            assertTrue(c.articles.isEmpty(), source.format() + " made an article of random bytes");
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void randomTextNeverThrows(ArticleSource source) {
        Random random = new Random(7L);
        String alphabet = "abc <>/{}[]\":,.-\n\r\t=&;#WARC/1.0 <p> <rss> <html> {\"text\": ";
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(3000);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            readChecked(source, Input.of("in/text-" + round, sb.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void unreadableInputIsOneSkip(ArticleSource source) {
        Input denied = new Input("in/secret", () -> {
            throw new AccessDeniedException("in/secret");
        });
        assertEquals(new Collector.Skip("in/secret", "cannot read: permission denied"),
                readChecked(source, denied).onlySkip());
    }

    @ParameterizedTest
    @MethodSource("sourcesAndFixtures")
    void anyFixtureThroughAnySourceKeepsTheContract(ArticleSource source, String fixture) {
        readChecked(source, Fixtures.input(fixture));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void concurrentReadsGiveTheSameArticles(ArticleSource source) throws Exception {
        String fixture = switch (source.format()) {
            case "text" -> "text/sahel-junta-talks.txt";
            case "html" -> "html/sahel-jsonld-graph.html";
            case "jsonl" -> "jsonl/wire.jsonl";
            case "feed" -> "feed/meridian-rss.xml";
            default -> null;
        };
        Input input = fixture != null ? Fixtures.input(fixture)
                : Input.of("crawl.warc.gz", WarcSourceTest.crawl(org.netpreserve.jwarc.WarcCompression.GZIP));
        List<Article> expected = Collector.read(source, input).articles;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Article>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> Collector.read(source, input).articles));
            }
            for (Future<List<Article>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
