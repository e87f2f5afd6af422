package io.casus.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splitting plain text into paragraphs and normalising the white space inside them. */
public final class Paragraphs {
    /** What separates paragraphs in {@link io.casus.model.Article#text()}. */
    public static final String SEPARATOR = "\n\n";

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\u00A0]*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");

    private Paragraphs() {
    }

    /**
     * Paragraphs of plain text: blank lines separate paragraphs, single line breaks inside one become spaces, and
     * white space is normalised (no-break and other wide spaces become plain spaces; zero-width ones are dropped).
     */
    public static List<String> split(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String raw : BLANK_LINE.split(unix)) {
            String p = normalise(raw);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** One line of text: runs of any white space become one space, invisible characters go, ends are trimmed. */
    public static String normalise(String s) {
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    public static String join(List<String> paragraphs) {
        return String.join(SEPARATOR, paragraphs);
    }
}
