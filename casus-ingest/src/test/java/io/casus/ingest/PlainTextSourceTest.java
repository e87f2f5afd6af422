package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.ingest.internal.TextDecoding;
import io.casus.ingest.text.PlainTextSource;
import io.casus.model.Article;
import io.casus.source.Input;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextSourceTest {
    static Stream<String> fixtures() {
        return Fixtures.withGolden("text");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsFixture(String name) {
        Fixtures.check(name);
    }

    /** The seed layout with a given timestamp line; everything else fixed. */
    private static Article seedWith(String timestamp) {
        String text = " date 2024-01-01 WATCH TV LIVE\n\nTags: a | b\n\nA Headline\n\n" + timestamp
                + "\n\nThe council met on Monday and voted to extend the mission.\n";
        return Collector.read(new PlainTextSource(), Input.of("t.txt", text.getBytes(StandardCharsets.UTF_8)))
                .only();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tuesday, 16 April 2024 04:32 PM EDT   | 2024-04-16T16:32:00-04:00",
        "Tuesday, 16 January 2024 04:32 PM EST | 2024-01-16T16:32:00-05:00",
        "Thursday, 11 July 2024 09:00 AM BST   | 2024-07-11T09:00:00+01:00",
        "Monday, 15 January 2024 12:05 AM GMT  | 2024-01-15T00:05:00+00:00",
        "Friday, 12 July 2024 12:00 PM CEST    | 2024-07-12T12:00:00+02:00",
        "Friday, 12 January 2024 07:45 PM CET  | 2024-01-12T19:45:00+01:00",
        "Monday, 15 January 2024 08:00 AM AEDT | 2024-01-15T08:00:00+11:00",
        "Monday, 15 July 2024 08:00 AM AEST    | 2024-07-15T08:00:00+10:00",
        "Monday, 15 July 2024 10:00 PM PDT     | 2024-07-15T22:00:00-07:00",
        "Monday, 15 July 2024 11:10 AM MSK     | 2024-07-15T11:10:00+03:00",
        "Monday, 15 July 2024 11:10 AM IST     | 2024-07-15T11:10:00+05:30",
        "Monday, 15 July 2024 11:10 AM JST     | 2024-07-15T11:10:00+09:00",
        "Monday, 15 July 2024 11:10 AM EEST    | 2024-07-15T11:10:00+03:00",
        "Monday, 15 July 2024 11:10 AM CDT     | 2024-07-15T11:10:00-05:00",
        "Monday, 15 January 2024 11:10 AM MST  | 2024-01-15T11:10:00-07:00",
        "April 16, 2024 4:32 PM EDT            | 2024-04-16T16:32:00-04:00",
        "Tuesday, 16 April 2024 16:32 UTC+3    | 2024-04-16T16:32:00+03:00",
        "Tuesday, 16 April 2024 16:32          | 2024-04-16T16:32:00",
        "Tuesday, 16 April 2024                | 2024-04-16",
    })
    void timestampOffsetsComeFromZoneRules(String timestamp, String iso) {
        Article a = seedWith(timestamp.strip());
        assertEquals(iso, a.published().iso());
        assertEquals("A Headline", a.title());
        assertEquals("The council met on Monday and voted to extend the mission.", a.text());
    }

    @Test
    void daylightFlagThatDisagreesWithTheRulesIsCorrectedAndNoted() {
        Article a = seedWith("Tuesday, 16 January 2024 04:32 PM EDT");
        assertEquals("2024-01-16T16:32:00-05:00", a.published().iso());
        assertEquals(1, a.problems().size());
        assertTrue(a.problems().get(0).contains("'EDT' is not in force"), a.problems().toString());
    }

    @Test
    void unknownZoneAbbreviationLeavesTheOffsetUnknown() {
        Article a = seedWith("Tuesday, 16 April 2024 04:32 PM WAT");
        assertEquals("2024-04-16T16:32:00", a.published().iso());
        assertEquals("unknown time zone 'WAT'; offset left unknown", a.problems().get(0));
    }

    @Test
    void wrongWeekdayIsNoted() {
        Article a = seedWith("Monday, 16 April 2024 04:32 PM EDT");
        assertEquals("2024-04-16T16:32:00-04:00", a.published().iso());
        assertEquals("the timestamp says Monday but 2024-04-16 is a Tuesday", a.problems().get(0));
    }

    @Test
    void windows1252BytesAreReadAndNoted() {
        byte[] bytes = "Minister’s visit to Bogotá\n\nThe minister’s visit to Bogotá was postponed."
                .getBytes(TextDecoding.WINDOWS_1252);
        Article a = Collector.read(new PlainTextSource(), Input.of("dir/cp1252.txt", bytes)).only();
        assertEquals("Minister’s visit to Bogotá", a.title());
        assertEquals("The minister’s visit to Bogotá was postponed.", a.text());
        assertEquals("not valid UTF-8; read as windows-1252", a.problems().get(0));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        String text = "Ceasefire Extended in Tigray\n\nThe truce was extended by ninety days.";
        byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        for (byte[] bytes : new byte[][] {le, be}) {
            Article a = Collector.read(new PlainTextSource(), Input.of("u16.txt", bytes)).only();
            assertEquals("Ceasefire Extended in Tigray", a.title());
            assertEquals("The truce was extended by ninety days.", a.text());
            assertTrue(a.problems().equals(java.util.List.of("no publication date found")), a.problems().toString());
        }
    }

    @Test
    void aSingleLineIsTextNotTitle() {
        Article a = Collector.read(new PlainTextSource(),
                Input.of("one.txt", "Talks resume in Geneva".getBytes(StandardCharsets.UTF_8))).only();
        assertNull(a.title());
        assertEquals("Talks resume in Geneva", a.text());
    }

    @Test
    void noBreakAndZeroWidthSpacesAreNormalised() {
        String text = " date 2024-04-16 WATCH TV LIVE\n\nTitle Here\n\nThe\u00a0minister\u00a0 said\u200b so.\n";
        Article a = Collector.read(new PlainTextSource(), Input.of("s.txt", text.getBytes(StandardCharsets.UTF_8)))
                .only();
        assertEquals("The minister said so.", a.text());
    }

    @Test
    void seedLayoutWithOnlyATitleHasNoText() {
        String text = " date 2024-04-16 WATCH TV LIVE\n\nTags: x\n\nJust a Title\n";
        Collector c = Collector.read(new PlainTextSource(), Input.of("dir/bare.txt",
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Collector.Skip("dir/bare.txt", "no article text found"), c.onlySkip());
    }
}
