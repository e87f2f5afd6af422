package io.casus.ingest.html;

import io.casus.model.Article;
import io.casus.ingest.internal.Dates;
import io.casus.ingest.internal.Paragraphs;
import io.casus.model.Published;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article metadata, each field from the most specific source that has it: Open Graph and
 * {@code article:*} meta tags, then JSON-LD, then microdata and markup, then generic meta tags.
 */
record Metadata(String title, Published published, String author, String outlet, List<String> tags, String url) {

    private static final String[] SEPARATORS = {" | ", " - ", " — ", " – ", " :: ", " · "};
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
    private static final Pattern BYLINE_TAIL = Pattern.compile("\\s+(?:\\||•|·|—|–)\\s+.*$");
    private static final int MAX_AUTHOR_CHARS = 120;
    private static final int MAX_SUFFIX_WORDS = 5;
    private static final int MAX_SUFFIX_CHARS = 40;

    Metadata {
        tags = List.copyOf(tags);
    }

    static Metadata of(Document doc, String givenUrl, List<String> problems) {
        JsonLd ld = JsonLd.of(doc, problems);
        String titleTag = clean(doc.title());

        String outlet = first(meta(doc, "og:site_name"), ld.publisher()).orElse(null);
        Optional<String> headline = first(meta(doc, "og:title"), ld.text("headline"), meta(doc, "twitter:title"));
        String title;
        if (headline.isPresent()) {
            title = stripSuffix(headline.get(), outlet);
        } else if (!titleTag.isEmpty()) {
            title = stripSuffix(titleTag, outlet);
        } else {
            title = Optional.ofNullable(doc.selectFirst("h1")).map(h -> clean(h.text())).filter(s -> !s.isEmpty())
                    .orElse(null);
        }
        if (outlet == null && !titleTag.isEmpty()) {
            outlet = suffix(titleTag, title).orElse(null);
        }

        return new Metadata(title, published(doc, ld, problems), author(doc, ld), outlet, tags(doc, ld),
                url(doc, givenUrl));
    }

    private static Published published(Document doc, JsonLd ld, List<String> problems) {
        List<String> candidates = new ArrayList<>();
        meta(doc, "article:published_time").ifPresent(candidates::add);
        ld.text("datePublished").ifPresent(candidates::add);
        // one query at a time: a selector group would return matches in document order, not in this order
        for (String query : new String[] {"[itemprop=datePublished]", "article time[datetime]", "time[datetime]"}) {
            for (Element e : doc.select(query)) {
                String v = e.hasAttr("datetime") ? e.attr("datetime")
                        : e.hasAttr("content") ? e.attr("content") : e.text();
                if (!v.isBlank()) {
                    candidates.add(v.strip());
                }
            }
        }
        for (String name : new String[] {"date", "pubdate", "publishdate", "publish-date", "dc.date",
                "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date"}) {
            meta(doc, name).ifPresent(candidates::add);
        }
        for (String c : candidates) {
            Optional<Dates.Resolved> d = Dates.parse(c);
            if (d.isPresent()) {
                if (d.get().problem() != null) {
                    problems.add(d.get().problem());
                }
                return d.get().published();
            }
        }
        problems.add(candidates.isEmpty() ? Article.NO_PUBLICATION_DATE : "unparseable publication date '" + candidates.get(0) + "'");
        return null;
    }

    private static String author(Document doc, JsonLd ld) {
        Optional<String> meta = first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"))
                .filter(a -> !looksLikeUrl(a));
        if (meta.isPresent()) {
            return byline(meta.get());
        }
        List<String> names = ld.authors().stream().filter(a -> !looksLikeUrl(a)).toList();
        if (!names.isEmpty()) {
            return String.join(", ", names);
        }
        for (String query : new String[] {"[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]",
                ".byline__name, .author-name, .byline-name", ".byline, [class~=(?i)^byline], .author"}) {
            LinkedHashSet<String> found = new LinkedHashSet<>();
            for (Element e : doc.select(query)) {
                String a = byline(e.text());
                if (!a.isEmpty() && a.length() <= MAX_AUTHOR_CHARS) {
                    found.add(a);
                }
            }
            if (!found.isEmpty()) {
                return String.join(", ", found);
            }
        }
        return null;
    }

    /** "By Jane Doe | 12 March 2024" → "Jane Doe". */
    static String byline(String text) {
        String s = BY.matcher(clean(text)).replaceFirst("");
        return BYLINE_TAIL.matcher(s).replaceFirst("").strip();
    }

    private static List<String> tags(Document doc, JsonLd ld) {
        List<String> raw = new ArrayList<>();
        for (Element e : doc.select("meta[property=article:tag], meta[name=article:tag]")) {
            raw.add(e.attr("content"));
        }
        if (raw.stream().allMatch(String::isBlank)) {
            raw = new ArrayList<>(ld.keywords());
        }
        if (raw.isEmpty()) {
            for (String name : new String[] {"keywords", "news_keywords"}) {
                Optional<String> k = meta(doc, name);
                if (k.isPresent()) {
                    raw = List.of(k.get().split(","));
                    break;
                }
            }
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String t : raw) {
            String c = clean(t);
            if (!c.isEmpty()) {
                tags.add(c);
            }
        }
        return List.copyOf(tags);
    }

    private static String url(Document doc, String givenUrl) {
        Optional<String> og = meta(doc, "og:url");
        if (og.isPresent()) {
            return resolve(givenUrl, og.get());
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            return resolve(givenUrl, canonical.attr("href").strip());
        }
        return givenUrl == null || givenUrl.isBlank() ? null : givenUrl;
    }

    private static String resolve(String base, String href) {
        if (base == null || base.isBlank()) {
            return href;
        }
        try {
            return new URI(base).resolve(href.replace(" ", "%20")).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return href;
        }
    }

    /** A meta tag's content by property or name (case-insensitive), trimmed; empty when missing or blank. */
    static Optional<String> meta(Document doc, String key) {
        for (Element e : doc.select("meta[content]")) {
            if (e.attr("property").equalsIgnoreCase(key) || e.attr("name").equalsIgnoreCase(key)
                    || e.attr("itemprop").equalsIgnoreCase(key)) {
                String v = clean(e.attr("content"));
                if (!v.isEmpty()) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... options) {
        for (Optional<String> o : options) {
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /**
     * The title without its " | Outlet" tail. The tail goes when it names the known outlet, or, with no outlet
     * known, when it is short enough to be a name (a "|" always separates; a dash only before a short tail, since
     * dashes also occur inside headlines).
     */
    static String stripSuffix(String title, String outlet) {
        String t = title;
        for (int round = 0; round < 3; round++) {
            int at = lastSeparator(t);
            if (at < 0) {
                return t;
            }
            String sep = separatorAt(t, at);
            String head = t.substring(0, at).strip();
            String tail = t.substring(at + sep.length()).strip();
            boolean named = outlet != null && (tail.equalsIgnoreCase(outlet)
                    || tail.toLowerCase(Locale.ROOT).contains(outlet.toLowerCase(Locale.ROOT))
                    || outlet.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT)));
            boolean shortTail = tail.split(" ").length <= MAX_SUFFIX_WORDS && tail.length() <= MAX_SUFFIX_CHARS
                    && head.length() > tail.length();
            if (head.isEmpty() || !(named || shortTail && (outlet == null || sep.equals(" | ")))) {
                return t;
            }
            if (!named && !sep.equals(" | ")) {
                // a guessed dash tail: one is an outlet, a second one is more likely part of the headline
                return head;
            }
            t = head;
        }
        return t;
    }

    /** The outlet named in a {@code <title>}'s tail, given the headline it starts with. */
    private static Optional<String> suffix(String titleTag, String headline) {
        int at = lastSeparator(titleTag);
        if (at < 0) {
            return Optional.empty();
        }
        String tail = titleTag.substring(at + separatorAt(titleTag, at).length()).strip();
        boolean headlineFirst = headline != null && titleTag.startsWith(headline) && !headline.equals(titleTag);
        boolean shortTail = tail.split(" ").length <= MAX_SUFFIX_WORDS && tail.length() <= MAX_SUFFIX_CHARS;
        return headlineFirst && shortTail && !tail.isEmpty() ? Optional.of(tail) : Optional.empty();
    }

    private static int lastSeparator(String s) {
        int best = -1;
        for (String sep : SEPARATORS) {
            best = Math.max(best, s.lastIndexOf(sep));
        }
        return best;
    }

    private static String separatorAt(String s, int at) {
        for (String sep : SEPARATORS) {
            if (s.startsWith(sep, at)) {
                return sep;
            }
        }
        throw new IllegalStateException("no separator at " + at + " in '" + s + "'");
    }

    private static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.");
    }

    private static String clean(String s) {
        return Paragraphs.normalise(s);
    }
}
