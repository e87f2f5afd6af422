package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.ingest.feed.FeedSource;
import io.casus.ingest.internal.TextDecoding;
import io.casus.model.Article;
import io.casus.source.Input;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FeedSourceTest {
    static Stream<String> fixtures() {
        return Fixtures.withGolden("feed");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsFixture(String name) {
        Fixtures.check(name);
    }

    @Test
    void externalEntityIsNeverResolved() {
        Collector c = Collector.read(new FeedSource(), Fixtures.input("feed/external-entity.xml"));
        assertTrue(c.articles.isEmpty());
        assertTrue(c.skipped.get(0).reason().contains("DOCTYPE"), c.skipped.get(0).reason());
    }

    @Test
    void windows1252FeedDeclaredUtf8IsReRead() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Andes Hoy</title>"
                + "<item><title>Perú y Bolivia firman acuerdo</title><link>https://andes.example/1</link>"
                + "<pubDate>Wed, 10 Jul 2024 12:00:00 -0500</pubDate>"
                + "<description>Los cancilleres de Perú y Bolivia firmaron el miércoles un acuerdo.</description>"
                + "</item></channel></rss>";
        Article a = Collector.read(new FeedSource(), Input.of("andes.xml",
                xml.getBytes(TextDecoding.WINDOWS_1252))).only();
        assertEquals("Perú y Bolivia firman acuerdo", a.title());
        assertEquals("Los cancilleres de Perú y Bolivia firmaron el miércoles un acuerdo.", a.text());
        assertEquals(List.of("not valid UTF-8; read as windows-1252"), a.problems());
    }

    @Test
    void xmlThatIsNotAFeedIsSkipped() {
        Collector c = Collector.read(new FeedSource(), Input.of("sitemap.xml",
                "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Collector.Skip("sitemap.xml", "not an RSS or Atom feed (root element <urlset>)"),
                c.onlySkip());
    }

    @Test
    void rss10ItemsWithDcDate() {
        String xml = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://baltic.example/\"><title>Baltic Notes</title>"
                + "<link>https://baltic.example/</link><description>d</description>"
                + "<items><rdf:Seq><rdf:li resource=\"https://baltic.example/1\"/></rdf:Seq></items></channel>"
                + "<item rdf:about=\"https://baltic.example/1\"><title>Estonia Expels Diplomat</title>"
                + "<link>https://baltic.example/1</link><dc:date>2024-02-20T14:00:00+02:00</dc:date>"
                + "<dc:creator>Kadri Tamm</dc:creator>"
                + "<description>Estonia expelled a diplomat on Tuesday, the foreign ministry said.</description>"
                + "</item></rdf:RDF>";
        Article a = Collector.read(new FeedSource(), Input.of("baltic.rdf.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .only();
        assertEquals("2024-02-20T14:00:00+02:00", a.published().iso());
        assertEquals("Kadri Tamm", a.author());
        assertEquals("Baltic Notes", a.outlet());
        assertEquals(StableIds.ofUrl("https://baltic.example/1"), a.id());
    }
}
