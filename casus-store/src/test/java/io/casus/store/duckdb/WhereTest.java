package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.Event.Modality;
import io.casus.store.Dyad;
import io.casus.store.EventFilter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereTest {
    @Test
    void nothingFiltersWhenEverythingIsAllowed() {
        Where w = Where.of(EventFilter.any());
        assertEquals("TRUE", w.sql());
        assertEquals(List.of(), w.params());
    }

    @Test
    void everyValueIsAParameterNeverSql() {
        Where w = Where.of(EventFilter.asserted().withDyad(Dyad.parse("USA-IRN")).withCode("19")
                .withDates(LocalDate.of(2024, 4, 1), null).withText("U.S. (drones)"));
        assertFalse(w.sql().contains("USA") || w.sql().contains("drones") || w.sql().contains("2024"), w.sql());
        assertEquals(List.of("USA", "IRN", "IRN", "USA", "19", "2024-04-01", "ASSERTED", "(?i)U\\.S\\.", "(?i)\\(drones\\)"),
                w.params());
    }

    @Test
    void aDirectedDyadMatchesOneWay() {
        Where w = Where.of(EventFilter.any().withDyad(Dyad.parse("USA>IRN")));
        assertEquals(List.of("USA", "IRN"), w.params());
        assertTrue(w.sql().startsWith("(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"), w.sql());
    }

    @Test
    void modalitiesAreListedInOrder() {
        Where w = Where.of(EventFilter.any().withModalities(EnumSet.of(Modality.INTENDED, Modality.NEGATED)));
        assertEquals(List.of("NEGATED", "INTENDED"), w.params());
    }

    @Test
    void regexMetacharactersAreEscaped() {
        assertEquals("a\\+b\\*\\[c\\]\\{2\\}\\^\\$\\|\\?\\\\", Where.literal("a+b*[c]{2}^$|?\\"));
    }
}
