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
 * The event coder through real CoreNLP on one-line reports written for it: who acts when the text names no one,
 * claims, accusations and refusals, mediation, campaign talk, and parties placed by where they act.
 */
class WhoAndWhatIT {
    @TempDir
    static Path tmp;

    private static final Map<String, List<String>> CODED = new LinkedHashMap<>();

    private static final String[][] REPORTS = {
        {"mediation", "Oman launched a mediation effort between Iran and Saudi Arabia on Sunday."},
        {"roadside", "A roadside bomb killed three Afghan soldiers near Kabul on Tuesday."},
        {"claim", "The militant group al-Shabab claimed responsibility for an attack on a hotel in Mogadishu."},
        {"campaign", "Two Republican senators are fighting for second place in the primary."},
        {"accused", "Iran accused Israel of bombing its consulate in Damascus."},
        {"declined", "The Kenyan vice president declined to resign on Monday."},
        {"firefight", "Somali troops engaged al-Shabab fighters in a firefight near Kismayo."},
        {"victim", "Israel said a rocket was fired at it from Gaza on Monday."},
        {"opposed", "Israel is opposed to French mediation in the talks with Syria."},
        {"scheduled", "The Chinese president is scheduled to visit Brazil next week."},
        {"rioters", "Protesters set fire to the Russian embassy in Kiev on Friday."},
    };

    @BeforeAll
    static void code() throws Exception {
        CODED.putAll(Reports.code(tmp, REPORTS));
    }

    private static List<String> asserted(String id) {
        return Reports.asserted(CODED, id);
    }

    @Test
    void mediationLaunchedBetweenTwoPartiesIsWithEach() {
        assertTrue(asserted("mediation").containsAll(List.of("OMN>IRN 045 asserted", "OMN>SAU 045 asserted")), CODED.get("mediation").toString());
    }

    @Test
    void forceByNoOneNamedComesFromWhereItHappened() {
        assertTrue(asserted("roadside").stream().anyMatch(e -> e.startsWith("AFG>AFG 18")), CODED.get("roadside").toString());
        assertTrue(asserted("victim").stream().anyMatch(e -> e.startsWith("PSE>ISR 19")), CODED.get("victim").toString());
        assertTrue(asserted("victim").contains("ISR>PSE 112 asserted"), "the victim telling of it accuses: " + CODED.get("victim"));
    }

    @Test
    void aNamedGroupClaimsResponsibilityTowardsThePlaceOfTheAttackAndTheAttackIsItsOwn() {
        assertEquals(List.of("SOM>SOM 015 asserted", "SOM>SOM 190 asserted"), asserted("claim"));
    }

    @Test
    void campaignFightsAreNoWar() {
        assertTrue(asserted("campaign").stream().noneMatch(e -> e.contains(" 19")), CODED.get("campaign").toString());
    }

    @Test
    void anAccusationIsAnEventButWhatItAllegesIsNot() {
        assertTrue(asserted("accused").contains("IRN>ISR 112 asserted"), CODED.get("accused").toString());
        assertTrue(asserted("accused").stream().noneMatch(e -> e.contains(" 19")), "the bombing is alleged: " + CODED.get("accused"));
    }

    @Test
    void decliningToResignRefusesAndTheResignationDidNotHappen() {
        assertTrue(asserted("declined").stream().anyMatch(e -> e.startsWith("KEN>") && e.contains(" 123")), CODED.get("declined").toString());
        assertTrue(asserted("declined").stream().noneMatch(e -> e.contains(" 0831 ") || e.contains(" 011 ")), CODED.get("declined").toString());
    }

    @Test
    void engagingInAFirefightIsFighting() {
        assertTrue(asserted("firefight").stream().anyMatch(e -> e.startsWith("SOM>") && e.contains(" 19")), CODED.get("firefight").toString());
    }

    @Test
    void beingOpposedToMediationRejectsIt() {
        assertTrue(asserted("opposed").contains("ISR>FRA 126 asserted"), CODED.get("opposed").toString());
        assertTrue(CODED.get("opposed").stream().noneMatch(e -> e.contains(">ISR 1")), "Israel is not opposed by anyone: " + CODED.get("opposed"));
    }

    @Test
    void aScheduledVisitIsAnIntentionNotAVisit() {
        assertTrue(asserted("scheduled").stream().noneMatch(e -> e.contains(" 042 ")), CODED.get("scheduled").toString());
        assertTrue(CODED.get("scheduled").contains("CHN>BRA 042 intended"), CODED.get("scheduled").toString());
    }

    @Test
    void protestersWreckingAnEmbassyRiotWhereTheyAre() {
        assertEquals(List.of("UKR>RUS 145 asserted"), asserted("rioters"));
    }
}
