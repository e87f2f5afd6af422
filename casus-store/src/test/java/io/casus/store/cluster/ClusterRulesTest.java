package io.casus.store.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterRulesTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "195, 195, true",
        "19, 195, true",
        "195, 19, true",
        "190, 195, true",
        "190, 19, true",
        "193, 195, false",
        "025, 0256, true",
        "0251, 0256, false",
        "02, 0256, true",
        "020, 0256, true",
        "173, 0173, false",
        "180, 190, false",
    })
    void codesAreCompatibleWhenOneGeneralizesTheOther(String a, String b, boolean compatible) {
        assertEquals(compatible, ClusterRules.compatibleCodes(a, b));
    }

    @Test
    void datesMustBeWithinADay() {
        LocalDate d = LocalDate.of(2024, 4, 13);
        assertTrue(ClusterRules.withinADay(d, d));
        assertTrue(ClusterRules.withinADay(d, d.plusDays(1)));
        assertTrue(ClusterRules.withinADay(d.plusDays(1), d));
        assertFalse(ClusterRules.withinADay(d, d.plusDays(2)));
    }

    @Test
    void onlyDayPreciseEventsWithACountryArePlaced() {
        assertTrue(ClusterRules.placeable("IRN", "ISR", "day"));
        assertTrue(ClusterRules.placeable(null, "ISR", null));
        assertFalse(ClusterRules.placeable(null, null, "day"));
        assertFalse(ClusterRules.placeable("IRN", "ISR", "month"));
    }

    @Test
    void specificityReadsX0AsItsRoot() {
        assertEquals(2, ClusterRules.specificity("190"));
        assertEquals(3, ClusterRules.specificity("195"));
        assertEquals(4, ClusterRules.specificity("0256"));
    }
}
