package io.casus.event;

import io.casus.model.DependencyTree;
import io.casus.model.Event;
import io.casus.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** When an event happened: the time expression that governs its trigger, else context, else the publication date. */
final class EventDates {
    /** A day, how precise the text is about it, and where it came from ({@code text}, {@code context}, {@code publication}). */
    record DateChoice(String day, String precision, String source) {}

    private EventDates() {}

    /**
     * A time expression inside the trigger's own subtree first, else the one nearest to it in the parse (tree
     * distance, then word distance), else the publication date.
     */
    static DateChoice date(DependencyTree t, int v, List<TimeExpression> times, LocalDate reference) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression x : times) {
            if (!x.type().equals("DATE") || toDay(x.value()) == null) {
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
