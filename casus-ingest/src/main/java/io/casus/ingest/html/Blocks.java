package io.casus.ingest.html;

import io.casus.ingest.internal.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an element's text into paragraphs the way a browser lays it out: block elements and double line breaks
 * start a new paragraph, single line breaks become spaces. Headings are left out: the title is metadata, and
 * sub-headings are not sentences.
 */
final class Blocks implements NodeFilter {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "blockquote",
            "li", "ul", "ol", "dl", "dt", "dd", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "hr",
            "figure", "address", "details", "summary", "center", "caption", "fieldset", "body", "html");
    private static final Set<String> SKIPPED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "hgroup");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkDepth;
    private int linkChars;

    private Blocks() {
    }

    static List<Block> of(Element root) {
        Blocks b = new Blocks();
        NodeTraversor.filter(b, root);
        b.flush();
        return b.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.text();
            current.append(s);
            if (linkDepth > 0) {
                linkChars += s.strip().length();
            }
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || Boilerplate.junkTag(e)) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                lineBreak();
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
                linkDepth = Math.max(0, linkDepth - 1);
            } else if (BLOCK_TAGS.contains(e.normalName())) {
                flush();
            }
        }
        return FilterResult.CONTINUE;
    }

    /** A second line break in a row ends the paragraph. */
    private void lineBreak() {
        int end = current.length();
        while (end > 0 && current.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && current.charAt(end - 1) == '\n') {
            flush();
        } else {
            current.append('\n');
        }
    }

    private void flush() {
        String text = Paragraphs.normalise(current.toString());
        if (!text.isEmpty()) {
            blocks.add(new Block(text, Math.min(linkChars, text.length())));
        }
        current.setLength(0);
        linkChars = 0;
    }
}
