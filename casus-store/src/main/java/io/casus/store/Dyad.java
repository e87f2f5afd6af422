package io.casus.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pair of actors, each a country ({@code USA}) or a fuller CAMEO actor code ({@code USAGOV}) that matches every
 * code starting with it at a three-letter boundary ({@code USAGOV} matches {@code USAGOVMIL}).
 *
 * @param a        the first actor (the source when directed)
 * @param b        the second actor (the target when directed)
 * @param directed true: only events from {@code a} to {@code b}; false: either direction
 */
public record Dyad(String a, String b, boolean directed) {
    static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+");

    public Dyad {
        a = checkCode(a, "dyad");
        b = checkCode(b, "dyad");
    }

    /**
     * Reads {@code A-B} (either direction) or {@code A>B} (from A to B); codes are upper-cased.
     *
     * @throws IllegalArgumentException naming the text when it is not of that form
     */
    public static Dyad parse(String text) {
        Objects.requireNonNull(text, "dyad");
        String t = text.strip();
        int arrow = t.indexOf('>');
        int dash = t.indexOf('-');
        int at = arrow >= 0 ? arrow : dash;
        if (at <= 0 || at == t.length() - 1 || (arrow >= 0 && dash >= 0)) {
            throw new IllegalArgumentException("bad dyad '" + text + "': write A-B (either direction) or A>B (A to B),"
                    + " with CAMEO codes such as USA-IRN or USAGOV>IRNMIL");
        }
        try {
            return new Dyad(t.substring(0, at).strip().toUpperCase(java.util.Locale.ROOT),
                    t.substring(at + 1).strip().toUpperCase(java.util.Locale.ROOT), arrow >= 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad dyad '" + text + "': " + e.getMessage(), e);
        }
    }

    /** An undirected dyad. */
    public static Dyad of(String a, String b) {
        return new Dyad(a, b, false);
    }

    @Override
    public String toString() {
        return a + (directed ? ">" : "-") + b;
    }

    static String checkCode(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("bad actor code '" + code + "' in " + what
                    + ": three capital letters per part, such as IRN or IRNGOV");
        }
        return code;
    }
}
