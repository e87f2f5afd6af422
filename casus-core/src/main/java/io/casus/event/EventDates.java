package io.casus.event;

import io.casus.model.DependencyTree;
import io.casus.model.Event;
import io.casus.model.TimeExpression;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** When an event happened: the time expression that governs its trigger, else context, else the publication date. */
final class EventDates {
    /** A day, how precise the text is about it, and where it came from ({@code text}, {@code context}, {@code publication}). */
    record DateChoice(String day, String precision, String source) {}

    private EventDates() {}

    /** Pre-nominal modifiers by which a time belongs to a noun: "the 1994 bombing", "Monday's attack". */
    private static final Set<String> NOUN_TIME = Set.of("amod", "compound", "nummod", "nmod:poss");
    /**
     * Cases by which a noun is what an act is about or is measured from, so that its time is not the act's: "warrants
     * over the 1994 bombing", "a crackdown on last year's protests", "barred from next year's elections", "since
     * Monday's attack" (but "at Tuesday's meeting" and "invited to the 2010 wedding" date the act).
     */
    private static final Set<String> TOPIC = Set.of("over", "for", "about", "against", "into", "of", "regarding", "concerning",
            "on", "from", "after", "before", "since", "following", "despite");
    /** Words that put an act an interval before (1) or after (-1) the day last told, as "the day before" does, or on it (0). */
    private static final Map<String, Integer> SHIFTS = Map.of("before", 1, "earlier", 1, "previous", 1, "preceding", 1,
            "later", -1, "next", -1, "following", -1, "after", -1, "same", 0);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("the", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    /**
     * A time expression inside the trigger's own subtree first, else the one nearest to it in the parse (tree
     * distance, then word distance), else the publication date. An act a stated interval "after" or "before" another
     * is dated from that one: "arrested them on Tuesday, a day after gunmen attacked" dates the attack to Monday; and
     * from the day the text last told, when its own sentence tells none ("Kenya recalled its ambassador on Monday. The
     * move came a day after Mogadishu accused Nairobi": Sunday; "The day before, Israeli jets had struck").
     *
     * @param noun the noun of a light verb's event ("carried out attacks"), or -1
     * @param told the last day a time expression of the one or two sentences before gave, or null
     */
    static DateChoice date(DependencyTree t, int v, int noun, List<TimeExpression> times, LocalDate reference, LocalDate told) {
        Interval gap = interval(t, v);
        if (gap != null && times.stream().noneMatch(x -> t.dominates(v, head(t, x)))) {
            List<TimeExpression> outside = times.stream().filter(x -> !t.dominates(v, head(t, x))).toList();
            DateChoice anchor = gap.anchor() < 0 ? null : nearest(t, gap.anchor(), -1, outside, reference);
            LocalDate from = anchor != null && anchor.source().equals("text") && anchor.precision().equals("day")
                    ? LocalDate.parse(anchor.day()) : outside.isEmpty() ? told : null;
            if (from != null) {
                LocalDate d = from.minus(gap.amount() * gap.sign(), gap.unit());
                return new DateChoice(d.toString(), gap.unit() == ChronoUnit.DAYS ? "day" : gap.unit() == ChronoUnit.WEEKS ? "week"
                        : gap.unit() == ChronoUnit.MONTHS ? "month" : "year", "text");
            }
        }
        return nearest(t, v, noun, times, reference);
    }

    /** The last day a time expression of the one or two sentences before the given one tells, or null. */
    static LocalDate lastDay(List<TimeExpression> times, int sentence) {
        for (int back = sentence - 1; back >= Math.max(0, sentence - 2); back--) {
            LocalDate last = null;
            for (TimeExpression x : times) {
                DateChoice d = x.sentence() == back && x.type().equals("DATE") ? toDay(x.value()) : null;
                if (d != null && d.precision().equals("day")) {
                    last = LocalDate.parse(d.day());
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static DateChoice nearest(DependencyTree t, int v, int noun, List<TimeExpression> times, LocalDate reference) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression x : times) {
            if (!x.type().equals("DATE") || toDay(x.value()) == null || ofAnotherNoun(t, v, head(t, x))
                    || inClauseOfANoun(t, v, noun, head(t, x), toDay(x.value()).precision().equals("day"))) {
                continue;
            }
            int head = x.tokenEnd() - 1;
            int d = t.dominates(v, head) ? 0 : treeDistance(t, v, head) * 100 + Math.abs(head - v);
            if (d < bestDistance) {
                best = x;
                bestDistance = d;
            }
        }
        return best == null ? new DateChoice(reference.toString(), "day", "publication") : toDay(best.value());
    }

    /** The token of a time expression that the rest of the sentence attaches to ("3" in "March 3" is not). */
    private static int head(DependencyTree t, TimeExpression x) {
        for (int i = x.tokenBegin(); i < x.tokenEnd(); i++) {
            int g = t.governor(i);
            if (g < x.tokenBegin() || g >= x.tokenEnd()) {
                return i;
            }
        }
        return x.tokenEnd() - 1;
    }

    /**
     * "warrants over the 1994 bombing", "an inquiry into Monday's attack": a time modifying a noun the act is about is
     * that noun's, not the act's (but "at Tuesday's meeting" and "addressed a Wednesday rally" date the act).
     */
    private static boolean ofAnotherNoun(DependencyTree t, int v, int h) {
        int n = t.governor(h);
        if (n < 0 || n == v || !t.parsed() || !NOUN_TIME.contains(t.relation(h)) || !t.token(n).isNoun() || t.dominates(n, v)) {
            return false;
        }
        return t.children(n, "case").stream().anyMatch(c -> TOPIC.contains(t.token(c).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * "met the wife of a pastor held in Iran since 2012", "killed militants who attacked on Thursday": a time told in a
     * clause modifying a noun the act does not lie in is that clause's, not the act's. (A day after a participle,
     * "extradited a man wanted by U.S. prosecutors to Miami on Thursday", is as often the parser's misplacing of the
     * act's own time, so only a relative clause keeps its day.)
     */
    private static boolean inClauseOfANoun(DependencyTree t, int v, int noun, int h, boolean day) {
        for (int at = h; at >= 0 && !t.dominates(at, v); at = t.governor(at)) {
            int modified = t.governor(at);
            boolean actsNoun = modified == v || modified == noun; // "carried out attacks using drones in 2014"
            // (a participle hung loose after a comma is such a clause too: "reopening their border, closed since 1994")
            boolean participle = t.relation(at).equals("acl") || t.relation(at).equals("dep") && t.token(at).pos().equals("VBN");
            if (at != h && !actsNoun && (t.relation(at).equals("acl:relcl") || participle && !day)) {
                return true;
            }
        }
        return false;
    }

    /** "a day after", "three weeks before": how far an act lies from the one it is told against, and that one. */
    private record Interval(int anchor, long amount, ChronoUnit unit, int sign) {}

    private static Interval interval(DependencyTree t, int v) {
        if (!t.parsed()) {
            return null;
        }
        // the interval noun hangs on the act ("a day after gunmen attacked": dep or npmod of "attacked"), or the act
        // on the interval noun ("two weeks after the raid")
        List<Integer> spans = new ArrayList<>(t.children(v));
        int g = t.governor(v);
        if (g >= 0) {
            spans.add(g);
        }
        for (int d : spans) {
            ChronoUnit unit = switch (t.token(d).text().toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
                case "day" -> ChronoUnit.DAYS;
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                case "year" -> ChronoUnit.YEARS;
                default -> null;
            };
            Integer n = null;
            for (int c : unit == null ? List.<Integer>of() : t.children(d)) {
                String w = t.token(c).text().toLowerCase(Locale.ROOT);
                if (t.relation(c).equals("nummod") || t.relation(c).equals("det")) {
                    n = w.matches("\\d{1,3}") ? Integer.valueOf(w) : NUMBERS.get(w);
                }
            }
            if (n == null) {
                continue;
            }
            List<Integer> words = new ArrayList<>(t.children(d, "case"));
            words.addAll(t.children(v, "mark"));
            words.addAll(t.children(v, "case"));
            for (int w : words) {
                String word = t.token(w).text().toLowerCase(Locale.ROOT);
                if (word.equals("after") || word.equals("before")) {
                    int anchor = d == g ? t.governor(d) : g;
                    return anchor < 0 ? null : new Interval(anchor, n, unit, word.equals("after") ? 1 : -1);
                }
            }
            if (d != g) {
                // "The day before, Israeli jets had struck", "two days later", "the next day", "the same day": from the
                // day last told
                for (int w : t.children(d)) {
                    Integer sign = SHIFTS.get(t.token(w).text().toLowerCase(Locale.ROOT));
                    if (sign != null && !t.relation(w).equals("case")) {
                        return new Interval(-1, n, unit, sign);
                    }
                }
            }
        }
        return null;
    }

    /** Edges between two tokens in the dependency tree. */
    static int treeDistance(DependencyTree t, int a, int b) {
        java.util.Map<Integer, Integer> up = new java.util.HashMap<>();
        int steps = 0;
        for (int at = a; at >= 0 && steps <= t.size(); at = t.governor(at), steps++) {
            up.put(at, steps);
        }
        steps = 0;
        for (int at = b; at >= 0 && steps <= t.size(); at = t.governor(at), steps++) {
            Integer fromA = up.get(at);
            if (fromA != null) {
                return fromA + steps;
            }
        }
        return t.size();
    }

    static DateChoice toDay(String v) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return new DateChoice(v.substring(0, 10), "day", "text");
        }
        if (v.matches("\\d{4}-W\\d{2}.*")) {
            LocalDate monday = LocalDate.parse(v.substring(0, 4) + "-01-04")
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
                    .with(java.time.DayOfWeek.MONDAY);
            return new DateChoice(v.endsWith("-WE") ? monday.plusDays(5).toString() : monday.toString(), "week", "text");
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return new DateChoice(v + "-01", "month", "text");
        }
        if (v.matches("\\d{4}")) {
            return new DateChoice(v + "-01-01", "year", "text");
        }
        if (v.matches("\\d{3}X")) {
            return new DateChoice(v.substring(0, 3) + "0-01-01", "decade", "text");
        }
        return null;
    }

    /**
     * An event the text does not date takes the date of an earlier, dated report of the same event: same source
     * country, same root, compatible target ("Iran attacked Israel" after "Iran on Saturday launched attacks").
     */
    static List<Event> datedByContext(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event dated = e;
            if (e.dateSource().equals("publication") && e.source() != null) {
                for (int i = out.size() - 1; i >= 0; i--) {
                    Event p = out.get(i);
                    if (p.dateSource().equals("text") && p.source() != null && p.cameoRoot().equals(e.cameoRoot())
                            && p.source().actor().country().equals(e.source().actor().country())
                            && (p.target() == null || e.target() == null
                                || p.target().actor().country().equals(e.target().actor().country()))) {
                        dated = e.withDate(p.eventDate(), p.datePrecision(), "context");
                        break;
                    }
                }
            }
            out.add(dated);
        }
        return out;
    }
}
