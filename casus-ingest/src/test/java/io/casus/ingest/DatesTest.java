package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.ingest.internal.Dates;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-04-16T16:32:00-04:00                | 2024-04-16T16:32:00-04:00",
        "2024-04-16T20:32:00Z                     | 2024-04-16T20:32:00+00:00",
        "2024-04-16T20:32:00.123456Z              | 2024-04-16T20:32:00+00:00",
        "2024-04-16T16:32:00.000-0400             | 2024-04-16T16:32:00-04:00",
        "2024-04-16T16:32+02                      | 2024-04-16T16:32:00+02:00",
        "2024-04-16 16:32:00                      | 2024-04-16T16:32:00",
        "2024-04-16T16:32:00+02:00[Europe/Paris]  | 2024-04-16T16:32:00+02:00",
        "2024-04-16                               | 2024-04-16",
        "Tue, 16 Apr 2024 16:32:00 -0400          | 2024-04-16T16:32:00-04:00",
        "Tue, 16 Apr 2024 20:32:00 GMT            | 2024-04-16T20:32:00+00:00",
        "16 Apr 24 16:32 EDT                      | 2024-04-16T16:32:00-04:00",
        "Sun, 07 Jul 2024 09:00:00 EST            | 2024-07-07T09:00:00-05:00",
        "Sun, 07 Jul 2024 09:00:00 CEST           | 2024-07-07T09:00:00+02:00",
        "Sun, 07 Jul 2024 09:00:00 +0530          | 2024-07-07T09:00:00+05:30",
        "Sun, 07 Jul 2024 09:00:00                | 2024-07-07T09:00:00",
    })
    void parsesWhatSourcesWrite(String text, String iso) {
        assertEquals(iso, Dates.parse(text.strip()).orElseThrow().published().iso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01", "2024-02-30T10:00:00Z", "Tue, 32 Apr 2024 10:00:00 GMT",
        "16/04/2024"})
    void rejectsWhatIsNotADate(String text) {
        assertTrue(Dates.parse(text).isEmpty(), text);
    }

    @Test
    void ambiguousHourWhenClocksGoBackFollowsTheAbbreviation() {
        LocalDateTime t = LocalDateTime.of(2024, 11, 3, 1, 30);
        assertEquals("2024-11-03T01:30:00-04:00", Dates.atZone(t, "EDT").published().iso());
        assertEquals("2024-11-03T01:30:00-05:00", Dates.atZone(t, "EST").published().iso());
        assertNull(Dates.atZone(t, "EST").problem());
    }

    @Test
    void missingHourWhenClocksGoForwardIsNoted() {
        Dates.Resolved r = Dates.atZone(LocalDateTime.of(2024, 3, 10, 2, 30), "EST");
        assertEquals("2024-03-10T02:30:00-05:00", r.published().iso());
        assertTrue(r.problem().contains("does not exist in America/New_York"), r.problem());
    }

    @Test
    void southernHemisphereDaylightTime() {
        assertEquals("2024-01-15T08:00:00+11:00",
                Dates.atZone(LocalDateTime.of(2024, 1, 15, 8, 0), "AEDT").published().iso());
        Dates.Resolved wrong = Dates.atZone(LocalDateTime.of(2024, 7, 15, 8, 0), "AEDT");
        assertEquals("2024-07-15T08:00:00+10:00", wrong.published().iso());
        assertTrue(wrong.problem().startsWith("time zone 'AEDT' is not in force in Australia/Sydney"),
                wrong.problem());
    }
}
