package io.casus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.Event.Modality;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FiltersTest {
    @Test
    void dyadsParseBothForms() {
        assertEquals(new Dyad("USA", "IRN", false), Dyad.parse("usa-irn"));
        assertEquals(new Dyad("USAGOV", "IRNMIL", true), Dyad.parse(" USAGOV>IRNMIL "));
        assertEquals("USA>IRN", Dyad.parse("USA>IRN").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA", "USA-", "-IRN", "US-IRN", "USA-IR1", "USA>IRN-ISR", ""})
    void badDyadsSayWhatIsExpected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dyad.parse(text));
        assertTrue(e.getMessage().contains("'" + text.strip().toUpperCase()) || e.getMessage().contains("'" + text),
                e.getMessage());
    }

    @Test
    void eventFilterValidatesItsFields() {
        EventFilter f = EventFilter.asserted();
        assertEquals(Set.of(Modality.ASSERTED), f.modalities());
        assertEquals(4, EventFilter.any().modalities().size());
        assertThrows(IllegalArgumentException.class, () -> f.withActor("iran"));
        assertThrows(IllegalArgumentException.class, () -> f.withCode("1a"));
        assertThrows(IllegalArgumentException.class, () -> f.withRoot("190"));
        assertThrows(IllegalArgumentException.class, () -> f.withQuadClass(5));
        assertThrows(IllegalArgumentException.class, () -> f.withModalities(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> f.withArticle(" "));
        IllegalArgumentException dates = assertThrows(IllegalArgumentException.class,
                () -> f.withDates(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)));
        assertTrue(dates.getMessage().contains("2024-05-02"), dates.getMessage());
        assertEquals(null, f.withText("  ").text());
    }

    @Test
    void pagesAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, PageRequest.MAX_LIMIT + 1));
        Page<String> p = new Page<>(java.util.List.of("a", "b"), 5, 0, 2);
        assertTrue(p.hasMore());
        assertFalse(new Page<>(java.util.List.of("e"), 5, 4, 2).hasMore());
    }

    @Test
    void formatsAndIntervalsParseByName() {
        assertEquals(ExportFormat.PARQUET, ExportFormat.parse("parquet"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xlsx"));
        assertTrue(e.getMessage().contains("jsonl, csv, gdelt, parquet"), e.getMessage());
        assertEquals(Interval.WEEK, Interval.parse("Weekly"));
        assertThrows(IllegalArgumentException.class, () -> Interval.parse("month"));
    }
}
