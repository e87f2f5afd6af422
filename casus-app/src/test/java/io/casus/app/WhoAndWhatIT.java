package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event coder through real CoreNLP on one-line reports written for it: who acts when the text names no one,
 * claims, accusations and refusals, mediation, campaign talk, and parties placed by where they act.
 */
class WhoAndWhatIT extends Reports {
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

    @Override
    String[][] reports() {
        return REPORTS;
    }

    @Test
    void mediationLaunchedBetweenTwoPartiesIsWithEach() {
        assertTrue(asserted("mediation").containsAll(List.of("OMN>IRN 045 asserted", "OMN>SAU 045 asserted")), coded("mediation").toString());
    }

    @Test
    void forceByNoOneNamedComesFromWhereItHappened() {
        assertTrue(asserted("roadside").stream().anyMatch(e -> e.startsWith("AFG>AFG 18")), coded("roadside").toString());
        assertTrue(asserted("victim").stream().anyMatch(e -> e.startsWith("PSE>ISR 19")), coded("victim").toString());
        assertTrue(asserted("victim").contains("ISR>PSE 112 asserted"), "the victim telling of it accuses: " + coded("victim"));
    }

    @Test
    void aNamedGroupClaimsResponsibilityTowardsThePlaceOfTheAttackAndTheAttackIsItsOwn() {
        assertEquals(List.of("SOM>SOM 015 asserted", "SOM>SOM 190 asserted"), asserted("claim"));
    }

    @Test
    void campaignFightsAreNoWar() {
        assertTrue(asserted("campaign").stream().noneMatch(e -> e.contains(" 19")), coded("campaign").toString());
    }

    @Test
    void anAccusationIsAnEventButWhatItAllegesIsNot() {
        assertTrue(asserted("accused").contains("IRN>ISR 112 asserted"), coded("accused").toString());
        assertTrue(asserted("accused").stream().noneMatch(e -> e.contains(" 19")), "the bombing is alleged: " + coded("accused"));
    }

    @Test
    void decliningToResignRefusesAndTheResignationDidNotHappen() {
        assertTrue(asserted("declined").stream().anyMatch(e -> e.startsWith("KEN>") && e.contains(" 123")), coded("declined").toString());
        assertTrue(asserted("declined").stream().noneMatch(e -> e.contains(" 0831 ") || e.contains(" 011 ")), coded("declined").toString());
    }

    @Test
    void engagingInAFirefightIsFighting() {
        assertTrue(asserted("firefight").stream().anyMatch(e -> e.startsWith("SOM>") && e.contains(" 19")), coded("firefight").toString());
    }

    @Test
    void beingOpposedToMediationRejectsIt() {
        assertTrue(asserted("opposed").contains("ISR>FRA 126 asserted"), coded("opposed").toString());
        assertTrue(coded("opposed").stream().noneMatch(e -> e.contains(">ISR 1")), "Israel is not opposed by anyone: " + coded("opposed"));
    }

    @Test
    void aScheduledVisitIsAnIntentionNotAVisit() {
        assertTrue(asserted("scheduled").stream().noneMatch(e -> e.contains(" 042 ")), coded("scheduled").toString());
        assertTrue(coded("scheduled").contains("CHN>BRA 042 intended"), coded("scheduled").toString());
    }

    @Test
    void protestersWreckingAnEmbassyRiotWhereTheyAre() {
        assertEquals(List.of("UKR>RUS 145 asserted"), asserted("rioters"));
    }
}
