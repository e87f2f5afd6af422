package io.casus.store.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When two event reports may describe the same real-world event.
 *
 * <p>Only asserted events are clustered. Two of them can share a cluster when they are in the same
 * {@link Block} (same source country, same target country, same CAMEO root), their dates are at most one day
 * apart, and their codes are compatible: equal, or one a prefix of the other once a three-digit code ending in 0
 * is read as its root (CAMEO's {@code x0} codes mean "not specified below", so {@code 190} is compatible with
 * {@code 19}, {@code 193} and {@code 195}, while {@code 193} and {@code 195} are not).
 *
 * <p>An asserted event stays a cluster of its own when it cannot be placed: neither its source nor its target
 * has a country, or its date is coarser than a day (a month or year date names the first day of the period,
 * which says nothing about which day it happened).
 */
public final class ClusterRules {
    private ClusterRules() {}

    /**
     * The group of events that may cluster together. Null countries are values here: events whose target is
     * unknown cluster with each other, not with events that have a target.
     *
     * @param sourceCountry source actor's country, or null
     * @param targetCountry target actor's country, or null
     * @param root          CAMEO root
     */
    public record Block(String sourceCountry, String targetCountry, String root) {
        public Block {
            Objects.requireNonNull(root, "root");
        }
    }

    /** Whether two CAMEO codes may describe the same event. */
    public static boolean compatibleCodes(String a, String b) {
        String x = generalized(a);
        String y = generalized(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    /** Whether two event dates are close enough for one event. */
    public static boolean withinADay(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= 1;
    }

    /**
     * Whether an asserted event can join others, given its countries and date precision (null precision is read
     * as day).
     */
    public static boolean placeable(String sourceCountry, String targetCountry, String datePrecision) {
        return (sourceCountry != null || targetCountry != null)
                && (datePrecision == null || datePrecision.equalsIgnoreCase("day"));
    }

    /**
     * How specific a code is: its length once a three-digit {@code x0} code is read as its root. Among compatible
     * codes the most specific describes the event best.
     */
    public static int specificity(String code) {
        return generalized(code).length();
    }

    /** The code with CAMEO's "not specified below" digit dropped: {@code 190} gives {@code 19}. */
    static String generalized(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() == 3 && code.charAt(2) == '0') {
            return code.substring(0, 2);
        }
        return code;
    }
}
