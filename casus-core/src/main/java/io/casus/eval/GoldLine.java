package io.casus.eval;

import java.util.List;

/**
 * One scored line of a gold file.
 *
 * @param doc      the document (the input's id)
 * @param kind     event, optional or negative
 * @param source   acceptable source codes ({@code *} any, {@code ---} not stated)
 * @param target   acceptable target codes
 * @param roots    acceptable CAMEO roots, or empty when the line is scored on PLOVER types
 * @param plover   acceptable PLOVER types, or empty
 * @param dates    acceptable dates, or null when the text fixes none (not scored)
 * @param text     the evidence or reason, for reports
 * @param line     where it is in its file ({@code file:line})
 */
public record GoldLine(String doc, String kind, List<String> source, List<String> target, List<String> roots,
                       List<String> plover, List<String> dates, String text, String line) {
    public GoldLine {
        source = List.copyOf(source);
        target = List.copyOf(target);
        roots = List.copyOf(roots);
        plover = List.copyOf(plover);
        dates = dates == null ? null : List.copyOf(dates);
    }

    /** Whether a prediction fits this line; {@code withDate} false ignores dates. */
    boolean accepts(Prediction p, boolean withDate) {
        return fits(source, p.source()) && fits(target, p.target())
                && (roots.isEmpty() || roots.contains(p.root()))
                && (plover.isEmpty() || plover.contains(p.plover()))
                && (!withDate || dates == null || dates.contains(p.date()));
    }

    private static boolean fits(List<String> allowed, String country) {
        if (allowed.contains("*")) {
            return true;
        }
        for (String a : allowed) {
            if (a.equals("---") ? country.equals("---") : country.equals(a.substring(0, Math.min(3, a.length())))) {
                return true;
            }
        }
        return false;
    }
}
