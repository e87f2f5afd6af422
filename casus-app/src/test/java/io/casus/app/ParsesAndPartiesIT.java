package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event coder through real CoreNLP on one-line reports written for it: parses the parser gets wrong and Casus
 * mends, parties named together, places and embassies as parties, and acts denied, forecast or announced.
 */
class ParsesAndPartiesIT extends Reports {
    private static final String[][] REPORTS = {
        {"mortar", "Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday."},
        {"staged", "Turkish police prevented a demonstration staged by students in Ankara on Monday."},
        {"denied", "Rwanda denied sending troops into eastern Congo."},
        {"going", "Iran said it is going to attack Israel."},
        {"joint", "France and India held joint naval exercises in the Arabian Sea this week."},
        {"embassy", "Hundreds of Malians protested outside the French embassy in Bamako on Tuesday."},
        {"exchanged", "Kyrgyz and Tajik border guards exchanged fire on Wednesday."},
        {"expected", "The US Treasury is expected to impose sanctions on Chinese firms."},
        {"visit", "The Uzbek president paid a state visit to Astana on Thursday."},
        {"presidents", "The presidents of Russia and Turkey met in Sochi on Monday."},
    };

    @Override
    String[][] reports() {
        return REPORTS;
    }

    @Test
    void aReportingVerbWithoutThatStillGovernsItsClause() {
        // the parser reads "said" as the clausal subject of "fired": mended, the bomb was fired at Israel
        assertTrue(asserted("mortar").stream().anyMatch(e -> e.startsWith("PSE>ISR 19")), coded("mortar").toString());
        assertTrue(asserted("mortar").contains("ISR>PSE 112 asserted"), coded("mortar").toString());
    }

    @Test
    void aParticipleAfterItsNounLeavesTheNounToTheVerb() {
        assertTrue(asserted("staged").contains("TUR>TUR 1721 asserted"), "the police prevented the demonstration: " + coded("staged"));
    }

    @Test
    void deniedForecastAndAnnouncedActsAreNotDoneButAnAnnouncementIsAThreat() {
        // the denied act is not done; the denial itself is addressed to the one it would have been done to
        assertTrue(asserted("denied").stream().noneMatch(e -> (e.contains(">COD 1") || e.contains(">COD 0")) && !e.contains(" 016 ")),
                coded("denied").toString());
        assertTrue(asserted("denied").contains("RWA>COD 016 asserted"), coded("denied").toString());
        assertEquals(List.of("IRN>ISR 138 asserted"), asserted("going"), "'going to' is a future, announced: a threat");
        assertEquals(List.of(), asserted("expected"), "a forecast is no act and no threat: " + coded("expected"));
    }

    @Test
    void partiesNamedTogetherActOnEachOther() {
        assertEquals(List.of("FRA>IND 062 asserted", "IND>FRA 062 asserted"), asserted("joint"));
        assertTrue(asserted("exchanged").stream().anyMatch(e -> e.startsWith("KGZ>TJK 19"))
                && asserted("exchanged").stream().anyMatch(e -> e.startsWith("TJK>KGZ 19")), coded("exchanged").toString());
        assertTrue(asserted("presidents").containsAll(List.of("RUS>TUR 040 asserted", "TUR>RUS 040 asserted")),
                coded("presidents").toString());
    }

    @Test
    void placesAndEmbassiesStandForTheirCountries() {
        assertTrue(asserted("embassy").stream().anyMatch(e -> e.startsWith("MLI>FRA 14")), coded("embassy").toString());
        assertTrue(asserted("visit").contains("UZB>KAZ 042 asserted"), coded("visit").toString());
    }
}
