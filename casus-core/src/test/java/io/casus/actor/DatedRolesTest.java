package io.casus.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who holds an office depends on the day: the same name codes differently across a change of office. */
class DatedRolesTest {
    private final ActorEntry raisi = new ActorEntry("Ebrahim Raisi", ActorEntry.Kind.PERSON, List.of(
            new DatedCode("IRNJUD", "Chief Justice", LocalDate.of(2019, 3, 7), LocalDate.of(2021, 7, 1)),
            new DatedCode("IRNGOV", "President", LocalDate.of(2021, 8, 3), LocalDate.of(2024, 5, 19))));

    @Test
    void theTermCoveringTheDateApplies() {
        assertEquals("IRNJUD", raisi.on(LocalDate.of(2020, 6, 1)).code().code());
        assertEquals("IRNGOV", raisi.on(LocalDate.of(2024, 4, 16)).code().code());
        assertFalse(raisi.on(LocalDate.of(2024, 4, 16)).former());
    }

    @Test
    void afterTheLastTermTheLastOfficeIsFormer() {
        ActorEntry.Dated after = raisi.on(LocalDate.of(2024, 6, 1));
        assertTrue(after.former());
        assertEquals("President", after.code().role());
    }

    @Test
    void beforeAnyTermThereIsNoCode() {
        assertNull(raisi.on(LocalDate.of(2010, 1, 1)));
    }

    @Test
    void bundledOfficeHoldersChangeCodeWithTheDate() {
        ActorDictionary d = ActorDictionary.bundled();
        ActorEntry blinken = d.names().get("Antony Blinken");
        assertEquals("USAGOV", blinken.on(LocalDate.of(2024, 4, 16)).code().code());
        assertTrue(blinken.on(LocalDate.of(2025, 6, 1)).former(), "out of office after January 2025");
        ActorEntry biden = d.names().get("Joe Biden");
        assertEquals("USAGOV", biden.on(LocalDate.of(2022, 1, 1)).code().code());
        assertTrue(biden.on(LocalDate.of(2025, 6, 1)).former());
    }
}
