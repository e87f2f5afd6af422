package io.casus.time;

import io.casus.lexicon.Tsv;
import io.casus.model.DependencyTree;
import io.casus.model.Sentence;
import io.casus.model.TimeExpression;
import io.casus.model.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a sentence and resolves them against a reference (publication) date into
 * TIMEX3-style values.
 *
 * <p>Covers the patterns news uses most: weekdays ("on Saturday", "last Friday", "Sunday night"), full and partial
 * dates ("April 16, 2024", "16 April", "April 1", "March 2023", "in March"), years and decades ("in 1979",
 * "the 1990s"), deictic words ("yesterday", "today", "this morning"), relative periods ("last week",
 * "earlier this month", "next year", "over the weekend"), "N days ago", durations ("for two weeks") and clock
 * times ("3 p.m."). Whether a bare weekday or month lies before or after the reference date follows the tense of
 * the verb governing it. Thread-safe and stateless after construction.
 */
public final class TimeResolver {
    private enum Kind { MONTH, WEEKDAY, NUMBER, UNIT, DAYPART, SEASON }

    private record Word(Kind kind, String value) {}

    private record Match(int start, int end, String type, String value) {
        Match(int end, String type, String value) {
            this(-1, end, type, value);
        }
    }

    private enum Tense { PAST, FUTURE, UNKNOWN }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DECADE = Pattern.compile("((?:19|20)\\d)0s");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "the", "by", "until", "till", "before",
            "after", "from", "during", "early", "late", "mid", "'s", ",", "to", "through", "between", "and", "year",
            "spring", "summer", "autumn", "fall", "winter", "end", "start", "beginning");
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "early", "late", "mid",
            "last", "next", "this", "of", "during", "from", "through", "before", "after", "end", "to");
    private static final Set<String> PAST_WORDS = Set.of("last", "past", "previous");
    private static final Set<String> FUTURE_WORDS = Set.of("next", "coming");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> FUTURE_GOVERNORS = Set.of("plan", "expect", "schedule", "due", "set", "intend",
            "aim", "hope", "go", "prepare", "agree", "promise", "vow", "pledge");

    private static volatile TimeResolver standard;

    private final Map<String, Word> words;

    private TimeResolver(Map<String, Word> words) {
        this.words = Map.copyOf(words);
    }

    /** The resolver with the bundled word list ({@code time-words.tsv}). */
    public static TimeResolver standard() {
        TimeResolver r = standard;
        if (r == null) {
            Map<String, Word> w = new HashMap<>();
            for (Tsv.Row row : Tsv.resource(TimeResolver.class, "time-words.tsv", 3)) {
                Kind kind;
                try {
                    kind = Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown kind '" + row.get(1) + "'");
                }
                if (w.put(row.get(0), new Word(kind, row.get(2))) != null) {
                    throw row.error("duplicate word '" + row.get(0) + "'");
                }
            }
            r = new TimeResolver(w);
            standard = r;
        }
        return r;
    }

    /** Every time expression of the sentence, resolved against {@code reference}, in text order. */
    public List<TimeExpression> resolve(Sentence sentence, LocalDate reference) {
        DependencyTree tree = DependencyTree.of(sentence);
        List<TimeExpression> out = new ArrayList<>();
        int n = sentence.tokens().size();
        int i = 0;
        while (i < n) {
            Match m = match(tree, i, reference);
            if (m == null) {
                i++;
                continue;
            }
            int start = m.start < 0 ? i : m.start;
            Token first = sentence.tokens().get(start);
            Token last = sentence.tokens().get(m.end - 1);
            out.add(new TimeExpression(sentence.index(), start, m.end, first.begin(), last.end(),
                    sentence.textOf(start, m.end), m.type, m.value));
            i = m.end;
        }
        return out;
    }

    private Match match(DependencyTree t, int i, LocalDate ref) {
        String w = low(t, i);
        Matcher[] matchers = {this::isoDate, this::weekday, this::monthFirst, this::dayFirst, this::deictic,
                this::relativePeriod, this::ago, this::duration, this::season, this::clock, this::year};
        for (Matcher m : matchers) {
            Match r = m.at(t, i, w, ref);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface Matcher {
        Match at(DependencyTree t, int i, String w, LocalDate ref);
    }

    private Match isoDate(DependencyTree t, int i, String w, LocalDate ref) {
        var m = ISO_DATE.matcher(w);
        if (!m.matches()) {
            return null;
        }
        LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return d == null ? null : new Match(i + 1, "DATE", d.toString());
    }

    /** "Saturday", "last Friday", "Sunday night", "Tuesday, April 16". */
    private Match weekday(DependencyTree t, int i, String w, LocalDate ref) {
        int at = i;
        String prefix = null;
        if ((PAST_WORDS.contains(w) || FUTURE_WORDS.contains(w) || w.equals("this")) && kind(t, i + 1) == Kind.WEEKDAY) {
            prefix = w;
            at = i + 1;
        }
        if (kind(t, at) != Kind.WEEKDAY || !capitalised(t, at)) {
            return null;
        }
        int end = at + 1;
        if (end + 1 < t.size() && low(t, end).equals(",") && kind(t, end + 1) == Kind.MONTH) {
            Match full = monthFirst(t, end + 1, low(t, end + 1), ref);
            if (full != null && full.type.equals("DATE") && full.value.length() == 10) {
                return new Match(full.end, "DATE", full.value);
            }
        }
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(words.get(low(t, at)).value));
        Tense tense = prefix == null || prefix.equals("this") ? tense(t, at) : FUTURE_WORDS.contains(prefix) ? Tense.FUTURE : Tense.PAST;
        int diff;
        if (tense == Tense.FUTURE) {
            diff = (dow.getValue() - ref.getDayOfWeek().getValue() + 7) % 7;
            if (diff == 0 && prefix != null && FUTURE_WORDS.contains(prefix)) {
                diff = 7;
            }
        } else {
            diff = -((ref.getDayOfWeek().getValue() - dow.getValue() + 7) % 7);
            if (diff == 0 && prefix != null && PAST_WORDS.contains(prefix)) {
                diff = -7;
            }
        }
        String value = ref.plusDays(diff).toString();
        if (kind(t, end) == Kind.DAYPART) {
            value += "T" + words.get(low(t, end)).value;
            end++;
        }
        return new Match(end, "DATE", value);
    }

    /** "April 16, 2024", "April 16", "Apr. 1st", "March 2023", "in March", "mid-March". */
    private Match monthFirst(DependencyTree t, int i, String w, LocalDate ref) {
        int start = i;
        String mw = w.startsWith("mid-") ? w.substring(4) : w;
        Word month = words.get(mw);
        if (month == null || month.kind != Kind.MONTH || !capitalised(t, i, w.startsWith("mid-") ? 4 : 0)) {
            return null;
        }
        int m = Integer.parseInt(month.value);
        var day = i + 1 < t.size() ? DAY_NUMBER.matcher(low(t, i + 1)) : null;
        if (day != null && day.matches() && !YEAR.matcher(low(t, i + 1)).matches()) {
            int d = Integer.parseInt(day.group(1));
            int end = i + 2;
            int year;
            if (end + 1 < t.size() && low(t, end).equals(",") && YEAR.matcher(low(t, end + 1)).matches()) {
                year = Integer.parseInt(low(t, end + 1));
                end += 2;
            } else if (end < t.size() && YEAR.matcher(low(t, end)).matches()) {
                year = Integer.parseInt(low(t, end));
                end += 1;
            } else {
                LocalDate inferred = inferDay(m, d, ref, tense(t, i));
                return inferred == null ? null : new Match(end, "DATE", inferred.toString());
            }
            LocalDate date = date(year, m, d);
            return date == null ? null : new Match(end, "DATE", date.toString());
        }
        if (i + 1 < t.size() && YEAR.matcher(low(t, i + 1)).matches()) {
            return new Match(i + 2, "DATE", YearMonth.of(Integer.parseInt(low(t, i + 1)), m).toString());
        }
        // a bare month: "May" and "March" are also words, so demand a preposition-like cue before it
        if (start == 0 || !(MONTH_CUES.contains(low(t, start - 1)) || w.startsWith("mid-"))) {
            return null;
        }
        return new Match(i + 1, "DATE", inferMonth(m, ref, tense(t, i)).toString());
    }

    /** "16 April 2024", "1 April". */
    private Match dayFirst(DependencyTree t, int i, String w, LocalDate ref) {
        var day = DAY_NUMBER.matcher(w);
        if (!day.matches() || kind(t, i + 1) != Kind.MONTH || !capitalised(t, i + 1)) {
            return null;
        }
        int d = Integer.parseInt(day.group(1));
        int m = Integer.parseInt(words.get(low(t, i + 1)).value);
        if (i + 2 < t.size() && YEAR.matcher(low(t, i + 2)).matches()) {
            LocalDate date = date(Integer.parseInt(low(t, i + 2)), m, d);
            return date == null ? null : new Match(i + 3, "DATE", date.toString());
        }
        LocalDate inferred = inferDay(m, d, ref, tense(t, i));
        return inferred == null ? null : new Match(i + 2, "DATE", inferred.toString());
    }

    /** "today", "yesterday", "tomorrow", "tonight", "this morning". */
    private Match deictic(DependencyTree t, int i, String w, LocalDate ref) {
        return switch (w) {
            case "today" -> new Match(i + 1, "DATE", ref.toString());
            case "tonight" -> new Match(i + 1, "DATE", ref + "TNI");
            case "yesterday" -> kind(t, i + 1) == Kind.DAYPART
                    ? new Match(i + 2, "DATE", ref.minusDays(1) + "T" + words.get(low(t, i + 1)).value)
                    : new Match(i + 1, "DATE", ref.minusDays(1).toString());
            case "tomorrow" -> new Match(i + 1, "DATE", ref.plusDays(1).toString());
            case "this" -> kind(t, i + 1) == Kind.DAYPART
                    ? new Match(i + 2, "DATE", ref + "T" + words.get(low(t, i + 1)).value) : null;
            default -> null;
        };
    }

    /** "last week", "earlier this month", "next year", "over the weekend", "this weekend". */
    private Match relativePeriod(DependencyTree t, int i, String w, LocalDate ref) {
        int at = i;
        if ((w.equals("earlier") || w.equals("later")) && low(t, i + 1).equals("this")) {
            at = i + 1;
        }
        String rel = low(t, at);
        String unit = low(t, at + 1);
        boolean the = rel.equals("the");
        if (!(rel.equals("last") || rel.equals("this") || rel.equals("next") || rel.equals("past") || rel.equals("previous")
                || rel.equals("coming") || the)) {
            return null;
        }
        if (i > 0 && low(t, i - 1).equals("the") && low(t, at + 2).equals("of")) {
            return null; // "the last week of October", "the last year of his term": part of another period, not this one
        }
        int shift = switch (rel) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (unit.equals("weekend")) {
            if (the && !(i > 0 && Set.of("over", "at", "during", "on").contains(low(t, i - 1)))) {
                return null;
            }
            if (shift == 0) {
                shift = tense(t, at + 1) == Tense.FUTURE ? 1 : -1;
            }
            LocalDate sat = shift < 0
                    ? ref.minusDays((ref.getDayOfWeek().getValue() - DayOfWeek.SATURDAY.getValue() + 7) % 7)
                    : ref.plusDays((DayOfWeek.SATURDAY.getValue() - ref.getDayOfWeek().getValue() + 7) % 7);
            return new Match(at + 2, "DATE", week(sat) + "-WE");
        }
        if (the) {
            return null;
        }
        // "the past week" is a stretch of time ending now, not a calendar week
        if (rel.equals("past") && i > 0 && low(t, i - 1).equals("the")) {
            Word u = words.get(unit);
            return u != null && u.kind == Kind.UNIT ? new Match(at + 2, "DURATION", "P1" + u.value) : null;
        }
        return switch (unit) {
            case "week" -> new Match(at + 2, "DATE", week(ref.plusWeeks(shift)));
            case "month" -> new Match(at + 2, "DATE", YearMonth.from(ref).plusMonths(shift).toString());
            case "year" -> new Match(at + 2, "DATE", String.valueOf(ref.getYear() + shift));
            default -> null;
        };
    }

    /** "three days ago", "a week ago", "two years ago". */
    private Match ago(DependencyTree t, int i, String w, LocalDate ref) {
        Integer n = number(w);
        if (n == null || kind(t, i + 1) != Kind.UNIT || !low(t, i + 2).equals("ago")) {
            return null;
        }
        String value = switch (words.get(low(t, i + 1)).value) {
            case "D" -> ref.minusDays(n).toString();
            case "W" -> week(ref.minusWeeks(n));
            case "M" -> YearMonth.from(ref).minusMonths(n).toString();
            case "Y" -> String.valueOf(ref.getYear() - n);
            case "10Y" -> String.valueOf(ref.getYear() - 10 * n);
            default -> ref.toString();
        };
        return new Match(i + 3, "DATE", value);
    }

    /** "for two weeks", "within 48 hours", "over the past three days". */
    private Match duration(DependencyTree t, int i, String w, LocalDate ref) {
        if (!Set.of("for", "within", "over", "during").contains(w)) {
            return null;
        }
        int at = i + 1;
        if (low(t, at).equals("the")) {
            at++;
        }
        if (Set.of("past", "last", "next", "coming").contains(low(t, at))) {
            at++;
        }
        Integer n = number(low(t, at));
        if (n == null || kind(t, at + 1) != Kind.UNIT) {
            return null;
        }
        String u = words.get(low(t, at + 1)).value;
        String value = u.equals("H") ? "PT" + n + "H" : u.equals("10Y") ? "P" + (10 * n) + "Y" : "P" + n + u;
        // the span leaves out the preposition, as for dates ("for two weeks" gives "two weeks")
        return new Match(i + 1, at + 2, "DURATION", value);
    }

    /** "this spring", "last summer", "winter 2023". */
    private Match season(DependencyTree t, int i, String w, LocalDate ref) {
        int at = i;
        int shift = 0;
        if (w.equals("last") || w.equals("next") || w.equals("this")) {
            shift = w.equals("last") ? -1 : w.equals("next") ? 1 : 0;
            at = i + 1;
        } else if (kind(t, i) != Kind.SEASON || !(i > 0 && Set.of("in", "since", "this", "until", "by").contains(low(t, i - 1)))
                && !(i + 1 < t.size() && YEAR.matcher(low(t, i + 1)).matches())) {
            return null;
        }
        if (kind(t, at) != Kind.SEASON) {
            return null;
        }
        String s = words.get(low(t, at)).value;
        if (at + 1 < t.size() && YEAR.matcher(low(t, at + 1)).matches()) {
            return new Match(at + 2, "DATE", low(t, at + 1) + "-" + s);
        }
        return new Match(at + 1, "DATE", (ref.getYear() + shift) + "-" + s);
    }

    /** "3 p.m.", "10:30 a.m.", "15:00 GMT". */
    private Match clock(DependencyTree t, int i, String w, LocalDate ref) {
        var c = CLOCK.matcher(w);
        if (!c.matches()) {
            return null;
        }
        int h = Integer.parseInt(c.group(1));
        int min = c.group(2) == null ? 0 : Integer.parseInt(c.group(2));
        String next = low(t, i + 1);
        int end = i + 1;
        if (next.equals("a.m.") || next.equals("am")) {
            h = h == 12 ? 0 : h;
            end++;
        } else if (next.equals("p.m.") || next.equals("pm")) {
            h = h == 12 ? 12 : h + 12;
            end++;
        } else if (c.group(2) == null) {
            return null;
        }
        if (h > 23 || min > 59) {
            return null;
        }
        return new Match(end, "TIME", ref + String.format(Locale.ROOT, "T%02d:%02d", h, min));
    }

    /** "in 1979", "the 2024 elections", "the 1990s", "early 2023". */
    private Match year(DependencyTree t, int i, String w, LocalDate ref) {
        int at = i;
        boolean qualified = w.equals("early") || w.equals("late") || w.equals("mid");
        if (qualified) {
            at = i + 1;
        }
        String y = low(t, at);
        var decade = DECADE.matcher(y);
        if (decade.matches()) {
            return new Match(at + 1, "DATE", decade.group(1) + "X");
        }
        if (!YEAR.matcher(y).matches() || !t.token(at).pos().equals("CD")) {
            return null;
        }
        String before = at > 0 ? low(t, at - 1) : "";
        boolean countNoun = at + 1 < t.size() && t.token(at + 1).pos().startsWith("NNS");
        if (countNoun && !YEAR_CUES.contains(before) || before.equals("$") || before.equals("about") || before.equals("some")) {
            return null;
        }
        return new Match(at + 1, "DATE", y);
    }

    private LocalDate inferDay(int month, int day, LocalDate ref, Tense tense) {
        LocalDate same = date(ref.getYear(), month, day);
        if (same == null) {
            return null;
        }
        long diff = same.toEpochDay() - ref.toEpochDay();
        return switch (tense) {
            case FUTURE -> diff < -60 ? same.plusYears(1) : same;
            case PAST -> diff > 60 ? same.minusYears(1) : same;
            case UNKNOWN -> diff > 182 ? same.minusYears(1) : diff < -182 ? same.plusYears(1) : same;
        };
    }

    private static YearMonth inferMonth(int month, LocalDate ref, Tense tense) {
        YearMonth same = YearMonth.of(ref.getYear(), month);
        int diff = month - ref.getMonthValue();
        return switch (tense) {
            case FUTURE -> diff < -2 ? same.plusYears(1) : same;
            case PAST -> diff > 2 ? same.minusYears(1) : same;
            case UNKNOWN -> diff > 6 ? same.minusYears(1) : diff < -6 ? same.plusYears(1) : same;
        };
    }

    /**
     * The tense of the clause a time expression belongs to, read from the verb that governs it: future with
     * will/shall, with "is going/expected/due/set to", or with a present-tense verb of scheduling ("talks resume
     * on Monday"); past with a past-tense verb. Without a parse, a "will" before the expression decides.
     */
    private Tense tense(DependencyTree t, int i) {
        if (!t.parsed()) {
            for (int k = Math.max(0, i - 8); k < i; k++) {
                if (FUTURE_AUX.contains(low(t, k))) {
                    return Tense.FUTURE;
                }
            }
            return Tense.UNKNOWN;
        }
        int v = t.token(i).isVerb() ? i : t.governingVerb(i);
        if (v < 0) {
            for (int cop : t.children(i, "cop")) {
                return t.token(cop).pos().equals("VBD") ? Tense.PAST : Tense.FUTURE;
            }
            return Tense.UNKNOWN;
        }
        for (int aux : t.children(v, "aux")) {
            if (FUTURE_AUX.contains(low(t, aux))) {
                return Tense.FUTURE;
            }
        }
        String pos = t.token(v).pos();
        int gov = t.governor(v);
        if (gov >= 0 && (t.baseRelation(v).equals("xcomp")) && FUTURE_GOVERNORS.contains(t.token(gov).lemma())) {
            return t.token(gov).pos().equals("VBD") && !t.token(gov).lemma().equals("be") ? Tense.UNKNOWN : Tense.FUTURE;
        }
        if (pos.equals("VBD") || pos.equals("VBN")) {
            return Tense.PAST;
        }
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return Tense.FUTURE;
        }
        if (pos.equals("VBG")) {
            for (int aux : t.children(v, "aux")) {
                return t.token(aux).pos().equals("VBD") ? Tense.PAST : Tense.FUTURE;
            }
        }
        return Tense.UNKNOWN;
    }

    private Kind kind(DependencyTree t, int i) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        Word w = words.get(low(t, i));
        return w == null ? null : w.kind;
    }

    private Integer number(String w) {
        if (w.matches("\\d{1,3}")) {
            return Integer.parseInt(w);
        }
        Word word = words.get(w);
        return word != null && word.kind == Kind.NUMBER ? Integer.parseInt(word.value) : null;
    }

    private static boolean capitalised(DependencyTree t, int i) {
        return capitalised(t, i, 0);
    }

    private static boolean capitalised(DependencyTree t, int i, int offset) {
        String s = t.token(i).text();
        return s.length() > offset && Character.isUpperCase(s.charAt(offset));
    }

    private static String low(DependencyTree t, int i) {
        return i >= 0 && i < t.size() ? t.token(i).text().toLowerCase(Locale.ROOT) : "";
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
