package io.casus.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dyad's escalation index and every number that went into it (see {@link EscalationIndex} for the formula).
 *
 * @param dyad                  the dyad
 * @param asOf                  last day of the window
 * @param windowStart           first day of the window
 * @param baselineStart         first day of the baseline (which ends the day before {@code windowStart})
 * @param windowClusters        n_w
 * @param baselineClusters      n_b
 * @param windowConflictShare   k_w / n_w (0 when n_w = 0)
 * @param baselineConflictShare p0, the smoothed baseline share
 * @param windowGoldstein       G_w (0 when n_w = 0)
 * @param baselineGoldstein     mu0
 * @param baselineGoldsteinSd   sigma0
 * @param zConflict             z_conflict
 * @param zGoldstein            z_goldstein
 * @param index                 the escalation index
 */
public record Escalation(Dyad dyad, LocalDate asOf, LocalDate windowStart, LocalDate baselineStart,
                         long windowClusters, long baselineClusters, double windowConflictShare,
                         double baselineConflictShare, double windowGoldstein, double baselineGoldstein,
                         double baselineGoldsteinSd, double zConflict, double zGoldstein, double index) {
    public Escalation {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(asOf, "asOf");
    }
}
