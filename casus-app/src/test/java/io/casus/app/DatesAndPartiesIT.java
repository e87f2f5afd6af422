package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event coder through real CoreNLP on one-line reports written for it (published Tuesday 2024-04-16): dates told
 * against another act, times of what an act is about, armed men named again or placed where they fight, states
 * named as targets, airliners, and acts that are no events.
 */
class DatesAndPartiesIT extends Reports {
    private static final String[][] REPORTS = {
        {"interval", "Kenyan police arrested two suspects on Tuesday, a day after gunmen attacked a bus near the Somali border."},
        {"over", "Argentine prosecutors issued warrants for five Iranian officials over the 1994 bombing of a Jewish center."},
        {"militants", "French officials said militants attacked a French army convoy in northern Mali on Sunday."},
        {"group", "Islamic State claimed the bombing of a church in Mozambique, and the militant group warned Christians to leave the province."},
        {"thanked", "The government thanked India for its help after the earthquake."},
        {"jet", "An Azerbaijani passenger jet was shot down near Grozny by a Russian missile, killing 38 people."},
        {"wildfire", "Firefighters and soldiers fought the wildfires for a second week."},
        {"vowed", "Al-Shabaab vowed further attacks on government targets in Somalia."},
    };

    @Override
    String[][] reports() {
        return REPORTS;
    }

    @Test
    void anActADayBeforeAnotherIsDatedTheDayBefore() {
        assertTrue(dated("interval").contains("KEN>--- 173 asserted 2024-04-16 text"), dated("interval").toString());
        assertTrue(dated("interval").stream().anyMatch(e -> e.matches("KEN>--- 19\\d asserted 2024-04-15 text")),
                "the attack was on Monday: " + dated("interval"));
    }

    @Test
    void theYearOfWhatAnActIsAboutIsNotTheActs() {
        assertEquals(List.of("ARG>IRN 173 asserted 2024-04-16 publication"), dated("over"));
    }

    @Test
    void armedMenAreOfWhereTheyFightAndTheGroupIsTheOneJustNamed() {
        assertTrue(dated("militants").contains("MLI>FRA 190 asserted 2024-04-14 text"), "not French militants: " + dated("militants"));
        // (its threat to Christians in the province is aimed at Mozambique, whose church it bombed)
        assertTrue(asserted("group").stream().anyMatch(e -> e.matches("IMG>(---|MOZ) 130 asserted")),
                "the militant group is Islamic State: " + coded("group"));
    }

    @Test
    void aDoerPlacedOnlyByContextIsNotTheStateItNamesAsTarget() {
        assertEquals(List.of("--->IND 051 asserted"), asserted("thanked"));
    }

    @Test
    void anAirlinerIsACompanysAndWhoShotItDownKilledThoseOnBoard() {
        assertEquals(List.of("RUS>AZE 190 asserted"), asserted("jet"), "one act, by the missile's country, on the airline's");
    }

    @Test
    void fightingFiresIsNoEventAndAttacksVowedAreIntended() {
        assertEquals(List.of(), coded("wildfire"));
        assertTrue(asserted("vowed").stream().noneMatch(e -> e.contains(" 19") || e.contains(" 11")), coded("vowed").toString());
        assertTrue(coded("vowed").stream().anyMatch(e -> e.endsWith(" intended")), coded("vowed").toString());
        assertTrue(asserted("vowed").contains("SOM>--- 130 asserted"), "the vow is a threat: " + coded("vowed"));
    }
}
