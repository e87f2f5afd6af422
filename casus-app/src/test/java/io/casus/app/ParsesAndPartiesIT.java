package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event coder through real CoreNLP on one-line reports written for it: parses the parser gets wrong and Casus
 * mends, parties named together, places and embassies as parties, and acts denied, forecast or announced.
 */
class ParsesAndPartiesIT {
    @TempDir
    static Path tmp;

    private static final Map<String, List<String>> CODED = new LinkedHashMap<>();

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

    @BeforeAll
    static void code() throws Exception {
        CODED.putAll(Reports.code(tmp, REPORTS));
    }

    private static List<String> asserted(String id) {
        return Reports.asserted(CODED, id);
    }

    @Test
    void aReportingVerbWithoutThatStillGovernsItsClause() {
        // the parser reads "said" as the clausal subject of "fired": mended, the bomb was fired at Israel
        assertTrue(asserted("mortar").stream().anyMatch(e -> e.startsWith("PSE>ISR 19")), CODED.get("mortar").toString());
        assertTrue(asserted("mortar").contains("ISR>PSE 112 asserted"), CODED.get("mortar").toString());
    }

    @Test
    void aParticipleAfterItsNounLeavesTheNounToTheVerb() {
        assertTrue(asserted("staged").contains("TUR>TUR 1721 asserted"), "the police prevented the demonstration: " + CODED.get("staged"));
    }

    @Test
    void deniedForecastAndAnnouncedActsAreNotDoneButAnAnnouncementIsAThreat() {
        assertTrue(asserted("denied").stream().noneMatch(e -> e.contains(">COD 1") || e.contains(">COD 0")), CODED.get("denied").toString());
        assertEquals(List.of("IRN>ISR 138 asserted"), asserted("going"), "'going to' is a future, announced: a threat");
        assertEquals(List.of(), asserted("expected"), "a forecast is no act and no threat: " + CODED.get("expected"));
    }

    @Test
    void partiesNamedTogetherActOnEachOther() {
        assertEquals(List.of("FRA>IND 062 asserted", "IND>FRA 062 asserted"), asserted("joint"));
        assertTrue(asserted("exchanged").stream().anyMatch(e -> e.startsWith("KGZ>TJK 19"))
                && asserted("exchanged").stream().anyMatch(e -> e.startsWith("TJK>KGZ 19")), CODED.get("exchanged").toString());
        assertTrue(asserted("presidents").containsAll(List.of("RUS>TUR 040 asserted", "TUR>RUS 040 asserted")),
                CODED.get("presidents").toString());
    }

    @Test
    void placesAndEmbassiesStandForTheirCountries() {
        assertTrue(asserted("embassy").stream().anyMatch(e -> e.startsWith("MLI>FRA 14")), CODED.get("embassy").toString());
        assertTrue(asserted("visit").contains("UZB>KAZ 042 asserted"), CODED.get("visit").toString());
    }
}
