package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The event coder through real CoreNLP on short reports written for it (published Tuesday 2024-04-16): reactions,
 * protests and appeals that name no one answer the act told before them; a party's own "would" is its word; "the
 * ship" is the one named before; "Brussels" beside the EU is the EU.
 */
class ReactionsIT extends Reports {
    private static final String[][] REPORTS = {
        {"move", "Norway expelled two Russian diplomats on Monday. Moscow condemned the move and said Russia would respond."},
        {"ship", "A Chinese coast guard ship approached Vietnamese fishermen near the Paracel Islands on Sunday. The ship fired a water cannon at the fishermen."},
        {"release", "Venezuelan soldiers detained six Guyanese miners on Sunday. Guyana demanded the miners' release."},
        {"protest", "Chinese warships fired water cannon at Philippine sailors on Sunday. Manila lodged a diplomatic protest."},
        {"inquiry", "Sudanese warplanes bombed a market in Darfur on Monday. The United Nations called for an investigation into the bombing."},
        {"brussels", "The European Union froze its aid to Mali on Monday. Mali's government accused Brussels of meddling in its affairs."},
    };

    @Override
    String[][] reports() {
        return REPORTS;
    }

    @Test
    void aReactionToTheMoveIsAddressedToItsDoerAndThePartysOwnWouldIsAThreat() {
        assertTrue(asserted("move").contains("RUS>NOR 111 asserted"), coded("move").toString());
        assertTrue(asserted("move").stream().anyMatch(e -> e.startsWith("RUS>") && e.contains(" 13")), "said Russia would respond: " + coded("move"));
    }

    @Test
    void theShipIsTheOneNamedBefore() {
        assertTrue(asserted("ship").stream().anyMatch(e -> e.startsWith("CHN>VNM 19") || e.startsWith("CHN>VNM 18")), coded("ship").toString());
    }

    @Test
    void protestsAndCallsNamingNoOneAnswerTheActAgainstTheCaller() {
        assertTrue(asserted("release").stream().anyMatch(e -> e.startsWith("GUY>VEN 10")), "asked of the captors: " + coded("release"));
        assertTrue(asserted("protest").stream().anyMatch(e -> e.startsWith("PHL>CHN 11")), coded("protest").toString());
        assertTrue(asserted("inquiry").stream().anyMatch(e -> e.startsWith("IGO>SDN 0")), "about the bombing: " + coded("inquiry"));
    }

    @Test
    void brusselsBesideTheEuIsTheEu() {
        assertTrue(asserted("brussels").contains("MLI>IGO 112 asserted"), coded("brussels").toString());
    }
}
