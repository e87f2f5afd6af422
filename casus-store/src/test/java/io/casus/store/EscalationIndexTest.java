package io.casus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.casus.store.EscalationIndex.Counts;
import io.casus.store.EscalationIndex.Params;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EscalationIndexTest {
    private static final Dyad RUS_UKR = Dyad.of("RUS", "UKR");
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    /**
     * Baseline: Goldstein -8 (material conflict), 2, 2, 4. p0 = (1+1)/(4+2) = 1/3; mean 0; sample variance
     * (64+4+4+16)/3 = 88/3. Window: -9, -8 (material conflict), -5. share 2/3; mean -22/3.
     * z_conflict = (2/3 - 1/3) / sqrt((1/3)(2/3)/3) = sqrt(3/2);
     * z_goldstein = (0 + 22/3) / (sqrt(88/3) / sqrt(3)) = 22/sqrt(88) = sqrt(11/2);
     * index = (sqrt(1.5) + sqrt(5.5)) / 2.
     */
    @Test
    void escalationAgainstOwnBaselineMatchesHandComputation() {
        Escalation e = EscalationIndex.compute(RUS_UKR, AS_OF, Params.DEFAULT, Counts.of(2, -9, -8, -5),
                Counts.of(1, -8, 2, 2, 4));
        assertEquals(LocalDate.of(2024, 6, 24), e.windowStart());
        assertEquals(LocalDate.of(2024, 3, 26), e.baselineStart());
        assertEquals(3, e.windowClusters());
        assertEquals(4, e.baselineClusters());
        assertEquals(2.0 / 3, e.windowConflictShare(), 1e-12);
        assertEquals(1.0 / 3, e.baselineConflictShare(), 1e-12);
        assertEquals(-22.0 / 3, e.windowGoldstein(), 1e-12);
        assertEquals(0.0, e.baselineGoldstein(), 1e-12);
        assertEquals(Math.sqrt(88.0 / 3), e.baselineGoldsteinSd(), 1e-12);
        assertEquals(Math.sqrt(1.5), e.zConflict(), 1e-12);
        assertEquals(Math.sqrt(5.5), e.zGoldstein(), 1e-12);
        assertEquals((Math.sqrt(1.5) + Math.sqrt(5.5)) / 2, e.index(), 1e-12);
        assertEquals(1.7849763755, e.index(), 1e-9);
    }

    /** No baseline: p0 = 1/2, mu0 = 0, sigma0 = 5. Window -10, -10 both material conflict. */
    @Test
    void withoutBaselineThePriorsApply() {
        Escalation e = EscalationIndex.compute(RUS_UKR, AS_OF, Params.DEFAULT, Counts.of(2, -10, -10), Counts.NONE);
        assertEquals(0.5, e.baselineConflictShare(), 1e-12);
        assertEquals(EscalationIndex.PRIOR_SD, e.baselineGoldsteinSd(), 1e-12);
        assertEquals(Math.sqrt(2), e.zConflict(), 1e-12);
        assertEquals(2 * Math.sqrt(2), e.zGoldstein(), 1e-12);
        assertEquals(1.5 * Math.sqrt(2), e.index(), 1e-12);
    }

    @Test
    void aFlatBaselineUsesTheFloorNotZero() {
        Escalation e = EscalationIndex.compute(RUS_UKR, AS_OF, Params.DEFAULT, Counts.of(0, 1), Counts.of(0, 3, 3, 3));
        assertEquals(EscalationIndex.MIN_SD, e.baselineGoldsteinSd(), 1e-12);
        assertEquals(2.0, e.zGoldstein(), 1e-12);
        // p0 = 1/5; z_conflict = (0 - 0.2) / sqrt(0.2 * 0.8 / 1) = -0.5
        assertEquals(-0.5, e.zConflict(), 1e-12);
        assertEquals(0.75, e.index(), 1e-12);
    }

    @Test
    void calmerThanBaselineIsNegative() {
        Escalation e = EscalationIndex.compute(RUS_UKR, AS_OF, Params.DEFAULT, Counts.of(0, 4, 5),
                Counts.of(3, -9, -8, -10, 2));
        assertEquals(true, e.index() < -2, "index " + e.index());
    }

    @Test
    void anEmptyWindowIsNoEscalation() {
        Escalation e = EscalationIndex.compute(RUS_UKR, AS_OF, Params.DEFAULT, Counts.NONE, Counts.of(1, -8, 2));
        assertEquals(0.0, e.index());
        assertEquals(0.0, e.zConflict());
        assertEquals(0.0, e.zGoldstein());
    }

    @Test
    void badParametersAndCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Params(0, 90, 3));
        assertThrows(IllegalArgumentException.class, () -> new Counts(2, 3, 0, 0));
    }
}
