package io.casus.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.casus.model.Actor;
import io.casus.model.Event;
import io.casus.store.ArticleSummary;
import io.casus.store.Cluster;
import io.casus.store.StoredEvent;
import io.casus.store.testing.Cookbook;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltFormatTest {
    private final GdeltFormat format = new GdeltFormat();

    @Test
    void columnsAreTheCookbooksEventTableInOrder() throws Exception {
        assumeTrue(Cookbook.available(), "shared GDELT cookbook not present: " + Cookbook.FILE);
        List<String> cookbook = Cookbook.eventColumns();
        assertEquals(61, cookbook.size(), "the cookbook parser found " + cookbook);
        assertEquals(cookbook, format.gdeltColumns());
    }

    @Test
    void theGdeltColumnsComeFirstAndCasusColumnsAfter() {
        List<String> all = format.columns();
        assertEquals(61, format.gdeltColumns().size());
        assertEquals(format.gdeltColumns(), all.subList(0, 61));
        assertEquals("GlobalEventID", all.get(0));
        assertEquals("SOURCEURL", all.get(60));
        assertTrue(all.subList(61, all.size()).containsAll(List.of("Modality", "DateSource", "EvidenceBegin",
                "EvidenceEnd", "ClusterID", "Confidence")));
    }

    @Test
    void aLineFillsWhatCasusKnows() {
        Event e = new Event("a-0-0", 0, 0, 40, "The U.N.\tcondemned Russian air strikes.", new Event.Trigger("condemned", 9, 18),
                new Event.EventActor(Actor.of("IGOUNOHRI", "United Nations", null, Actor.Basis.DICTIONARY, 1), "The U.N.", 0, 8),
                new Event.EventActor(Actor.of("RUSMILGOV", "Russian military", null, Actor.Basis.DEMONYM, 1), "Russian", 19, 26),
                "111", "11", -3.5, 3, "DISAPPROVE", "2024-03-05", "day", "text",
                new Event.Location("UKR", "Kharkiv", 30, 37), Event.Modality.ASSERTED, null, 0.75, "condemn");
        ArticleSummary a = new ArticleSummary("a", "t", "2024-03-05", "Wire", null, "https://x.example/a",
                Instant.parse("2024-03-05T10:15:30Z"));
        Cluster c = new Cluster("a-0-0", "111", "11", 3, -3.5, "IGOUNOHRI", "IGO", "RUSMILGOV", "RUS",
                LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6), Instant.EPOCH, Instant.EPOCH,
                4, 3, 2);
        String[] f = format.line(new ExportRow(new StoredEvent(e, a, "a-0-0"), c, 42L, true)).split("\t", -1);
        List<String> cols = format.columns();
        assertEquals(cols.size(), f.length);
        assertEquals("42", f[cols.indexOf("GlobalEventID")]);
        assertEquals("20240305", f[cols.indexOf("Day")]);
        assertEquals("202403", f[cols.indexOf("MonthYear")]);
        assertEquals("2024", f[cols.indexOf("Year")]);
        // (3 * 30 + 5) / 365 = 0.26027...
        assertEquals("2024.2603", f[cols.indexOf("FractionDate")]);
        assertEquals("IGOUNOHRI", f[cols.indexOf("Actor1Code")]);
        assertEquals("UNITED NATIONS", f[cols.indexOf("Actor1Name")]);
        assertEquals("", f[cols.indexOf("Actor1CountryCode")]);
        assertEquals("UNO", f[cols.indexOf("Actor1KnownGroupCode")]);
        assertEquals("HRI", f[cols.indexOf("Actor1Type1Code")]);
        assertEquals("RUS", f[cols.indexOf("Actor2CountryCode")]);
        assertEquals("MIL", f[cols.indexOf("Actor2Type1Code")]);
        assertEquals("GOV", f[cols.indexOf("Actor2Type2Code")]);
        assertEquals("", f[cols.indexOf("Actor2Type3Code")]);
        assertEquals("1", f[cols.indexOf("IsRootEvent")]);
        assertEquals("111", f[cols.indexOf("EventBaseCode")]);
        assertEquals("-3.5", f[cols.indexOf("GoldsteinScale")]);
        assertEquals("4", f[cols.indexOf("NumMentions")]);
        assertEquals("2", f[cols.indexOf("NumSources")]);
        assertEquals("3", f[cols.indexOf("NumArticles")]);
        assertEquals("", f[cols.indexOf("AvgTone")]);
        assertEquals("Kharkiv", f[cols.indexOf("ActionGeo_Fullname")]);
        assertEquals("20240305101530", f[cols.indexOf("DATEADDED")]);
        assertEquals("https://x.example/a", f[cols.indexOf("SOURCEURL")]);
        assertEquals("asserted", f[cols.indexOf("Modality")]);
        assertEquals("0", f[cols.indexOf("EvidenceBegin")]);
        assertEquals("a-0-0", f[cols.indexOf("ClusterID")]);
        assertEquals("The U.N. condemned Russian air strikes.", f[cols.indexOf("Evidence")], "tabs become spaces");
    }
}
