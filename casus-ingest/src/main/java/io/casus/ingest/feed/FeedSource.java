package io.casus.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.casus.ingest.ReadLimits;
import io.casus.ingest.StableIds;
import io.casus.ingest.html.HtmlArticleParser;
import io.casus.ingest.internal.ArticleGate;
import io.casus.ingest.internal.Dates;
import io.casus.ingest.internal.Paragraphs;
import io.casus.ingest.internal.TextDecoding;
import io.casus.ingest.internal.WholeFile;
import io.casus.model.Article;
import io.casus.model.Published;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * One article per RSS item or Atom entry: title, link (the url, and through {@link StableIds} the id; else the
 * guid, else {@code <basename>-<n>}), publication date with the offset the feed wrote, author ({@code dc:creator},
 * {@code author}), categories as tags, the feed's title as outlet, and text from {@code content:encoded} or Atom
 * content, else the description, cut into paragraphs like an HTML page's body.
 *
 * <p>The XML is parsed without DTDs or external entities. Malformed XML is reported with its line and column; a feed
 * without items, and each item without text, are reported as skipped.
 */
public final class FeedSource implements ArticleSource {
    static final String NO_ITEMS = "no items in feed";

    private static final List<String> DATE_ELEMENTS =
            List.of("pubDate", "published", "date", "issued", "updated", "modified");
    private static final Pattern NAME_IN_PARENS = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    private final ReadLimits limits;

    public FeedSource() {
        this(ReadLimits.DEFAULTS);
    }

    public FeedSource(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public void read(Input input, ReadListener listener) {
        Optional<byte[]> bytes = WholeFile.read(input, limits, listener);
        if (bytes.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Optional<Document> doc = parseXml(input, bytes.get(), problems, listener);
        if (doc.isEmpty()) {
            return;
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(doc.get());
        } catch (IllegalArgumentException e) {
            listener.skipped(input.name(), "not an RSS or Atom feed (root element <"
                    + doc.get().getRootElement().getQualifiedName() + ">)");
            return;
        } catch (FeedException e) {
            listener.skipped(input.name(), "unreadable feed: " + e.getMessage());
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            listener.skipped(input.name(), NO_ITEMS);
            return;
        }
        List<Element> raw = rawItems(doc.get());
        String outlet = clean(feed.getTitle());
        for (int i = 0; i < entries.size(); i++) {
            Element rawItem = raw.size() == entries.size() ? raw.get(i) : null;
            item(input, i + 1, entries.get(i), rawItem, outlet, problems, listener);
        }
    }

    /** The document, or empty after reporting where the XML is broken. Invalid UTF-8 is re-read as windows-1252. */
    private static Optional<Document> parseXml(Input input, byte[] bytes, List<String> problems,
                                               ReadListener listener) {
        try {
            return Optional.of(SafeXml.builder().build(new InputSource(new ByteArrayInputStream(bytes))));
        } catch (JDOMException | IOException first) {
            Exception e = first;
            if (encodingError(first)) {
                try {
                    Document d = SafeXml.builder().build(new InputSource(
                            new InputStreamReader(new ByteArrayInputStream(bytes), TextDecoding.WINDOWS_1252)));
                    problems.add(TextDecoding.NOT_UTF8);
                    return Optional.of(d);
                } catch (JDOMException | IOException again) {
                    e = again;
                }
            }
            SAXParseException where = cause(e, SAXParseException.class);
            if (where != null && where.getLineNumber() > 0) {
                listener.skipped(input.name() + ":" + where.getLineNumber() + ":" + where.getColumnNumber(),
                        "malformed XML: " + where.getMessage());
            } else if (e instanceof JDOMParseException p && p.getLineNumber() > 0) {
                listener.skipped(input.name() + ":" + p.getLineNumber() + ":" + p.getColumnNumber(),
                        "malformed XML: " + p.getMessage());
            } else {
                listener.skipped(input.name(), "malformed XML: " + e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static boolean encodingError(Exception e) {
        if (cause(e, CharConversionException.class) != null) {
            return true;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("Invalid byte") && m.contains("UTF-8");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private void item(Input input, int n, SyndEntry entry, Element rawItem, String outlet,
                      List<String> feedProblems, ReadListener listener) {
        String title = entry.getTitle() == null ? null : clean(entry.getTitle().contains("<")
                ? Jsoup.parse(entry.getTitle()).text() : entry.getTitle());
        String location = input.name() + ": item " + n + (title == null ? "" : " (\"" + title + "\")");
        String link = blankToNull(entry.getLink());
        String guid = blankToNull(entry.getUri());
        if (link == null && guid != null && guid.matches("(?i)https?://\\S+")) {
            link = guid;
        }
        String id = link != null ? StableIds.ofUrl(link)
                : guid != null ? guid : WholeFile.fallbackId(input) + "-" + n;

        List<String> problems = new ArrayList<>(feedProblems);
        Published published = published(entry, rawItem, problems);
        String text = text(entry);
        String origin = input.name() + ": item " + n + (link == null ? "" : " (" + link + ")");
        Article article = new Article(id, title, published, outlet, author(entry), tags(entry), link, text, origin,
                problems);
        ArticleGate.emit(article, location, limits, listener);
    }

    private static Published published(SyndEntry entry, Element rawItem, List<String> problems) {
        String raw = null;
        if (rawItem != null) {
            for (String name : DATE_ELEMENTS) {
                for (Element child : rawItem.getChildren()) {
                    if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                        raw = child.getTextTrim();
                        break;
                    }
                }
                if (raw != null) {
                    break;
                }
            }
        }
        Optional<Dates.Resolved> parsed = Dates.parse(raw);
        if (parsed.isPresent()) {
            if (parsed.get().problem() != null) {
                problems.add(parsed.get().problem());
            }
            return parsed.get().published();
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            problems.add("publication date '" + raw + "' read by Rome; its offset is lost, shown in UTC");
            return Dates.ofUtc(date.toInstant());
        }
        problems.add(raw == null ? "no publication date found" : "unparseable publication date '" + raw + "'");
        return null;
    }

    /** The full content when there is one, else the description. */
    private static String text(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            String t = paragraphs(c);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return entry.getDescription() == null ? "" : paragraphs(entry.getDescription());
    }

    private static String paragraphs(SyndContent c) {
        if (c == null || c.getValue() == null || c.getValue().isBlank()) {
            return "";
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return Paragraphs.join(Paragraphs.split(c.getValue()));
        }
        return HtmlArticleParser.paragraphs(c.getValue());
    }

    private static String author(SyndEntry entry) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) {
            String name = clean(p.getName());
            if (name != null) {
                names.add(name);
            }
        }
        if (names.isEmpty() && entry.getAuthor() != null) {
            String a = clean(entry.getAuthor());
            if (a != null) {
                Matcher m = NAME_IN_PARENS.matcher(a);
                names.add(m.matches() ? m.group(1).strip() : a);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static List<String> tags(SyndEntry entry) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (SyndCategory c : entry.getCategories()) {
            String t = clean(c.getName());
            if (t != null) {
                tags.add(t);
            }
        }
        return List.copyOf(tags);
    }

    /** The item elements in document order: RSS 2.0 channel items, RSS 1.0 items, Atom entries. */
    private static List<Element> rawItems(Document doc) {
        Element root = doc.getRootElement();
        List<Element> items = new ArrayList<>();
        if (root.getName().equals("feed")) {
            for (Element e : root.getChildren()) {
                if (e.getName().equals("entry")) {
                    items.add(e);
                }
            }
            return items;
        }
        for (Element e : root.getChildren()) {
            if (e.getName().equals("channel")) {
                for (Element c : e.getChildren()) {
                    if (c.getName().equals("item")) {
                        items.add(c);
                    }
                }
            } else if (e.getName().equals("item")) {
                items.add(e);
            }
        }
        return items;
    }

    private static String clean(String s) {
        return blankToNull(s == null ? null : Paragraphs.normalise(s));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
