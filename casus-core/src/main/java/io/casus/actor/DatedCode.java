package io.casus.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code valid over a span of time.
 *
 * @param code CAMEO actor code
 * @param role office or role while it applies, or null
 * @param from first day it applies, or null for always before
 * @param to   last day it applies, or null for still
 */
public record DatedCode(String code, String role, LocalDate from, LocalDate to) {
    public DatedCode {
        Objects.requireNonNull(code, "code");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean undated() {
        return from == null && to == null;
    }
}
