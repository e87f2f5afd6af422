package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.ingest.html.HtmlArticleParser;
import io.casus.ingest.html.HtmlSource;
import io.casus.model.Article;
import io.casus.source.Input;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlSourceTest {
    private static final String BODY = "<article><p>The defence ministers of the two countries met in Skopje on "
            + "Monday and agreed to hold joint exercises in the autumn.</p></article>";

    static Stream<String> fixtures() {
        return Fixtures.withGolden("html");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsFixture(String name) {
        Fixtures.check(name);
    }

    private static Article parse(String head, String body) {
        return HtmlArticleParser.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://news.example/path/story", "id1", "test.html");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Skopje Hosts Defence Talks | Vardar Times                 # Vardar Times # Skopje Hosts Defence Talks",
        "Skopje Hosts Defence Talks - Vardar Times                 # Vardar Times # Skopje Hosts Defence Talks",
        "Skopje Hosts Defence Talks — Vardar Times                 # Vardar Times # Skopje Hosts Defence Talks",
        "Skopje Hosts Defence Talks – Vardar Times                 # Vardar Times # Skopje Hosts Defence Talks",
        "Skopje Hosts Defence Talks | Politics | Vardar Times      # Vardar Times # Skopje Hosts Defence Talks",
        "Talks Resume - For Now - Vardar Times                     #              # Talks Resume - For Now",
        "Skopje Hosts Defence Talks | Vardar Times                 #              # Skopje Hosts Defence Talks",
        "Ceasefire Holds in the North - Despite Fresh Reports of Shelling Near the Border Villages # # Ceasefire Holds in the North - Despite Fresh Reports of Shelling Near the Border Villages",
    })
    void titleSuffixIsRemoved(String titleTag, String siteName, String expected) {
        String og = siteName == null ? "" : "<meta property=\"og:site_name\" content=\"" + siteName + "\">";
        Article a = parse("<title>" + titleTag + "</title>" + og, BODY);
        assertEquals(expected, a.title());
    }

    @Test
    void outletFallsBackToTheTitleSuffix() {
        assertEquals("Vardar Times", parse("<title>Skopje Hosts Defence Talks | Vardar Times</title>", BODY).outlet());
    }

    @Test
    void jsonLdVariants() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Troops &amp; Police Deployed\","
                + "\"author\":\"Ana Kovač\",\"keywords\":\"North Macedonia, defence ,\","
                + "\"datePublished\":\"2024-06-03T10:00:00Z\",\"publisher\":{\"name\":\"Vardar Times\"}}</script>";
        Article a = parse(ld, BODY);
        assertEquals("Troops & Police Deployed", a.title());
        assertEquals("Ana Kovač", a.author());
        assertEquals(List.of("North Macedonia", "defence"), a.tags());
        assertEquals("2024-06-03T10:00:00+00:00", a.published().iso());
        assertEquals("Vardar Times", a.outlet());
        assertEquals("https://news.example/path/story", a.url());
    }

    @Test
    void malformedJsonLdIsNotedAndIgnored() {
        Article a = parse("<title>T</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"headline\": }</script>", BODY);
        assertEquals("T", a.title());
        assertTrue(a.problems().get(0).startsWith("malformed JSON-LD block 1 ignored (line 1"), a.problems().toString());
    }

    @Test
    void bylineElementGivesTheAuthor() {
        Article a = parse("", "<div class=\"byline\">By Ana Kovač | 3 June 2024</div>" + BODY);
        assertEquals("Ana Kovač", a.author());
        assertFalse(a.text().contains("By Ana"));
    }

    @Test
    void relativeCanonicalLinkIsResolved() {
        Article a = parse("<link rel=\"canonical\" href=\"/world/skopje-talks\">", BODY);
        assertEquals("https://news.example/world/skopje-talks", a.url());
    }

    @Test
    void publicationDateSourcesAndProblems() {
        assertEquals("2024-06-03T09:30:00+02:00", parse("",
                "<time datetime=\"2024-06-03T09:30:00+0200\">3 June</time>" + BODY).published().iso());
        Article none = parse("", BODY);
        assertNull(none.published());
        assertEquals(List.of("no publication date found"), none.problems());
        Article bad = parse("<meta property=\"article:published_time\" content=\"yesterday\">", BODY);
        assertNull(bad.published());
        assertEquals(List.of("unparseable publication date 'yesterday'"), bad.problems());
    }

    @Test
    void classNamesMatchWholeWordsOnly() {
        String body = "<div id=\"story\">"
                + "<div class=\"leader-note headerless shadow loaded reading\"><p>The shadow paragraph stays in the text, "
                + "because none of its class words is an ad word.</p></div>"
                + "<p>The first plain paragraph of the story stays in the text as well, being long enough.</p>"
                + "<div class=\"ad\"><p>Buy a new car today with zero percent financing for the first year.</p></div>"
                + "<div class=\"ads-container\"><p>Cheap flights to the coast this summer, book now online.</p></div>"
                + "<div class=\"bannerAd\"><p>Holiday apartments by the sea with a pool and parking.</p></div>"
                + "<div class=\"sponsored-content\"><p>Partner content from a bank about savings accounts.</p></div>"
                + "<p>The second plain paragraph of the story ends it with a full sentence.</p></div>";
        Article a = parse("", body);
        assertTrue(a.text().startsWith("The shadow paragraph stays"), a.text());
        assertTrue(a.text().endsWith("ends it with a full sentence."), a.text());
        assertEquals(3, a.text().split("\n\n").length, a.text());
    }

    @Test
    void wrapperWithAFurnitureNameIsKept() {
        String paragraphs = "<p>The assembly in Chisinau voted on Thursday to hold a referendum on the constitution."
                + "</p><p>Opposition deputies boycotted the session and said they would appeal to the court.</p>";
        String[] wrappers = {
            "<div class=\"layout has-sidebar\"><div class=\"col\">" + paragraphs + "</div>"
                    + "<div class=\"sidebar\"><p>Weather: sunny.</p></div></div>",
            "<form id=\"aspnetForm\" method=\"post\"><div id=\"main\">" + paragraphs + "</div></form>",
            "<div class=\"page ads-enabled\"><div class=\"ad\"><p>Buy now.</p></div>" + paragraphs + "</div>",
        };
        for (String body : wrappers) {
            Article a = parse("", body);
            assertTrue(a.text().startsWith("The assembly in Chisinau voted"), body + "\n=> " + a.text());
            assertTrue(a.text().endsWith("would appeal to the court."), body + "\n=> " + a.text());
        }
    }

    @Test
    void longCommentThreadIsStillRemoved() {
        StringBuilder comments = new StringBuilder("<section class=\"comments\">");
        for (int i = 0; i < 30; i++) {
            comments.append("<p>Reader comment number ").append(i).append(" says the government should resign now.</p>");
        }
        comments.append("</section>");
        Article a = parse("", "<div id=\"page\"><div class=\"story\"><p>The cabinet survived a confidence vote "
                + "on Wednesday by four votes.</p></div>" + comments + "</div>");
        assertEquals("The cabinet survived a confidence vote on Wednesday by four votes.", a.text());
    }

    @Test
    void linkListsAndPointersAreDropped() {
        String body = "<article><p>Parliament approved the budget on Tuesday after a twelve-hour debate.</p>"
                + "<p><a href=\"/1\">Budget explained</a> · <a href=\"/2\">Who voted how</a></p>"
                + "<p>Related: <a href=\"/3\">Opposition walks out of finance committee</a></p>"
                + "<p>READ MORE: What the new tax rules mean for you</p>"
                + "<p>The finance minister said the deficit would fall to three percent next year.</p></article>";
        Article a = parse("", body);
        assertEquals("Parliament approved the budget on Tuesday after a twelve-hour debate.\n\n"
                + "The finance minister said the deficit would fall to three percent next year.", a.text());
    }

    @Test
    void breakSeparatedTextBecomesParagraphs() {
        String body = "<div class=\"content\">The governor resigned on Friday.<br>He gave no reason.<br><br>"
                + "His deputy will serve until an election is held.</div>";
        assertEquals("The governor resigned on Friday. He gave no reason.\n\n"
                + "His deputy will serve until an election is held.", parse("", body).text());
    }

    @Test
    void pageWithoutArticleTextIsSkipped() {
        byte[] page = "<html><head><title>Index</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Collector c = Collector.read(new HtmlSource(), Input.of("site/index.html", page));
        assertEquals(new Collector.Skip("site/index.html", "no article text found"), c.onlySkip());
    }

    @Test
    void feedFragmentParagraphs() {
        assertEquals("First paragraph.\n\nSecond paragraph.",
                HtmlArticleParser.paragraphs("<p>First paragraph.</p><p>Second <em>paragraph</em>.</p>"
                        + "<p><a href=\"/x\">More from our correspondents</a></p>"));
        assertEquals("Plain one.\n\nPlain two & more.",
                HtmlArticleParser.paragraphs("Plain one.\n\nPlain two &amp; more."));
        assertEquals("", HtmlArticleParser.paragraphs("  "));
    }
}
