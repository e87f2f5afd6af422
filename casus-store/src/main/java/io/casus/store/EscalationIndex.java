package io.casus.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The escalation index of a dyad: how much more conflictual its recent events are than its own past.
 *
 * <h2>Definition</h2>
 * The unit is the <em>event cluster</em> (one real-world event however many articles report it, see
 * {@link Cluster}), so that a story covered by thirty outlets counts once: the index measures what happened, not
 * how loudly it was reported. Only asserted events form clusters. A cluster belongs to a dyad when its source and
 * target match the dyad (see {@link Dyad}), and to a day by its first event date.
 *
 * <p>Given the reference day {@code T} ("as of"), a window of {@code W} days and a baseline of {@code B} days
 * ({@link Params}, default 7 and 90):
 * <ul>
 *   <li>window = {@code [T-W+1, T]}, baseline = {@code [T-W-B+1, T-W]} (the {@code B} days just before the
 *       window; both inclusive);</li>
 *   <li>{@code n_w, n_b}: clusters in window and baseline; {@code k_w, k_b}: those of quad class 4 (material
 *       conflict); {@code G_w, G_b}: mean Goldstein score; {@code s_b}: sample standard deviation of the baseline's
 *       Goldstein scores.</li>
 * </ul>
 * Two z-like scores compare the window with the baseline, each signed so that positive means "more hostile":
 * <pre>
 *   p0 = (k_b + 1) / (n_b + 2)                         baseline conflict share, Laplace-smoothed so that an
 *                                                      empty or one-sided baseline still gives 0 &lt; p0 &lt; 1
 *   z_conflict  = (k_w / n_w - p0) / sqrt(p0 (1 - p0) / n_w)
 *
 *   mu0    = G_b                      if n_b &ge; 1, else 0 (neutral)
 *   sigma0 = max(s_b, 1)              if n_b &ge; 2, else 5 (half the Goldstein range: without a baseline only a
 *                                                           strong shift counts; the floor of 1 keeps a flat
 *                                                           baseline from turning one event into a huge score)
 *   z_goldstein = (mu0 - G_w) / (sigma0 / sqrt(n_w))
 *
 *   index = (z_conflict + z_goldstein) / 2
 * </pre>
 * With no clusters in the window ({@code n_w = 0}) every score is 0: no news is no escalation. An index above about
 * 2 means the window is clearly more conflictual than the dyad's baseline; below -2, clearly calmer.
 *
 * <p>Pure arithmetic, thread-safe; the store supplies the counts.
 */
public final class EscalationIndex {
    /** Goldstein spread assumed when the baseline has fewer than two clusters. */
    public static final double PRIOR_SD = 5.0;
    /** Lowest Goldstein spread used, so a baseline of identical scores does not divide by ~0. */
    public static final double MIN_SD = 1.0;

    private EscalationIndex() {}

    /**
     * Window and baseline lengths, and how many window clusters a dyad needs to be ranked among the latest
     * escalations.
     *
     * @param windowDays      W, at least 1
     * @param baselineDays    B, at least 1
     * @param minWindowEvents clusters a dyad needs in the window to be listed by
     *                        {@link EventStore#latestEscalations}, at least 1
     */
    public record Params(int windowDays, int baselineDays, int minWindowEvents) {
        public static final Params DEFAULT = new Params(7, 90, 3);

        public Params {
            if (windowDays < 1 || baselineDays < 1 || minWindowEvents < 1) {
                throw new IllegalArgumentException("escalation window, baseline and minimum events must be >= 1, got "
                        + windowDays + ", " + baselineDays + ", " + minWindowEvents);
            }
        }

        public LocalDate windowStart(LocalDate asOf) {
            return asOf.minusDays(windowDays - 1L);
        }

        public LocalDate baselineStart(LocalDate asOf) {
            return asOf.minusDays(windowDays + (long) baselineDays - 1);
        }
    }

    /**
     * Sums over the clusters of one period.
     *
     * @param n                   clusters
     * @param materialConflict    clusters of quad class 4
     * @param goldsteinSum        sum of Goldstein scores
     * @param goldsteinSumSquares sum of squared Goldstein scores
     */
    public record Counts(long n, long materialConflict, double goldsteinSum, double goldsteinSumSquares) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts {
            if (n < 0 || materialConflict < 0 || materialConflict > n) {
                throw new IllegalArgumentException("bad counts: n=" + n + ", material conflict=" + materialConflict);
            }
        }

        /** Counts of the given Goldstein scores, the first {@code conflict} of which are material conflict. */
        public static Counts of(int conflict, double... goldstein) {
            double s = 0;
            double ss = 0;
            for (double g : goldstein) {
                s += g;
                ss += g * g;
            }
            return new Counts(goldstein.length, conflict, s, ss);
        }

        double mean() {
            return n == 0 ? 0 : goldsteinSum / n;
        }

        /** Sample standard deviation; 0 below two clusters. */
        double sd() {
            if (n < 2) {
                return 0;
            }
            double m = mean();
            return Math.sqrt(Math.max(0, (goldsteinSumSquares - n * m * m) / (n - 1)));
        }
    }

    /** The index of {@code dyad} as of {@code asOf} from its window and baseline counts. */
    public static Escalation compute(Dyad dyad, LocalDate asOf, Params params, Counts window, Counts baseline) {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(params, "params");
        double p0 = (baseline.materialConflict() + 1.0) / (baseline.n() + 2.0);
        double mu0 = baseline.n() >= 1 ? baseline.mean() : 0;
        double sigma0 = baseline.n() >= 2 ? Math.max(baseline.sd(), MIN_SD) : PRIOR_SD;
        double share = 0;
        double zConflict = 0;
        double zGoldstein = 0;
        if (window.n() > 0) {
            double n = window.n();
            share = window.materialConflict() / n;
            zConflict = (share - p0) / Math.sqrt(p0 * (1 - p0) / n);
            zGoldstein = (mu0 - window.mean()) / (sigma0 / Math.sqrt(n));
        }
        double index = window.n() == 0 ? 0 : (zConflict + zGoldstein) / 2;
        return new Escalation(dyad, asOf, params.windowStart(asOf), params.baselineStart(asOf), window.n(),
                baseline.n(), share, p0, window.mean(), mu0, sigma0, zConflict, zGoldstein, index);
    }
}
