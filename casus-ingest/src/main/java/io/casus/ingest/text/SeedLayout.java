package io.casus.ingest.text;

import io.casus.ingest.internal.Dates;
import io.casus.ingest.internal.Paragraphs;
import io.casus.model.Article;
import io.casus.model.Published;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of the seed articles:
 *
 * <pre>
 *  date 2024-04-16 &lt;navigation noise&gt;
 * Tags: a | b | c
 * Title
 * Tuesday, 16 April 2024 04:32 PM EDT
 * body paragraphs...
 * Author Name
 * Author Name is a writer who ...
 * </pre>
 *
 * with blank lines between the parts. Everything after the date on the first line is page navigation and dropped.
 */
final class SeedLayout {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b.*$");
    private static final Pattern TAGS = Pattern.compile("^tags\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(?:([A-Za-z]+day),?\\s+)?"
                    + "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?|([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)"
                    + ",?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([AaPp])\\.?\\s*[Mm]\\.?(?![A-Za-z]))?"
                    + "\\s*([A-Za-z]{1,5}|(?:UTC|GMT)?\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|[IVX]+|Jr\\.?|Sr\\.?|"
            + "(?:de|del|da|der|van|von|al|el|bin|ibn|la|le|du|dos|y)");

    private SeedLayout() {
    }

    /** The article, or empty when the text does not start with the date line. */
    static Optional<Article> parse(String text, String id, String origin, List<String> decodingProblems) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n').stripLeading();
        int eol = unix.indexOf('\n');
        String first = eol < 0 ? unix : unix.substring(0, eol);
        Matcher dateLine = DATE_LINE.matcher(first);
        if (!dateLine.matches()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>(decodingProblems);
        List<String> parts = Paragraphs.split(eol < 0 ? "" : unix.substring(eol + 1));

        List<String> tags = List.of();
        String title = null;
        Published published = null;
        int i = 0;
        // the head: tags, title and timestamp, in that order in the seed, tolerated in any order
        while (i < parts.size() && i < 3) {
            String p = parts.get(i);
            Matcher t = TAGS.matcher(p);
            Optional<Dates.Resolved> time = published == null ? timestamp(p, problems) : Optional.empty();
            if (t.matches() && tags.isEmpty()) {
                tags = tags(t.group(1));
            } else if (time.isPresent()) {
                published = time.get().published();
                if (time.get().problem() != null) {
                    problems.add(time.get().problem());
                }
            } else if (title == null) {
                title = p;
            } else {
                break;
            }
            i++;
        }
        if (published == null) {
            try {
                published = Published.ofDate(LocalDate.parse(dateLine.group(1)));
            } catch (DateTimeException e) {
                problems.add("invalid date '" + dateLine.group(1) + "' on the date line");
            }
        }
        List<String> body = new ArrayList<>(parts.subList(i, parts.size()));
        String author = author(body);
        return Optional.of(new Article(id, title, published, null, author, tags, null, Paragraphs.join(body),
                origin, problems));
    }

    private static List<String> tags(String list) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        String separator = list.contains("|") ? "\\|" : ",";
        for (String tag : list.split(separator)) {
            String t = Paragraphs.normalise(tag);
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return List.copyOf(tags);
    }

    /** A timestamp line such as {@code Tuesday, 16 April 2024 04:32 PM EDT}, or empty. */
    static Optional<Dates.Resolved> timestamp(String line, List<String> problems) {
        Matcher m = TIMESTAMP.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Dates.month(m.group(3) != null ? m.group(3) : m.group(4));
        if (month == 0) {
            return Optional.empty();
        }
        try {
            int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(5));
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(6)), month, day);
            checkWeekday(m.group(1), date, problems);
            if (m.group(7) == null) {
                return Optional.of(new Dates.Resolved(Published.ofDate(date), null));
            }
            int hour = Integer.parseInt(m.group(7));
            if (m.group(10) != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean pm = m.group(10).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group(8)),
                    m.group(9) == null ? 0 : Integer.parseInt(m.group(9)));
            return Optional.of(Dates.atZone(LocalDateTime.of(date, time), m.group(11)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void checkWeekday(String weekday, LocalDate date, List<String> problems) {
        if (weekday == null) {
            return;
        }
        DayOfWeek actual = date.getDayOfWeek();
        String name = actual.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (Arrays.stream(DayOfWeek.values()).noneMatch(
                d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(weekday))) {
            return;
        }
        if (!name.equalsIgnoreCase(weekday)) {
            problems.add("the timestamp says " + weekday + " but " + date + " is a " + name);
        }
    }

    /**
     * Removes the author's name line and bio from the end of the body and returns the name: a name-like line
     * followed by a paragraph starting with that name, or a name-like line alone at the very end.
     */
    private static String author(List<String> body) {
        int n = body.size();
        if (n >= 3 && looksLikeName(body.get(n - 2)) && body.get(n - 1).startsWith(body.get(n - 2) + " ")) {
            String name = body.get(n - 2);
            body.subList(n - 2, n).clear();
            return name;
        }
        if (n >= 2 && looksLikeName(body.get(n - 1))) {
            return body.remove(n - 1);
        }
        return null;
    }

    /** Two to six capitalised words (particles such as "van" or "al" allowed), no sentence punctuation. */
    static boolean looksLikeName(String line) {
        if (line.length() > 60 || line.matches(".*[!?:;,\\d\"“”].*")) {
            return false;
        }
        String[] words = line.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return !line.endsWith(".") || line.endsWith("Jr.") || line.endsWith("Sr.");
    }
}
