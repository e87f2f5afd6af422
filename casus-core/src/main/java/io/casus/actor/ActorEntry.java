package io.casus.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the dictionaries know of one named actor: a person with dated offices, an organisation, or a place that
 * stands for a government ("the Kremlin").
 *
 * @param name  canonical name
 * @param kind  what it is
 * @param codes its codes, each possibly dated
 */
public record ActorEntry(String name, Kind kind, List<DatedCode> codes) {
    /** What a dictionary entry names. */
    public enum Kind { PERSON, ORGANIZATION, PLACE }

    /** The code for a date, and whether it is a current office or a former one. */
    public record Dated(DatedCode code, boolean former) {}

    public ActorEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        codes = List.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(name + ": no code");
        }
    }

    /**
     * The code that applies on {@code date}: a dated term covering it (the most recently begun if several), else an
     * undated code; for a person whose terms are all over, the last one, marked former.
     */
    public Dated on(LocalDate date) {
        DatedCode best = null;
        for (DatedCode c : codes) {
            if (!c.undated() && c.covers(date) && (best == null || start(c).isAfter(start(best)))) {
                best = c;
            }
        }
        if (best != null) {
            return new Dated(best, false);
        }
        for (DatedCode c : codes) {
            if (c.undated()) {
                return new Dated(c, false);
            }
        }
        List<DatedCode> before = new ArrayList<>();
        for (DatedCode c : codes) {
            if (c.to() != null && c.to().isBefore(date)) {
                before.add(c);
            }
        }
        if (!before.isEmpty()) {
            return new Dated(before.stream().max(Comparator.comparing(DatedCode::to)).orElseThrow(), true);
        }
        return null;
    }

    private static LocalDate start(DatedCode c) {
        return c.from() == null ? LocalDate.MIN : c.from();
    }

    /** A copy with more codes (the same actor found in another row or file). */
    public ActorEntry plus(List<DatedCode> more) {
        List<DatedCode> all = new ArrayList<>(codes);
        all.addAll(more);
        return new ActorEntry(name, kind, all);
    }
}
