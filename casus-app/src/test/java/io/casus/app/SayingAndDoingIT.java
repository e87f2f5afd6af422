package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event coder through real CoreNLP on short reports written for it: what is said of acts not done (ultimatums,
 * refusals, demands, threats), who does an urged act, peoples and places. Each line of a report is an article.
 */
class SayingAndDoingIT extends Reports {
    private static final String[][] REPORTS = {
        {"ultimatum", "Nigeria said on Monday it would withdraw its troops from Chad unless the Chadian government agreed to a ceasefire."},
        {"refusal", "Syria said on Tuesday that it would not accept any more refugees from Iraq."},
        {"urged", "France urged Mali to attack the rebels in the north."},
        {"must", "Russia said on Tuesday that Sudan must return the helicopter."},
        {"people", "Bosnian Serbs demanded a truce with government forces on Friday."},
        {"intercept", "Israeli air defences intercepted dozens of Iranian missiles on Sunday."},
        {"answer", "Iran attacked Israel with drones on Saturday. An Israeli response is inevitable, the defence minister said."},
        {"owner", "Pakistan rejected an Indian proposal for talks on Kashmir."},
        {"conditional", "Afghan rebels said they would meet the United Nations envoy if he guaranteed their safety."},
    };

    @Override
    String[][] reports() {
        return REPORTS;
    }

    @Test
    void anActPromisedUnlessAnotherActsIsAnUltimatumToIt() {
        assertTrue(asserted("ultimatum").contains("NGA>TCD 139 asserted"), coded("ultimatum").toString());
        assertTrue(coded("ultimatum").stream().anyMatch(e -> e.startsWith("NGA>TCD 0874 ") && !e.endsWith(" asserted")),
                "the withdrawal itself has not happened: " + coded("ultimatum"));
    }

    @Test
    void sayingOneWillNotActIsARefusal() {
        assertTrue(asserted("refusal").stream().anyMatch(e -> e.startsWith("SYR>") && e.contains(" 12")), coded("refusal").toString());
        assertTrue(coded("refusal").stream().noneMatch(e -> e.contains(" 075 asserted")), "no refugees were accepted");
    }

    @Test
    void theUrgedPartyWouldDoTheActAndNobodyHasDoneIt() {
        assertTrue(asserted("urged").contains("FRA>MLI 020 asserted"), coded("urged").toString());
        assertTrue(asserted("urged").stream().noneMatch(e -> e.contains(" 19")), "no attack happened: " + coded("urged"));
        assertTrue(coded("urged").stream().anyMatch(e -> e.startsWith("MLI>") && e.contains(" 19")),
                "Mali is the one that would attack: " + coded("urged"));
    }

    @Test
    void sayingAnotherMustActIsADemand() {
        assertTrue(asserted("must").stream().anyMatch(e -> e.startsWith("RUS>SDN 10")), coded("must").toString());
    }

    @Test
    void aPeopleIsCodedWhereItLives() {
        assertTrue(asserted("people").stream().anyMatch(e -> e.startsWith("BIH>") && e.contains(" 10")), coded("people").toString());
    }

    @Test
    void interceptingMunitionsIsNoActOnAParty() {
        assertEquals(List.of(), asserted("intercept"));
    }

    @Test
    void anInevitableResponseToAnAttackIsAThreat() {
        assertTrue(asserted("answer").contains("IRN>ISR 195 asserted") || asserted("answer").contains("IRN>ISR 190 asserted"),
                coded("answer").toString());
        assertTrue(asserted("answer").stream().anyMatch(e -> e.startsWith("ISR>IRN 13")), coded("answer").toString());
    }

    @Test
    void theOwnerOfWhatIsRejectedIsTheTarget() {
        assertTrue(asserted("owner").stream().anyMatch(e -> e.startsWith("PAK>IND 12")), coded("owner").toString());
    }

    @Test
    void aConditionalPromiseIsAnOfferWhileTheMeetingIsOnlyHypothetical() {
        List<String> c = coded("conditional");
        assertTrue(c.stream().anyMatch(e -> e.contains(" 04") && e.endsWith(" hypothetical")), c.toString());
        assertTrue(c.stream().noneMatch(e -> e.contains(" 04") && e.endsWith(" asserted")), "no meeting took place: " + c);
        assertTrue(c.stream().anyMatch(e -> e.startsWith("AFG>IGO 03") && e.endsWith(" asserted")), "the offer to meet: " + c);
    }
}
