package io.casus.ingest.html;

import io.casus.ingest.internal.Dates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds an HTML page's article body and returns its paragraphs without page furniture.
 *
 * <p>The body element is, in order of preference: the largest {@code [itemprop=articleBody]}, the largest
 * {@code <article>}, the largest element with a usual body class ({@code .article-body}, {@code .story-body},
 * {@code .entry-content}...), else the element whose direct {@code <p>} children hold the most text. Furniture
 * (see {@link Boilerplate}) does not count towards any of these and is removed from the chosen element; then
 * paragraphs that are link lists, "Read more:" pointers, repeated title, byline or date lines, cookie and
 * newsletter notices, or the author's bio are dropped.
 */
final class BodyExtractor {
    private static final List<String> BODY_CLASSES = List.of(".article-body", ".article__body", ".articlebody",
            ".story-body", ".story__body", ".entry-content", ".post-content", ".post-body", ".article-content",
            ".story-content", ".body-text", ".content-body", ".article-text", "#article-body", "#story-body",
            "#articleBody", "[data-component=text-block]");
    /** An explicit body that holds less than this share of the page's paragraph text is probably a teaser. */
    private static final double MIN_SHARE = 0.3;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int SHORT = 120;

    private static final Pattern POINTER = Pattern.compile("^(?i:read more|more|related|related coverage|related "
            + "stories|related articles?|read also|also read|see also|further reading|recommended|watch|listen|"
            + "more on this( story)?|most read|you may also like|in case you missed it)\\b\\s*[:|»>—–-].*");
    private static final Pattern FURNITURE_LINE = Pattern.compile("^(?i:advertisement|advert|sponsored( content)?|"
            + "skip to (main )?content|share( this( article| story| page)?)?( on \\w+)?|"
            + "follow (us|@\\w+)( on .*)?|sign up( for .*)?|subscribe( to .*)?|copyright\\b.*|©.*|"
            + "all rights reserved.*|click here\\b.*|(image|photo|photograph|picture|credit)( source)?\\s*:.*|"
            + "getty images|listen to (this )?(article|story).*|\\d+ min(ute)?s? read)\\.?$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?i:(published|updated|posted|last updated|first published)(\\s+on)?:?\\s+).*\\d.*");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern BIO_VERB =
            Pattern.compile(" (is|was|has|covers|reports|writes|joined|serves)\\b.*");
    private static final Pattern BIO_ROLE = Pattern.compile("^(\\p{Lu}[\\p{L}'.-]*\\s){1,4}(is|was) (a|an|the) "
            + "([\\p{L}-]+\\s){0,3}(correspondent|reporter|journalist|writer|editor|columnist|contributor)\\b"
            + "[^\"“”]*");
    private static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final String BODY_MARKERS = "[itemprop=articleBody], " + String.join(", ", BODY_CLASSES);

    private final Element root;
    /** The page's paragraph text in characters (all its text when it has no {@code <p>}), before any removal. */
    private final int pageText;
    private final boolean hasParagraphs;
    private final Map<Element, Boolean> furniture = new IdentityHashMap<>();

    private BodyExtractor(Element root) {
        this.root = root;
        this.hasParagraphs = root.selectFirst("p") != null;
        this.pageText = weight(root);
    }

    /** The article paragraphs of a whole page. */
    static List<String> page(Element body, Metadata meta) {
        BodyExtractor page = new BodyExtractor(body);
        page.removeJunk();
        Element container = page.choose();
        page.removeFurniture(container);
        return filter(Blocks.of(container), meta);
    }

    /** The paragraphs of an HTML fragment that is all article (a feed item's content). */
    static List<String> fragment(Element body) {
        BodyExtractor fragment = new BodyExtractor(body);
        fragment.removeJunk();
        fragment.removeFurniture(body);
        return filter(Blocks.of(body), null);
    }

    private void removeJunk() {
        for (Element e : root.getAllElements()) {
            if (e != root && (Boilerplate.junkTag(e) || Boilerplate.junkAttributes(e)) && !wrapsArticle(e)) {
                e.remove();
            }
        }
    }

    private void removeFurniture(Element container) {
        for (Element e : container.getAllElements()) {
            if (e != container && isFurniture(e)) {
                e.remove();
            }
        }
    }

    /**
     * A furniture-named element that holds the article is a wrapper with an unlucky name ({@code class="has-ads"},
     * {@code "with-sidebar"}, an ASP.NET page-wide {@code <form>}), not furniture: it contains an explicit body
     * element, or more than half the page's text. Comment threads never count as wrappers, however long.
     */
    private boolean wrapsArticle(Element e) {
        if (e.selectFirst(BODY_MARKERS) != null) {
            return true;
        }
        return !Boilerplate.commentsName(e) && pageText > 0 && 2L * weight(e) > pageText;
    }

    private boolean isFurniture(Element e) {
        return furniture.computeIfAbsent(e, el -> Boilerplate.furnitureName(el) && !wrapsArticle(el));
    }

    private Element choose() {
        int total = paragraphText(root);
        Element best = largest("[itemprop=articleBody]", 0);
        if (best == null) {
            best = largest("article", total * MIN_SHARE);
        }
        if (best == null) {
            best = largest(String.join(", ", BODY_CLASSES), total * MIN_SHARE);
        }
        return best != null ? best : mostDirectParagraphText();
    }

    /** The element whose own {@code <p>} children hold the most text, furniture not counted; one pass. */
    private Element mostDirectParagraphText() {
        Map<Element, Integer> scores = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && node != root) {
                    if (isFurniture(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.normalName().equals("p") && el.parent() != null) {
                        scores.merge(el.parent(), el.text().length(), Integer::sum);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        Element best = root;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private Element largest(String query, double atLeast) {
        Element best = null;
        int bestText = 0;
        for (Element e : root.select(query)) {
            int t = paragraphText(e);
            if (t > bestText && t > 0 && t >= atLeast && !insideFurniture(e)) {
                best = e;
                bestText = t;
            }
        }
        return best;
    }

    private boolean insideFurniture(Element e) {
        for (Element a = e; a != null && a != root; a = a.parent()) {
            if (isFurniture(a)) {
                return true;
            }
        }
        return false;
    }

    /** Characters of paragraph text under {@code e}, furniture not counted. */
    private int paragraphText(Element e) {
        if (!hasParagraphs) {
            return e.text().length();
        }
        int[] sum = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && node != e) {
                    if (isFurniture(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.normalName().equals("p")) {
                        sum[0] += el.text().length();
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return sum[0];
    }

    /** Characters of paragraph text under {@code e}, everything counted (all text on a page without any p). */
    private int weight(Element e) {
        if (!hasParagraphs) {
            return e.text().length();
        }
        int sum = 0;
        for (Element p : e.select("p")) {
            sum += p.text().length();
        }
        return sum;
    }

    private static List<String> filter(List<Block> blocks, Metadata meta) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block b : blocks) {
            String t = b.text();
            if (b.linkDensity() > MAX_LINK_DENSITY
                    || POINTER.matcher(t).matches() && (t.length() < 2 * SHORT || b.linkDensity() > 0.2)
                    || t.length() < SHORT && FURNITURE_LINE.matcher(t).matches()
                    || notice(t)
                    || meta != null && repeatsMetadata(t, meta)
                    || !seen.add(t)) {
                continue;
            }
            out.add(t);
        }
        dropBio(out, meta == null ? null : meta.author());
        return out;
    }

    private static boolean notice(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return t.length() < 300 && l.contains("cookie") && (l.contains("accept") || l.contains("consent")
                || l.contains("privacy") || l.contains("settings"))
                || t.length() < 200 && l.contains("newsletter") && (l.contains("sign up") || l.contains("subscribe")
                || l.contains("inbox"));
    }

    /** The title, byline, author, outlet or publication date repeated as a paragraph. */
    private static boolean repeatsMetadata(String t, Metadata meta) {
        if (t.equalsIgnoreCase(nullToEmpty(meta.title())) || t.equalsIgnoreCase(nullToEmpty(meta.author()))
                || t.equalsIgnoreCase(nullToEmpty(meta.outlet()))) {
            return true;
        }
        if (t.length() < SHORT && t.regionMatches(true, 0, "by ", 0, 3)
                && (meta.author() != null && t.contains(meta.author()) || t.split(" ").length <= 8)) {
            return true;
        }
        if (t.length() < 80 && DATE_LINE.matcher(t).matches()) {
            return true;
        }
        return t.length() < 60 && t.split(" ").length <= 8 && YEAR.matcher(t).find() && mentionsMonth(t)
                || t.length() < 40 && Dates.parse(t).isPresent();
    }

    private static boolean mentionsMonth(String t) {
        for (String w : t.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (MONTH_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops an author bio at the end: among the last two paragraphs, one that starts with the author's name and a
     * verb ("Jane Doe is...", "Jane Doe covers..."); with no author known, a last paragraph of the form "Jane Doe is
     * a correspondent..." without quotes (so reporting about a journalist stays).
     */
    private static void dropBio(List<String> paragraphs, String author) {
        int n = paragraphs.size();
        if (author != null && !author.isBlank()) {
            String name = firstAuthor(author);
            for (int i = n - 1; i >= Math.max(1, n - 2); i--) {
                String p = paragraphs.get(i);
                if (p.startsWith(name) && BIO_VERB.matcher(p.substring(name.length())).matches()) {
                    paragraphs.remove(i);
                }
            }
        } else if (n >= 2 && paragraphs.get(n - 1).length() < 400 && BIO_ROLE.matcher(paragraphs.get(n - 1)).matches()) {
            paragraphs.remove(n - 1);
        }
    }

    private static String firstAuthor(String author) {
        int comma = author.indexOf(',');
        String first = comma < 0 ? author : author.substring(0, comma);
        int and = first.indexOf(" and ");
        return (and < 0 ? first : first.substring(0, and)).strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "\u0000" : s;
    }
}
