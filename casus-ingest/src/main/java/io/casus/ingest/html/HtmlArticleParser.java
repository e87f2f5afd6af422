package io.casus.ingest.html;

import io.casus.ingest.internal.Paragraphs;
import io.casus.ingest.internal.TextDecoding;
import io.casus.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one HTML page into an {@link Article}: metadata from Open Graph, {@code article:*} meta tags, JSON-LD
 * (NewsArticle and kin, also inside {@code @graph}), microdata and plain meta tags; the body from the main content
 * element with navigation, ads, share and newsletter boxes, related links, comments, captions, bylines and bios
 * removed. Shared by the HTML, feed and WARC readers.
 *
 * <p>Never throws on bad markup (jsoup repairs it). The article's text may be empty when the page has none: callers
 * report that as skipped. Stateless and thread-safe.
 */
public final class HtmlArticleParser {
    private HtmlArticleParser() {
    }

    /**
     * Parses a page that is already text.
     *
     * @param html       the page
     * @param url        where it was fetched from (resolves relative links; the article's url when the page names
     *                   no canonical one), or null
     * @param fallbackId the article's id (pages carry none of their own)
     * @param origin     where it was read, for the article's origin
     */
    public static Article parse(String html, String url, String fallbackId, String origin) {
        Objects.requireNonNull(html, "html");
        return parse(Jsoup.parse(html, url == null ? "" : url), url, fallbackId, origin, new ArrayList<>());
    }

    /**
     * Parses a page from its bytes. The charset is taken from a byte-order mark, else {@code transportCharset}
     * (the HTTP Content-Type's, may be null), else the page's {@code <meta>} declaration, else UTF-8 (windows-1252
     * when the bytes are not valid UTF-8); an unknown charset name is noted in the article's problems.
     */
    public static Article parse(byte[] html, String transportCharset, String url, String fallbackId, String origin) {
        TextDecoding.Decoded decoded = HtmlDecoding.decode(html, transportCharset);
        return parse(Jsoup.parse(decoded.text(), url == null ? "" : url), url, fallbackId, origin,
                new ArrayList<>(decoded.problems()));
    }

    /**
     * The body paragraphs of an HTML fragment that is all article text (a feed item's content), joined by blank
     * lines. Links lists and furniture are dropped as for pages; text without any markup is split at blank lines.
     */
    public static String paragraphs(String htmlFragment) {
        if (htmlFragment == null || htmlFragment.isBlank()) {
            return "";
        }
        if (htmlFragment.indexOf('<') < 0) {
            return Paragraphs.join(Paragraphs.split(org.jsoup.parser.Parser.unescapeEntities(htmlFragment, false)));
        }
        Document doc = Jsoup.parseBodyFragment(htmlFragment);
        return Paragraphs.join(BodyExtractor.fragment(doc.body()));
    }

    private static Article parse(Document doc, String url, String fallbackId, String origin, List<String> problems) {
        Objects.requireNonNull(fallbackId, "fallbackId");
        Objects.requireNonNull(origin, "origin");
        Metadata meta = Metadata.of(doc, url, problems);
        List<String> body = BodyExtractor.page(doc.body(), meta);
        return new Article(fallbackId, meta.title(), meta.published(), meta.outlet(), meta.author(), meta.tags(),
                meta.url(), Paragraphs.join(body), origin, problems);
    }
}
