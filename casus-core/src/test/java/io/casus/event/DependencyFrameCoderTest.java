package io.casus.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.actor.ActorDictionary;
import io.casus.coder.DocumentCoder;
import io.casus.lexicon.LexiconException;
import io.casus.lexicon.Lexicons;
import io.casus.model.CodedArticle;
import io.casus.model.Event;
import io.casus.model.Event.Modality;
import io.casus.testing.Docs;
import io.casus.time.TimeResolver;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coder on hand-built parses: every role pattern, coordination, each modality, dates, location, attribution. */
class DependencyFrameCoderTest {
    private static final DocumentCoder CODER = new DocumentCoder(Lexicons.standard(), ActorDictionary.bundled(),
            new DependencyFrameCoder(FrameLexicon.onlyFiles(List.of(testFrames())), Codebook.standard(), Lexicons.standard()),
            TimeResolver.standard(), Clock.systemUTC());

    @TempDir
    Path tmp;

    private static Path testFrames() {
        try {
            return Path.of(DependencyFrameCoderTest.class.getResource("test-frames.tsv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Event> events(Docs d) {
        return CODER.code(d.build()).events();
    }

    private static String summary(Event e) {
        return (e.source() == null ? "---" : e.source().actor().code()) + ">" + (e.target() == null ? "---" : e.target().actor().code())
                + " " + e.cameoCode() + " " + e.modality().name().toLowerCase() + " " + e.eventDate();
    }

    @Test
    void subjectVerbObject() {
        List<Event> ev = events(new Docs().add("Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ troops/NNS ./.",
                "amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)", "amod(troops-5, Chadian-4)",
                "obj(attacked-3, troops-5)", "punct(attacked-3, .-6)"));
        assertEquals(1, ev.size());
        Event e = ev.get(0);
        assertEquals("SDNREB>TCDMIL 190 asserted 2024-04-16", summary(e));
        assertEquals("publication", e.dateSource());
        assertEquals("19", e.cameoRoot());
        assertEquals(4, e.quadClass());
        assertEquals("FIGHT", e.ploverType());
        assertEquals(-8.0, e.goldstein());
        assertEquals("attacked", e.trigger().text());
    }

    @Test
    void passiveByAgentIsTheSourceAndTheDateComesFromTheText() {
        List<Event> ev = events(new Docs().add(
                "Chadian/JJ troops/NNS were/VBD attacked/VBN/O/attack by/IN Sudanese/JJ rebels/NNS on/IN Saturday/NNP",
                "amod(troops-2, Chadian-1)", "nsubj:pass(attacked-4, troops-2)", "aux:pass(attacked-4, were-3)", "root(ROOT-0, attacked-4)",
                "case(rebels-7, by-5)", "amod(rebels-7, Sudanese-6)", "obl(attacked-4, rebels-7)", "case(Saturday-9, on-8)",
                "obl(attacked-4, Saturday-9)"));
        assertEquals("SDNREB>TCDMIL 190 asserted 2024-04-13", summary(ev.get(0)));
        assertEquals("text", ev.get(0).dateSource());
    }

    @Test
    void theDateNearestInTheParseWinsAndParticiplesActOnTheirNoun() {
        // "Rebels on Saturday attacked the town after the attacking [of] Chadian Deby on April 1": two dates, two events
        String words = "Sudanese/JJ rebels/NNS on/IN Saturday/NNP attacked/VBD/O/attack Chadian/JJ troops/NNS after/IN the/DT %s Chadian/JJ Deby/NNP on/IN April/NNP 1/CD";
        String[] deps = {"amod(rebels-2, Sudanese-1)", "nsubj(attacked-5, rebels-2)", "case(Saturday-4, on-3)", "nmod(rebels-2, Saturday-4)",
                "root(ROOT-0, attacked-5)", "amod(troops-7, Chadian-6)", "obj(attacked-5, troops-7)", "case(Deby-12, after-8)",
                "det(Deby-12, the-9)", "amod(Deby-12, %s-10)", "amod(Deby-12, Chadian-11)", "obl(attacked-5, Deby-12)",
                "case(April-14, on-13)", "nmod(Deby-12, April-14)", "nummod(April-14, 1-15)"};
        deps[9] = String.format(deps[9], "attacking");
        List<Event> ev = events(new Docs().add(String.format(words, "attacking/VBG/O/attack"), deps));
        Event main = ev.stream().filter(e -> e.trigger().begin() < 40).findFirst().orElseThrow();
        assertEquals("2024-04-13", main.eventDate(), "Saturday hangs off the main clause");
        Event participle = ev.stream().filter(e -> e.trigger().begin() > 40).findFirst().orElseThrow();
        assertEquals("TCD", participle.target().actor().country(), "the gerund acts on the name it is read as an adjective of");
        assertEquals("2024-04-01", participle.eventDate(), "April 1 is nearest to the participle in the parse");
        deps[9] = "amod(Deby-12, attacked-10)";
        assertEquals(1, events(new Docs().add(String.format(words, "attacked/VBN/O/attack"), deps)).size(),
                "a past participle describes its noun (\"the occupied West Bank\"): no event");
    }


    @Test
    void anActAStatedIntervalBeforeAnotherIsDatedFromIt() {
        // "Kenyan police arrested two men on Tuesday, a day after gunmen attacked a bus" (published Tuesday 2024-04-16)
        String words = "Kenyan/JJ police/NNS arrested/VBD/O/arrest two/CD men/NNS on/IN Tuesday/NNP ,/, %s/DT %s/NN %s/IN"
                + " Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ troops/NNS";
        String[] deps = {"amod(police-2, Kenyan-1)", "nsubj(arrested-3, police-2)", "root(ROOT-0, arrested-3)", "nummod(men-5, two-4)",
                "obj(arrested-3, men-5)", "case(Tuesday-7, on-6)", "obl(arrested-3, Tuesday-7)", "punct(arrested-3, ,-8)",
                "det(day-10, a-9)", "dep(attacked-14, day-10)", "mark(attacked-14, after-11)", "amod(rebels-13, Sudanese-12)",
                "nsubj(attacked-14, rebels-13)", "advcl(arrested-3, attacked-14)", "amod(troops-16, Chadian-15)", "obj(attacked-14, troops-16)"};
        List<String> after = summaries(new Docs().add(String.format(words, "a", "day", "after"), deps));
        assertTrue(after.contains("SDNREB>TCDMIL 190 asserted 2024-04-15"), "a day after Tuesday's arrests: " + after);
        deps[8] = "nummod(days-10, three-9)";
        deps[9] = "dep(attacked-14, days-10)";
        List<String> before = summaries(new Docs().add(String.format(words, "three", "days", "before").replace("three/DT", "three/CD"), deps));
        assertTrue(before.contains("SDNREB>TCDMIL 190 asserted 2024-04-19"), "three days before: " + before);
        assertTrue(before.contains("KENCOP>--- 173 asserted 2024-04-16") || before.stream().anyMatch(s -> s.contains("173 asserted 2024-04-16")),
                "the arrests keep their own date: " + before);
    }

    @Test
    void attacksVowedAreIntendedAndAParticipleOfAPassiveActIsItsAgents() {
        // "Sudanese rebels vowed attacks on Chadian troops": a threat, the attacks not done
        List<String> vowed = summaries(new Docs().add("Sudanese/JJ rebels/NNS vowed/VBD/O/vow attacks/NNS/O/attack on/IN Chadian/JJ troops/NNS",
                "amod(rebels-2, Sudanese-1)", "nsubj(vowed-3, rebels-2)", "root(ROOT-0, vowed-3)", "obj(vowed-3, attacks-4)",
                "case(troops-7, on-5)", "amod(troops-7, Chadian-6)", "nmod(attacks-4, troops-7)"));
        assertTrue(vowed.contains("SDNREB>--- 130 asserted 2024-04-16"), vowed.toString());
        assertTrue(vowed.stream().noneMatch(e -> e.contains(" 190 asserted")), "the vowed attacks are not done: " + vowed);
        // "Chadian troops were attacked by Sudanese rebels, killing Nigerian soldiers": the rebels kill
        List<String> killing = summaries(new Docs().add("Chadian/JJ troops/NNS were/VBD attacked/VBN/O/attack by/IN Sudanese/JJ rebels/NNS ,/, "
                        + "killing/VBG/O/kill Nigerian/JJ soldiers/NNS",
                "amod(troops-2, Chadian-1)", "nsubj:pass(attacked-4, troops-2)", "aux:pass(attacked-4, were-3)", "root(ROOT-0, attacked-4)",
                "case(rebels-7, by-5)", "amod(rebels-7, Sudanese-6)", "obl(attacked-4, rebels-7)", "punct(attacked-4, ,-8)",
                "dep(attacked-4, killing-9)", "amod(soldiers-11, Nigerian-10)", "obj(killing-9, soldiers-11)"));
        assertTrue(killing.contains("SDNREB>NGAMIL 190 asserted 2024-04-16"), "not the troops attacked: " + killing);
        assertTrue(killing.stream().noneMatch(e -> e.startsWith("TCD")), killing.toString());
    }

    @Test
    void anAttackClaimedIsTheClaimersAndMediatorsMediateBetweenThePartiesNotEachOther() {
        List<String> claimed = summaries(new Docs().add("Hamas/NNP/ORGANIZATION claimed/VBD/O/claim the/DT rocket/NN attack/NN/O/attack on/IN Israel/NNP/LOCATION",
                "nsubj(claimed-2, Hamas-1)", "root(ROOT-0, claimed-2)", "det(attack-5, the-3)", "compound(attack-5, rocket-4)",
                "obj(claimed-2, attack-5)", "case(Israel-7, on-6)", "nmod(attack-5, Israel-7)"));
        assertTrue(claimed.stream().anyMatch(e -> e.startsWith("PSEREB>ISR 19")), "Hamas's attack: " + claimed);
        String words = "Egypt/NNP/LOCATION and/CC Qatar/NNP/LOCATION mediated/VBD/O/mediate a/DT truce/NN %s";
        String[] deps = {"nsubj(mediated-4, Egypt-1)", "cc(Qatar-3, and-2)", "conj(Egypt-1, Qatar-3)", "root(ROOT-0, mediated-4)",
                "det(truce-6, a-5)", "obj(mediated-4, truce-6)"};
        List<String> alone = summaries(new Docs().add(String.format(words, ""), deps));
        assertEquals(List.of("EGY>--- 045 asserted 2024-04-16", "QAT>--- 045 asserted 2024-04-16"), alone, "not Egypt mediating with Qatar");
        List<String> between = summaries(new Docs().add(String.format(words, "between/IN Israel/NNP/LOCATION and/CC Lebanon/NNP/LOCATION"),
                deps[0], deps[1], deps[2], deps[3], deps[4], deps[5], "case(Israel-8, between-7)", "nmod(truce-6, Israel-8)",
                "cc(Lebanon-10, and-9)", "conj(Israel-8, Lebanon-10)"));
        assertTrue(between.containsAll(List.of("EGY>ISR 045 asserted 2024-04-16", "QAT>LBN 045 asserted 2024-04-16")), between.toString());
    }

    @Test
    void theNounAPassiveParticipleModifiesIsWhatWasDoneTo() {
        // "Nigerian police freed students abducted by Sudanese rebels"
        List<String> ev = summaries(new Docs().add("Kenyan/JJ students/NNS abducted/VBN/O/abduct by/IN Sudanese/JJ rebels/NNS",
                "amod(students-2, Kenyan-1)", "root(ROOT-0, students-2)", "acl(students-2, abducted-3)", "case(rebels-6, by-4)",
                "amod(rebels-6, Sudanese-5)", "obl(abducted-3, rebels-6)"));
        assertEquals(List.of("SDNREB>KENEDU 181 asserted 2024-04-16"), ev);
    }

    @Test
    void proposedTrucesAreNotKeptButWhatIsRetaliatedForHappened() {
        // "Sudanese rebels accepted a proposal for a truce with Chadian troops": the truce is only proposed
        List<Event> proposed = events(new Docs().add("Sudanese/JJ rebels/NNS accepted/VBD/O/accept a/DT proposal/NN for/IN a/DT "
                        + "truce/NN/O/truce with/IN Chadian/JJ troops/NNS",
                "amod(rebels-2, Sudanese-1)", "nsubj(accepted-3, rebels-2)", "root(ROOT-0, accepted-3)", "det(proposal-5, a-4)",
                "obj(accepted-3, proposal-5)", "case(truce-8, for-6)", "det(truce-8, a-7)", "nmod(proposal-5, truce-8)",
                "case(troops-11, with-9)", "amod(troops-11, Chadian-10)", "nmod(truce-8, troops-11)"));
        assertTrue(proposed.stream().filter(e -> e.cameoCode().equals("0871")).allMatch(e -> e.modality() == Modality.HYPOTHETICAL),
                proposed.toString());
        // "Chadian troops attacked in retaliation for Sudan's attack on Chad": Sudan's attack happened
        List<String> answered = summaries(new Docs().add("Chadian/JJ troops/NNS will/MD attack/VB/O/attack in/IN retaliation/NN for/IN "
                        + "Sudan/NNP/LOCATION 's/POS attack/NN/O/attack on/IN Chad/NNP/LOCATION",
                "amod(troops-2, Chadian-1)", "nsubj(attack-4, troops-2)", "aux(attack-4, will-3)", "root(ROOT-0, attack-4)",
                "case(retaliation-6, in-5)", "obl(attack-4, retaliation-6)", "case(attack-10, for-7)", "nmod:poss(attack-10, Sudan-8)",
                "case(Sudan-8, 's-9)", "nmod(retaliation-6, attack-10)", "case(Chad-12, on-11)", "nmod(attack-10, Chad-12)"));
        assertTrue(answered.contains("SDN>TCD 190 asserted 2024-04-16"), answered.toString());
    }

    @Test
    void aPartyBehindAnAttackDidItAndHungerStrikesAndAttackHelicoptersAreNoForce() {
        List<String> behind = summaries(new Docs().add("Sudan/NNP/LOCATION was/VBD behind/IN the/DT attack/NN/O/attack on/IN Chad/NNP/LOCATION",
                "nsubj(attack-5, Sudan-1)", "cop(attack-5, was-2)", "case(attack-5, behind-3)", "det(attack-5, the-4)",
                "root(ROOT-0, attack-5)", "case(Chad-7, on-6)", "nmod(attack-5, Chad-7)"));
        assertTrue(behind.contains("SDN>TCD 190 asserted 2024-04-16"), behind.toString());
        List<String> hunger = summaries(new Docs().add("Sudanese/JJ refugees/NNS began/VBD/O/begin a/DT hunger/NN strike/NN/O/strike",
                "amod(refugees-2, Sudanese-1)", "nsubj(began-3, refugees-2)", "root(ROOT-0, began-3)", "det(strike-6, a-4)",
                "compound(strike-6, hunger-5)", "obj(began-3, strike-6)"));
        assertTrue(hunger.stream().noneMatch(e -> e.contains(" 19") || e.contains(" 18")), hunger.toString());
        assertTrue(hunger.stream().anyMatch(e -> e.contains(" 142 ")), "a hunger strike is a protest: " + hunger);
        List<String> craft = summaries(new Docs().add("Chad/NNP/LOCATION bought/VBD/O/buy attack/NN/O/attack helicopters/NNS",
                "nsubj(bought-2, Chad-1)", "root(ROOT-0, bought-2)", "compound(helicopters-4, attack-3)", "obj(bought-2, helicopters-4)"));
        assertEquals(List.of(), craft, "attack helicopters are craft, not an attack");
    }

    @Test
    void talksBetweenTwoPartiesAreEachOnesWithTheOther() {
        List<String> ev = summaries(new Docs().add("Talks/NNS/O/talk between/IN Serbia/NNP/LOCATION and/CC Kosovo/NNP/LOCATION ended/VBD/O/end",
                "nsubj(ended-6, Talks-1)", "case(Serbia-3, between-2)", "nmod(Talks-1, Serbia-3)", "cc(Kosovo-5, and-4)",
                "conj(Serbia-3, Kosovo-5)", "root(ROOT-0, ended-6)"));
        assertEquals(List.of("SRB>XKX 046 asserted 2024-04-16", "XKX>SRB 046 asserted 2024-04-16"), ev);
    }

    @Test
    void aParticipleAddressesWhomItsActDidAndATimeGivenIsAnUltimatum() {
        // "Kenya protested to Tanzania, demanding the release": the demand is made to Tanzania
        List<String> demanding = summaries(new Docs().add("Kenya/NNP/LOCATION protested/VBD/O/protest to/IN Tanzania/NNP/LOCATION ,/, "
                        + "demanding/VBG/O/demand the/DT release/NN",
                "nsubj(protested-2, Kenya-1)", "root(ROOT-0, protested-2)", "case(Tanzania-4, to-3)", "obl(protested-2, Tanzania-4)",
                "punct(protested-2, ,-5)", "advcl(protested-2, demanding-6)", "det(release-8, the-7)", "obj(demanding-6, release-8)"));
        assertTrue(demanding.contains("KEN>TZA 100 asserted 2024-04-16"), demanding.toString());
        // "Kenya gave Chad one week to release Sudanese rebels": an ultimatum to Chad, the release Chad's and not yet done
        List<String> given = summaries(new Docs().add("Kenya/NNP/LOCATION gave/VBD/O/give Chad/NNP/LOCATION one/CD week/NN/O/week to/TO "
                        + "release/VB/O/release Sudanese/JJ rebels/NNS",
                "nsubj(gave-2, Kenya-1)", "root(ROOT-0, gave-2)", "iobj(gave-2, Chad-3)", "nummod(week-5, one-4)", "obj(gave-2, week-5)",
                "mark(release-7, to-6)", "advcl(gave-2, release-7)", "amod(rebels-9, Sudanese-8)", "obj(release-7, rebels-9)"));
        assertTrue(given.contains("KEN>TCD 139 asserted 2024-04-16"), given.toString());
        assertTrue(given.contains("TCD>SDNREB 0841 hypothetical 2024-04-16"), given.toString());
        // "Kenya ordered its army to withdraw": a command to its own forces, no demand
        List<String> ordered = summaries(new Docs().add("Kenya/NNP/LOCATION ordered/VBD/O/order Kenyan/JJ troops/NNS to/TO withdraw/VB",
                "nsubj(ordered-2, Kenya-1)", "root(ROOT-0, ordered-2)", "amod(troops-4, Kenyan-3)", "obj(ordered-2, troops-4)",
                "mark(withdraw-6, to-5)", "xcomp(ordered-2, withdraw-6)"));
        assertTrue(ordered.stream().noneMatch(e -> e.contains(" 100 ")), ordered.toString());
    }

    @Test
    void aWarningIsAtThePartyOfItsConditionAndOptimismAboutRelationsNamesTheirParty() {
        // "Iran warned that Iran would block the strait if America attacked"
        List<String> warned = summaries(new Docs().add("Iran/NNP/LOCATION warned/VBD/O/warn that/IN Iran/NNP/LOCATION would/MD "
                        + "block/VB/O/block the/DT strait/NN if/IN America/NNP/LOCATION attacked/VBD/O/attack",
                "nsubj(warned-2, Iran-1)", "root(ROOT-0, warned-2)", "mark(block-6, that-3)", "nsubj(block-6, Iran-4)",
                "aux(block-6, would-5)", "ccomp(warned-2, block-6)", "det(strait-8, the-7)", "obj(block-6, strait-8)",
                "mark(attacked-11, if-9)", "nsubj(attacked-11, America-10)", "advcl(block-6, attacked-11)"));
        assertTrue(warned.contains("IRN>USA 130 asserted 2024-04-16"), warned.toString());
        List<String> optimism = summaries(new Docs().add("Greece/NNP/LOCATION expressed/VBD/O/express optimism/NN/O/optimism about/IN "
                        + "relations/NNS with/IN Turkey/NNP/LOCATION",
                "nsubj(expressed-2, Greece-1)", "root(ROOT-0, expressed-2)", "obj(expressed-2, optimism-3)", "case(relations-5, about-4)",
                "obl(expressed-2, relations-5)", "case(Turkey-7, with-6)", "nmod(relations-5, Turkey-7)"));
        assertEquals(List.of("GRC>TUR 013 asserted 2024-04-16"), optimism);
    }

    @Test
    void noLongerNegatesAndUnidentifiedGunmenAreUnalignedWhoseKillingsOfJournalistsAreNotWar() {
        List<Event> allowed = events(new Docs().add("Iraq/NNP/LOCATION no/RB longer/RB allows/VBZ/O/allow Turkish/JJ troops/NNS",
                "nsubj(allows-4, Iraq-1)", "advmod(longer-3, no-2)", "advmod(allows-4, longer-3)", "root(ROOT-0, allows-4)",
                "amod(troops-6, Turkish-5)", "obj(allows-4, troops-6)"));
        assertEquals(Modality.NEGATED, allowed.get(0).modality());
        List<String> shot = summaries(new Docs().add("Unidentified/JJ gunmen/NNS shot/VBD/O/shoot a/DT Mexican/JJ journalist/NN",
                "amod(gunmen-2, Unidentified-1)", "nsubj(shot-3, gunmen-2)", "root(ROOT-0, shot-3)", "det(journalist-6, a-4)",
                "amod(journalist-6, Mexican-5)", "obj(shot-3, journalist-6)"));
        assertTrue(shot.stream().anyMatch(e -> e.startsWith("MEXUAF>MEXMED 18")), shot.toString());
    }

    @Test
    void aProtestInDefianceOfAPartyIsAtIt() {
        List<String> ev = summaries(new Docs().add("Kenyan/JJ students/NNS marched/VBD/O/march in/IN defiance/NN of/IN Chinese/JJ officials/NNS",
                "amod(students-2, Kenyan-1)", "nsubj(marched-3, students-2)", "root(ROOT-0, marched-3)", "case(defiance-5, in-4)",
                "obl(marched-3, defiance-5)", "case(officials-8, of-6)", "amod(officials-8, Chinese-7)", "nmod(defiance-5, officials-8)"));
        assertEquals(List.of("KENEDU>CHNGOV 141 asserted 2024-04-16"), ev);
    }

    @Test
    void aDoerPlacedOnlyByTheMainCountryIsNotTheStateItThanks() {
        // "The government thanked Japan" in a text about Japan: not Japan thanking itself
        List<String> ev = summaries(new Docs().add("The/DT government/NN thanked/VBD/O/thank Japan/NNP/LOCATION",
                "det(government-2, The-1)", "nsubj(thanked-3, government-2)", "root(ROOT-0, thanked-3)", "obj(thanked-3, Japan-4)"));
        assertEquals(List.of("--->JPN 051 asserted 2024-04-16"), ev);
        List<String> named = summaries(new Docs().add("The/DT Chinese/JJ government/NN thanked/VBD/O/thank Japan/NNP/LOCATION",
                "det(government-3, The-1)", "amod(government-3, Chinese-2)", "nsubj(thanked-4, government-3)", "root(ROOT-0, thanked-4)",
                "obj(thanked-4, Japan-5)"));
        assertEquals(List.of("CHNGOV>JPN 051 asserted 2024-04-16"), named, "a government the text places keeps its country");
    }

    @Test
    void theDayBeforeAndADayAfterCountFromTheDayTheTextLastTold() {
        String first = "Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ troops/NNS on/IN Saturday/NNP";
        String[] firstDeps = {"amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)",
                "amod(troops-5, Chadian-4)", "obj(attacked-3, troops-5)", "case(Saturday-7, on-6)", "obl(attacked-3, Saturday-7)"};
        List<String> before = summaries(new Docs().add(first, firstDeps)
                .add("The/DT day/NN before/RB ,/, Nigerian/JJ troops/NNS attacked/VBD/O/attack Sudanese/JJ rebels/NNS",
                        "det(day-2, The-1)", "obl:tmod(attacked-7, day-2)", "advmod(day-2, before-3)", "punct(attacked-7, ,-4)",
                        "amod(troops-6, Nigerian-5)", "nsubj(attacked-7, troops-6)", "root(ROOT-0, attacked-7)",
                        "amod(rebels-9, Sudanese-8)", "obj(attacked-7, rebels-9)"));
        assertTrue(before.containsAll(List.of("SDNREB>TCDMIL 190 asserted 2024-04-13", "NGAMIL>SDNREB 190 asserted 2024-04-12")), before.toString());
        List<String> after = summaries(new Docs().add(first, firstDeps)
                .add("Kenyan/JJ troops/NNS came/VBD a/DT day/NN after/IN Nigerian/JJ rebels/NNS attacked/VBD/O/attack Ugandan/JJ troops/NNS",
                        "amod(troops-2, Kenyan-1)", "nsubj(came-3, troops-2)", "root(ROOT-0, came-3)", "det(day-5, a-4)",
                        "dep(attacked-9, day-5)", "mark(attacked-9, after-6)", "amod(rebels-8, Nigerian-7)", "nsubj(attacked-9, rebels-8)",
                        "advcl(came-3, attacked-9)", "amod(troops-11, Ugandan-10)", "obj(attacked-9, troops-11)"));
        assertTrue(after.contains("NGAREB>UGAMIL 190 asserted 2024-04-12"), "a day before the Saturday last told: " + after);
    }

    @Test
    void aTimeModifyingWhatAnActIsAboutIsNotTheActsTime() {
        // "Police arrested two men over the 2019 attack": the arrests are not of 2019; "at Monday's meeting" is the act's
        String words = "Kenyan/JJ police/NNS arrested/VBD/O/arrest two/CD men/NNS %s/IN the/DT 2019/CD raid/NN";
        String[] deps = {"amod(police-2, Kenyan-1)", "nsubj(arrested-3, police-2)", "root(ROOT-0, arrested-3)", "nummod(men-5, two-4)",
                "obj(arrested-3, men-5)", "case(raid-9, %s-6)", "det(raid-9, the-7)", "amod(raid-9, 2019-8)", "obl(arrested-3, raid-9)"};
        deps[5] = "case(raid-9, over-6)";
        List<Event> over = events(new Docs().add(String.format(words, "over"), deps));
        assertEquals("publication", over.get(0).dateSource(), "the raid's year is not the arrests'");
        deps[5] = "case(raid-9, during-6)";
        List<Event> during = events(new Docs().add(String.format(words, "during"), deps));
        assertEquals("2019-01-01", during.get(0).eventDate(), "the raid the arrests were made in dates them");
    }

    @Test
    void aTimeInAClauseOfAnotherNounIsThatClausesTime() {
        // "Obama met the wife of a pastor held in Iran since 2012": the meeting is not of 2012
        List<Event> met = events(new Docs().add("Obama/NNP/PERSON met/VBD/O/meet the/DT wife/NN of/IN a/DT pastor/NN held/VBN/O/hold "
                        + "in/IN Iran/NNP/LOCATION since/IN 2012/CD",
                "nsubj(met-2, Obama-1)", "root(ROOT-0, met-2)", "det(wife-4, the-3)", "obj(met-2, wife-4)", "case(pastor-7, of-5)",
                "det(pastor-7, a-6)", "nmod(wife-4, pastor-7)", "acl(pastor-7, held-8)", "case(Iran-10, in-9)", "obl(held-8, Iran-10)",
                "case(2012-12, since-11)", "obl(held-8, 2012-12)"));
        assertEquals("publication", met.get(0).dateSource(), met.toString());
        // "killed militants who had attacked a checkpoint on Thursday": the killing is not dated by the attack's day
        List<Event> killed = events(new Docs().add("Pakistani/JJ troops/NNS killed/VBD/O/kill Taliban/NNP/ORGANIZATION fighters/NNS "
                        + "who/WP had/VBD attacked/VBN/O/attack a/DT Pakistani/JJ checkpoint/NN on/IN Thursday/NNP",
                "amod(troops-2, Pakistani-1)", "nsubj(killed-3, troops-2)", "root(ROOT-0, killed-3)", "compound(fighters-5, Taliban-4)",
                "obj(killed-3, fighters-5)", "nsubj(attacked-8, who-6)", "aux(attacked-8, had-7)", "acl:relcl(fighters-5, attacked-8)",
                "det(checkpoint-11, a-9)", "amod(checkpoint-11, Pakistani-10)", "obj(attacked-8, checkpoint-11)", "case(Thursday-13, on-12)",
                "obl(attacked-8, Thursday-13)"));
        assertTrue(killed.stream().anyMatch(e -> e.trigger().text().equals("attacked") && e.eventDate().equals("2024-04-11")), killed.toString());
        assertTrue(killed.stream().anyMatch(e -> e.trigger().text().equals("killed") && e.dateSource().equals("publication")), killed.toString());
    }
    @Test
    void modalities() {
        assertEquals(Modality.NEGATED, events(new Docs().add("Iran/NNP did/VBD not/RB attack/VB/O/attack Israel/NNP",
                "nsubj(attack-4, Iran-1)", "aux(attack-4, did-2)", "advmod(attack-4, not-3)", "root(ROOT-0, attack-4)",
                "obj(attack-4, Israel-5)")).get(0).modality());
        assertEquals(Modality.HYPOTHETICAL, events(new Docs().add("Iran/NNP could/MD attack/VB/O/attack Israel/NNP",
                "nsubj(attack-3, Iran-1)", "aux(attack-3, could-2)", "root(ROOT-0, attack-3)", "obj(attack-3, Israel-4)")).get(0).modality());
        assertEquals(Modality.HYPOTHETICAL, events(new Docs().add("if/IN Iran/NNP attacks/VBZ/O/attack Israel/NNP ,/, war/NN follows/VBZ",
                "mark(attacks-3, if-1)", "nsubj(attacks-3, Iran-2)", "advcl(follows-7, attacks-3)", "obj(attacks-3, Israel-4)",
                "punct(follows-7, ,-5)", "nsubj(follows-7, war-6)", "root(ROOT-0, follows-7)")).get(0).modality());
        assertEquals(Modality.INTENDED, events(new Docs().add("Iran/NNP will/MD attack/VB/O/attack Israel/NNP",
                "nsubj(attack-3, Iran-1)", "aux(attack-3, will-2)", "root(ROOT-0, attack-3)", "obj(attack-3, Israel-4)")).get(0).modality());
        List<Event> vowed = events(new Docs().add("Iran/NNP vowed/VBD/O/vow to/TO attack/VB/O/attack Israel/NNP",
                "nsubj(vowed-2, Iran-1)", "root(ROOT-0, vowed-2)", "mark(attack-4, to-3)", "xcomp(vowed-2, attack-4)", "obj(attack-4, Israel-5)"));
        assertEquals("IRN>ISR 190 intended 2024-04-16", summary(vowed.get(0)), "the subject of vowed attacks, intended");
        assertEquals(Modality.NEGATED, events(new Docs().add("Iran/NNP refused/VBD/O/refuse to/TO attack/VB/O/attack Israel/NNP",
                "nsubj(refused-2, Iran-1)", "root(ROOT-0, refused-2)", "mark(attack-4, to-3)", "xcomp(refused-2, attack-4)",
                "obj(attack-4, Israel-5)")).get(0).modality());
    }

    @Test
    void coordinatedActorsGiveOneEventEach() {
        List<Event> ev = events(new Docs().add("Jordan/NNP and/CC Saudi/NNP Arabia/NNP aided/VBD/O/aid Israel/NNP",
                "nsubj(aided-5, Jordan-1)", "cc(Arabia-4, and-2)", "compound(Arabia-4, Saudi-3)", "conj(Jordan-1, Arabia-4)",
                "root(ROOT-0, aided-5)", "obj(aided-5, Israel-6)"));
        assertEquals(List.of("JOR>ISR 070 asserted 2024-04-16", "SAU>ISR 070 asserted 2024-04-16"), ev.stream().map(DependencyFrameCoderTest::summary).toList());
    }

    @Test
    void prepositionalTargetsLightVerbsParticlesAndEventNouns() {
        assertEquals("RUS>UKR 190 asserted 2024-04-16", summary(events(new Docs().add("Russia/NNP clashed/VBD/O/clash with/IN Ukraine/NNP",
                "nsubj(clashed-2, Russia-1)", "root(ROOT-0, clashed-2)", "case(Ukraine-4, with-3)", "obl(clashed-2, Ukraine-4)")).get(0)));
        Event light = events(new Docs().add("Iran/NNP launched/VBD/O/launch an/DT attack/NN on/IN Israel/NNP",
                "nsubj(launched-2, Iran-1)", "root(ROOT-0, launched-2)", "det(attack-4, an-3)", "obj(launched-2, attack-4)",
                "case(Israel-6, on-5)", "nmod(attack-4, Israel-6)")).get(0);
        assertEquals("IRN>ISR 190 asserted 2024-04-16", summary(light));
        assertEquals("launched an attack", light.trigger().text());
        assertEquals("MLI>FRA 0874 asserted 2024-04-16", summary(events(new Docs().add(
                "Malian/JJ troops/NNS pulled/VBD/O/pull out/RP of/IN France/NNP",
                "amod(troops-2, Malian-1)", "nsubj(pulled-3, troops-2)", "root(ROOT-0, pulled-3)", "compound:prt(pulled-3, out-4)",
                "case(France-6, of-5)", "obl(pulled-3, France-6)")).get(0)).replace("MLIMIL", "MLI"));
        assertEquals("IRN>ISR 190 asserted 2024-04-16", summary(events(new Docs().add("Iran/NNP 's/POS attack/NN on/IN Israel/NNP failed/VBD",
                "nmod:poss(attack-3, Iran-1)", "case(Iran-1, 's-2)", "nsubj(failed-6, attack-3)", "case(Israel-5, on-4)",
                "nmod(attack-3, Israel-5)", "root(ROOT-0, failed-6)")).get(0)));
        assertEquals("NER>FRA 161 asserted 2024-04-16", summary(events(new Docs().add("Niger/NNP cut/VBD/O/cut ties/NNS/O/tie with/IN France/NNP",
                "nsubj(cut-2, Niger-1)", "root(ROOT-0, cut-2)", "obj(cut-2, ties-3)", "case(France-5, with-4)", "obl(cut-2, France-5)")).get(0)));
    }

    @Test
    void locationStandsInForAnUnnamedTargetAndNoEventWithoutActors() {
        Event e = events(new Docs().add("Israeli/JJ jets/NNS attacked/VBD/O/attack targets/NNS in/IN Syria/NNP",
                "amod(jets-2, Israeli-1)", "nsubj(attacked-3, jets-2)", "root(ROOT-0, attacked-3)", "obj(attacked-3, targets-4)",
                "case(Syria-6, in-5)", "nmod(targets-4, Syria-6)")).get(0);
        assertEquals("SYR", e.target().actor().code(), "the place in another country stands in for the unnamed target");
        assertEquals(io.casus.model.Actor.Basis.CONTEXT, e.target().actor().basis());
        assertEquals("SYR", e.location().country());
        assertEquals("Syria", e.location().place());
        assertTrue(events(new Docs().add("Someone/NN attacked/VBD/O/attack something/NN",
                "nsubj(attacked-2, Someone-1)", "root(ROOT-0, attacked-2)", "obj(attacked-2, something-3)")).isEmpty());
    }

    @Test
    void anUnnamedTargetIsTheOwnerOfWhatIsActedOnOrTheSubjectOfTheDemandedClause() {
        assertEquals("BGD>IND 120 asserted 2024-04-16", summary(events(new Docs().add(
                "Bangladesh/NNP rejected/VBD/O/reject an/DT Indian/JJ proposal/NN",
                "nsubj(rejected-2, Bangladesh-1)", "root(ROOT-0, rejected-2)", "det(proposal-5, an-3)", "amod(proposal-5, Indian-4)",
                "obj(rejected-2, proposal-5)")).get(0)));
        assertEquals("DEU>BLR 120 asserted 2024-04-16", summary(events(new Docs().add(
                "Germany/NNP rejected/VBD/O/reject a/DT proposal/NN by/IN Belarus/NNP",
                "nsubj(rejected-2, Germany-1)", "root(ROOT-0, rejected-2)", "det(proposal-4, a-3)", "obj(rejected-2, proposal-4)",
                "case(Belarus-6, by-5)", "nmod(proposal-4, Belarus-6)")).get(0)));
        assertEquals("CHN>USA 100 asserted 2024-04-16", summary(events(new Docs().add(
                "China/NNP demanded/VBD/O/demand that/IN the/DT US/NNP cancel/VB the/DT sale/NN",
                "nsubj(demanded-2, China-1)", "root(ROOT-0, demanded-2)", "mark(cancel-6, that-3)", "det(US-5, the-4)",
                "nsubj(cancel-6, US-5)", "ccomp(demanded-2, cancel-6)", "det(sale-8, the-7)", "obj(cancel-6, sale-8)")).get(0)));
        List<Event> threat = events(new Docs().add(
                "Al-Qaeda/NNP threatened/VBD/O/threaten to/TO deliver/VB/O/deliver blows/NNS/O/blow to/IN Britain/NNP",
                "nsubj(threatened-2, Al-Qaeda-1)", "root(ROOT-0, threatened-2)", "mark(deliver-4, to-3)", "xcomp(threatened-2, deliver-4)",
                "obj(deliver-4, blows-5)", "case(Britain-7, to-6)", "obl(deliver-4, Britain-7)"));
        assertTrue(threat.stream().anyMatch(e -> summary(e).startsWith("IMGMOSALQ>GBR 13")), threat.toString());
        assertEquals(List.of("EGY>SRB 165 asserted 2024-04-16"), summaries(new Docs().add(
                "Egypt/NNP halted/VBD/O/halt mediation/NN efforts/NNS/O/effort among/IN Serbian/JJ factions/NNS",
                "nsubj(halted-2, Egypt-1)", "root(ROOT-0, halted-2)", "compound(efforts-4, mediation-3)", "obj(halted-2, efforts-4)",
                "case(factions-7, among-5)", "amod(factions-7, Serbian-6)", "nmod(efforts-4, factions-7)")),
                "an object noun named by its compound ('mediation efforts'); the parties it is among");
        assertEquals("USA>---", summary(events(new Docs().add("The/DT US/NNP rejected/VBD/O/reject the/DT proposal/NN",
                "det(US-2, The-1)", "nsubj(rejected-3, US-2)", "root(ROOT-0, rejected-3)", "det(proposal-5, the-4)",
                "obj(rejected-3, proposal-5)")).get(0)).substring(0, 7), "no owner named, no target");
    }

    private static List<String> summaries(Docs d) {
        return events(d).stream().map(DependencyFrameCoderTest::summary).toList();
    }

    @Test
    void whatIsSaidOfAnActNotDoneIsAnActOfSaying() {
        List<String> ultimatum = summaries(new Docs().add(
                "Nigeria/NNP will/MD withdraw/VB/O/withdraw from/IN Chad/NNP unless/IN Chad/NNP pays/VBZ/O/pay",
                "nsubj(withdraw-3, Nigeria-1)", "aux(withdraw-3, will-2)", "root(ROOT-0, withdraw-3)", "case(Chad-5, from-4)",
                "obl(withdraw-3, Chad-5)", "mark(pays-8, unless-6)", "nsubj(pays-8, Chad-7)", "advcl(withdraw-3, pays-8)"));
        assertTrue(ultimatum.contains("NGA>TCD 0874 intended 2024-04-16"), ultimatum.toString());
        assertTrue(ultimatum.contains("NGA>TCD 139 asserted 2024-04-16"), "acting unless the other acts is an ultimatum: " + ultimatum);

        List<String> refusal = summaries(new Docs().add("Iran/NNP will/MD not/RB meet/VB/O/meet Britain/NNP",
                "nsubj(meet-4, Iran-1)", "aux(meet-4, will-2)", "advmod(meet-4, not-3)", "root(ROOT-0, meet-4)", "obj(meet-4, Britain-5)"));
        assertEquals(List.of("IRN>GBR 040 negated 2024-04-16", "IRN>GBR 125 asserted 2024-04-16"), refusal);

        String[] offer = {"nsubj(meet-3, Iran-1)", "aux(meet-3, would-2)", "root(ROOT-0, meet-3)", "obj(meet-3, Britain-4)",
                "mark(apologises-7, if-5)", "nsubj(apologises-7, Britain-6)", "advcl(meet-3, apologises-7)"};
        assertEquals(List.of("IRN>GBR 040 hypothetical 2024-04-16", "IRN>GBR 036 asserted 2024-04-16"), summaries(new Docs().add(
                "Iran/NNP would/MD meet/VB/O/meet Britain/NNP if/IN Britain/NNP apologises/VBZ/O/apologise", offer)));
        assertEquals(List.of("IRN>GBR 040 negated 2024-04-16"), summaries(new Docs().add(
                "Iran/NNP would/MD not/RB have/VB met/VBN/O/meet Britain/NNP",
                "nsubj(met-5, Iran-1)", "aux(met-5, would-2)", "advmod(met-5, not-3)", "aux(met-5, have-4)", "root(ROOT-0, met-5)",
                "obj(met-5, Britain-6)")), "a counterfactual past refuses nothing");
        assertEquals(List.of("IRN>GBR 040 negated 2024-04-16"), summaries(new Docs().add(
                "Iran/NNP 's/POS plans/NNS/O/plan will/MD not/RB meet/VB/O/meet Britain/NNP",
                "nmod:poss(plans-3, Iran-1)", "case(Iran-1, 's-2)", "nsubj(meet-6, plans-3)", "aux(meet-6, will-4)", "advmod(meet-6, not-5)",
                "root(ROOT-0, meet-6)", "obj(meet-6, Britain-7)")), "a thing of a party states nothing");
        offer[1] = "aux(meet-3, could-2)";
        assertEquals(List.of("IRN>GBR 040 hypothetical 2024-04-16"), summaries(new Docs().add(
                "Iran/NNP could/MD meet/VB/O/meet Britain/NNP if/IN Britain/NNP apologises/VBZ/O/apologise", offer)),
                "a possibility is not a commitment");
    }

    @Test
    void sayingAnotherPartyMustActIsADemandAndAllegingItsForceAnAccusation() {
        assertEquals(List.of("FRA>MLI 100 asserted 2024-04-16"), summaries(new Docs().add(
                "France/NNP said/VBD/O/say Mali/NNP must/MD hold/VB/O/hold elections/NNS/O/election",
                "nsubj(said-2, France-1)", "root(ROOT-0, said-2)", "nsubj(hold-5, Mali-3)", "aux(hold-5, must-4)",
                "ccomp(said-2, hold-5)", "obj(hold-5, elections-6)")).stream().filter(x -> x.contains(" 100 ")).toList());
        assertTrue(summaries(new Docs().add("France/NNP said/VBD/O/say it/PRP must/MD hold/VB/O/hold elections/NNS/O/election",
                "nsubj(said-2, France-1)", "root(ROOT-0, said-2)", "nsubj(hold-5, it-3)", "aux(hold-5, must-4)",
                "ccomp(said-2, hold-5)", "obj(hold-5, elections-6)")).stream().noneMatch(x -> x.contains(" 100 ")),
                "obliging oneself is no demand");
        assertTrue(summaries(new Docs().add("An/DT American/JJ senator/NN said/VBD/O/say the/DT US/NNP must/MD hold/VB/O/hold elections/NNS/O/election",
                "det(senator-3, An-1)", "amod(senator-3, American-2)", "nsubj(said-4, senator-3)", "root(ROOT-0, said-4)",
                "det(US-6, the-5)", "nsubj(hold-8, US-6)", "aux(hold-8, must-7)", "ccomp(said-4, hold-8)", "obj(hold-8, elections-9)"))
                .stream().noneMatch(x -> x.contains(" 100 ")), "nor is exhorting one's own country");
        List<String> claim = summaries(new Docs().add("Syria/NNP claimed/VBD/O/claim that/IN Turkey/NNP attacked/VBD/O/attack the/DT border/NN",
                "nsubj(claimed-2, Syria-1)", "root(ROOT-0, claimed-2)", "mark(attacked-5, that-3)", "nsubj(attacked-5, Turkey-4)",
                "ccomp(claimed-2, attacked-5)", "det(border-7, the-6)", "obj(attacked-5, border-7)"));
        assertTrue(claim.contains("SYR>TUR 112 asserted 2024-04-16"), claim.toString());
        assertTrue(claim.stream().noneMatch(x -> x.contains(" 190 asserted")), "a claimed attack is alleged, not established: " + claim);
        List<String> own = summaries(new Docs().add("Turkey/NNP said/VBD/O/say it/PRP attacked/VBD/O/attack Syria/NNP",
                "nsubj(said-2, Turkey-1)", "root(ROOT-0, said-2)", "nsubj(attacked-4, it-3)", "ccomp(said-2, attacked-4)",
                "obj(attacked-4, Syria-5)"));
        assertEquals(List.of("TUR>SYR 190 asserted 2024-04-16"), own, "'it' in a reported clause is the one reporting");
    }

    @Test
    void aResponseAnswersAnEarlierActOfForceAndGerundsOfMeansActForTheirClause() {
        String words = "An/DT Israeli/JJ response/NN/O/response is/VBZ inevitable/JJ/O/inevitable ./.";
        String[] response = {"det(response-3, An-1)", "amod(response-3, Israeli-2)", "nsubj(inevitable-5, response-3)", "cop(inevitable-5, is-4)",
                "root(ROOT-0, inevitable-5)", "punct(inevitable-5, .-6)"};
        assertTrue(events(new Docs().add(words, response)).isEmpty(), "nothing to answer, no event");
        List<String> answered = summaries(new Docs().add("Iran/NNP attacked/VBD/O/attack Israel/NNP ./.",
                "nsubj(attacked-2, Iran-1)", "root(ROOT-0, attacked-2)", "obj(attacked-2, Israel-3)", "punct(attacked-2, .-4)")
                .add(words, response));
        assertEquals(List.of("IRN>ISR 190 asserted 2024-04-16", "ISR>IRN 190 intended 2024-04-16", "ISR>IRN 138 asserted 2024-04-16"),
                answered, "an inevitable response is a stated threat");
        assertEquals(List.of("ISR>--- 1711 asserted 2024-04-16"), summaries(new Docs().add(
                "Israel/NNP succeeded/VBD/O/succeed in/IN intercepting/VBG/O/intercept the/DT ship/NN",
                "nsubj(succeeded-2, Israel-1)", "root(ROOT-0, succeeded-2)", "mark(intercepting-4, in-3)",
                "advcl(succeeded-2, intercepting-4)", "det(ship-6, the-5)", "obj(intercepting-4, ship-6)")));
        List<String> protest = summaries(new Docs().add("Kenyan/JJ protesters/NNS demonstrated/VBD/O/demonstrate",
                "amod(protesters-2, Kenyan-1)", "nsubj(demonstrated-3, protesters-2)", "root(ROOT-0, demonstrated-3)"));
        assertEquals(1, protest.size());
        assertTrue(protest.get(0).matches("KEN\\w*>KEN 141 asserted 2024-04-16"), "a protest naming no one is addressed at home: " + protest);
    }

    @Test
    void whoDoesAnOpenComplementAndAParticipialAdjunct() {
        List<String> urged = summaries(new Docs().add("France/NNP urged/VBD/O/urge Mali/NNP to/TO attack/VB/O/attack Niger/NNP",
                "nsubj(urged-2, France-1)", "root(ROOT-0, urged-2)", "obj(urged-2, Mali-3)", "mark(attack-5, to-4)",
                "xcomp(urged-2, attack-5)", "obj(attack-5, Niger-6)"));
        assertEquals(List.of("FRA>MLI 020 asserted 2024-04-16", "MLI>NER 190 hypothetical 2024-04-16"), urged,
                "the urged party would do the act; the one urging states no intention of its own");
        List<String> wants = summaries(new Docs().add("France/NNP wants/VBZ/O/want Mali/NNP to/TO attack/VB/O/attack Niger/NNP",
                "nsubj(wants-2, France-1)", "root(ROOT-0, wants-2)", "obj(wants-2, Mali-3)", "mark(attack-5, to-4)",
                "xcomp(wants-2, attack-5)", "obj(attack-5, Niger-6)"));
        assertTrue(wants.contains("FRA>MLI 020 asserted 2024-04-16"), "wanting another party to act is appealing to it: " + wants);
        List<String> vowed = summaries(new Docs().add("France/NNP vowed/VBD/O/vow to/TO attack/VB/O/attack Niger/NNP",
                "nsubj(vowed-2, France-1)", "root(ROOT-0, vowed-2)", "mark(attack-4, to-3)", "xcomp(vowed-2, attack-4)",
                "obj(attack-4, Niger-5)"));
        assertEquals(List.of("FRA>NER 190 intended 2024-04-16", "FRA>NER 138 asserted 2024-04-16"), vowed);
        List<String> reported = summaries(new Docs().add("Iran/NNP said/VBD/O/say it/PRP would/MD attack/VB/O/attack Iraq/NNP",
                "nsubj(said-2, Iran-1)", "root(ROOT-0, said-2)", "nsubj(attack-5, it-3)", "aux(attack-5, would-4)",
                "ccomp(said-2, attack-5)", "obj(attack-5, Iraq-6)"));
        assertEquals(List.of("IRN>IRQ 190 intended 2024-04-16", "IRN>IRQ 138 asserted 2024-04-16"), reported,
                "a reported 'would' of the reporter is its 'will'");
        List<String> dated = summaries(new Docs().add("Iran/NNP said/VBD/O/say on/IN Saturday/NNP it/PRP would/MD attack/VB/O/attack Iraq/NNP",
                "nsubj(said-2, Iran-1)", "root(ROOT-0, said-2)", "case(Saturday-4, on-3)", "obl(said-2, Saturday-4)", "nsubj(attack-7, it-5)",
                "aux(attack-7, would-6)", "ccomp(said-2, attack-7)", "obj(attack-7, Iraq-8)"));
        assertTrue(dated.contains("IRN>IRQ 138 asserted 2024-04-13"), "the threat is dated when it was said: " + dated);
        List<String> adjunct = summaries(new Docs().add(
                "Egypt/NNP held/VBD/O/hold talks/NNS/O/talk with/IN Libya/NNP ,/, offering/VBG/O/offer support/NN/O/support to/IN Chad/NNP",
                "nsubj(held-2, Egypt-1)", "root(ROOT-0, held-2)", "obj(held-2, talks-3)", "case(Libya-5, with-4)", "nmod(talks-3, Libya-5)",
                "punct(held-2, ,-6)", "advcl(held-2, offering-7)", "obj(offering-7, support-8)", "case(Chad-10, to-9)", "obl(offering-7, Chad-10)"));
        assertEquals(List.of("EGY>LBY 046 asserted 2024-04-16", "LBY>EGY 046 asserted 2024-04-16", "EGY>TCD 030 asserted 2024-04-16"),
                adjunct, "talks with a partner are mutual (mutual.tsv); the offer is one-sided");
    }

    @Test
    void placesAndPeoples() {
        List<String> ethnic = summaries(new Docs().add(
                "Ethnic/JJ Albanians/NNPS demonstrated/VBD/O/demonstrate on/IN Tuesday/NNP in/IN Serbia/NNP",
                "amod(Albanians-2, Ethnic-1)", "nsubj(demonstrated-3, Albanians-2)", "root(ROOT-0, demonstrated-3)", "case(Tuesday-5, on-4)",
                "obl(demonstrated-3, Tuesday-5)", "case(Serbia-7, in-6)", "nmod(Tuesday-5, Serbia-7)"));
        assertEquals(List.of("SRB>SRB 141 asserted 2024-04-16"), ethnic,
                "a people named by ethnicity acts where it is; the place hanging off the day is the act's");
        assertEquals(List.of("BIH>BIH 141 asserted 2024-04-16"), summaries(new Docs().add(
                "Bosnian/JJ Serbs/NNPS demonstrated/VBD/O/demonstrate", "amod(Serbs-2, Bosnian-1)", "nsubj(demonstrated-3, Serbs-2)",
                "root(ROOT-0, demonstrated-3)")), "a people is coded by the country the phrase says it lives in");
        assertEquals(List.of(), summaries(new Docs().add("Algeria/NNP demonstrated/VBD/O/demonstrate that/IN it/PRP was/VBD strong/JJ",
                "nsubj(demonstrated-2, Algeria-1)", "root(ROOT-0, demonstrated-2)", "mark(strong-6, that-3)", "nsubj(strong-6, it-4)",
                "cop(strong-6, was-5)", "ccomp(demonstrated-2, strong-6)")), "a blocking frame: demonstrating that is showing");
        List<String> home = summaries(new Docs().add("Algeria/NNP demonstrated/VBD/O/demonstrate", "nsubj(demonstrated-2, Algeria-1)",
                "root(ROOT-0, demonstrated-2)"));
        assertEquals(List.of("DZA>DZA 141 asserted 2024-04-16"), home, "a domestic act by a bare country still addresses home");
        assertEquals(List.of("RUS>SYR 192 asserted 2024-04-16"), summaries(new Docs().add(
                "Russia/NNP captured/VBD/O/capture Aleppo/NNP/LOCATION", "nsubj(captured-2, Russia-1)", "root(ROOT-0, captured-2)",
                "obj(captured-2, Aleppo-3)")), "a place acted on is its country's (places.tsv)");
        assertEquals(List.of("TUR>SYR 191 intended 2024-04-16", "TUR>SYR 1381 asserted 2024-04-16"), summaries(new Docs().add(
                "Turkey/NNP will/MD blockade/NN/O/blockade Syria/NNP", "nsubj(blockade-3, Turkey-1)", "aux(blockade-3, will-2)",
                "root(ROOT-0, blockade-3)", "obj(blockade-3, Syria-4)")), "a noun heading a clause is a mistagged verb");
        assertEquals(List.of("---" + ">IGOUNO 010 asserted 2024-04-16"), summaries(new Docs().add(
                "a/DT letter/NN/O/letter handed/VBN/O/hand over/RP to/IN the/DT United/NNP Nations/NNPS",
                "det(letter-2, a-1)", "root(ROOT-0, letter-2)", "acl(letter-2, handed-3)", "compound:prt(handed-3, over-4)",
                "case(Nations-8, to-5)", "det(Nations-8, the-6)", "compound(Nations-8, United-7)", "obl(handed-3, Nations-8)")),
                "a participle's object is the noun it modifies");
        Event eased = events(new Docs().add("Serbia/NNP attacked/VBD/O/attack in/IN Montenegro/NNP province/NN",
                "nsubj(attacked-2, Serbia-1)", "root(ROOT-0, attacked-2)", "case(province-5, in-3)", "compound(province-5, Montenegro-4)",
                "obl(attacked-2, province-5)")).get(0);
        assertEquals("MNE", eased.location().country(), "a named place modifying the place noun");
    }

    @Test
    void forceIsMadeSpecificByItsMeansAndItsVictims() {
        assertEquals(List.of("RUS>AFG 195 asserted 2024-04-16"), summaries(new Docs().add(
                "Russian/JJ jets/NNS/O/jet attacked/VBD/O/attack Afghan/JJ civilians/NNS",
                "amod(jets-2, Russian-1)", "nsubj(attacked-3, jets-2)", "root(ROOT-0, attacked-3)", "amod(civilians-5, Afghan-4)",
                "obj(attacked-3, civilians-5)")).stream().map(x -> x.replaceAll("^RUS\\w*>AFG\\w*", "RUS>AFG")).toList(),
                "jets make it air power");
        assertEquals(List.of("SDN>TCD 180 asserted 2024-04-16"), summaries(new Docs().add(
                "Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ civilians/NNS",
                "amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)", "amod(civilians-5, Chadian-4)",
                "obj(attacked-3, civilians-5)")).stream().map(x -> x.replaceAll("^SDN\\w*>TCD\\w*", "SDN>TCD")).toList(),
                "unspecified force against civilians is unconventional violence");
        List<String> verbal = summaries(new Docs().add("The/DT Iranian/JJ president/NN attacked/VBD/O/attack Israeli/JJ lawmakers/NNS",
                "det(president-3, The-1)", "amod(president-3, Iranian-2)", "nsubj(attacked-4, president-3)", "root(ROOT-0, attacked-4)",
                "amod(lawmakers-6, Israeli-5)", "obj(attacked-4, lawmakers-6)"));
        assertEquals(List.of("IRNGOV>ISRLEG 111 asserted 2024-04-16"), verbal, "a politician attacking politicians criticises them");
        assertEquals(List.of("SDN>TCD 1833 asserted 2024-04-16"), summaries(new Docs().add(
                "A/DT roadside/NN bomb/NN/O/bomb attacked/VBD/O/attack Chadian/JJ troops/NNS ./.",
                "det(bomb-3, A-1)", "compound(bomb-3, roadside-2)", "nsubj(attacked-4, bomb-3)", "root(ROOT-0, attacked-4)",
                "amod(troops-6, Chadian-5)", "obj(attacked-4, troops-6)", "punct(attacked-4, .-7)")).stream()
                .map(x -> x.replaceAll("^---", "SDN").replaceAll(">TCD\\w*", ">TCD")).toList());
    }

    @Test
    void anEventNounCancelledOrOnlyPossibleDidNotHappen() {
        List<String> cancelled = summaries(new Docs().add("A/DT French/JJ minister/NN cancelled/VBD/O/cancel a/DT visit/NN/O/visit to/IN Haiti/NNP",
                "det(minister-3, A-1)", "amod(minister-3, French-2)", "nsubj(cancelled-4, minister-3)", "root(ROOT-0, cancelled-4)",
                "det(visit-6, a-5)", "obj(cancelled-4, visit-6)", "case(Haiti-8, to-7)", "nmod(visit-6, Haiti-8)"));
        assertTrue(cancelled.contains("FRAGOV>HTI 160 asserted 2024-04-16"), cancelled.toString());
        assertTrue(cancelled.stream().noneMatch(x -> x.contains(" 042 asserted")), "the cancelled visit did not take place: " + cancelled);
        List<String> possible = summaries(new Docs().add("a/DT possible/JJ attack/NN/O/attack on/IN Iraq/NNP",
                "det(attack-3, a-1)", "amod(attack-3, possible-2)", "root(ROOT-0, attack-3)", "case(Iraq-5, on-4)", "nmod(attack-3, Iraq-5)"));
        assertEquals(List.of("---" + ">IRQ 190 hypothetical 2024-04-16"), possible);
    }

    @Test
    void clausesAndNounsThatAreNotActsOfTheirOwn() {
        List<String> attacks = summaries(new Docs().add("US/NNP attacks/NNS/O/attack killed/VBD/O/kill Iraqi/JJ soldiers/NNS",
                "compound(attacks-2, US-1)", "nsubj(killed-3, attacks-2)", "root(ROOT-0, killed-3)", "amod(soldiers-5, Iraqi-4)",
                "obj(killed-3, soldiers-5)"));
        assertEquals(1, attacks.size(), "the attacks that killed are the killing: " + attacks);
        List<String> demanded = summaries(new Docs().add("China/NNP demanded/VBD/O/demand that/IN Japan/NNP attack/VB/O/attack Taiwan/NNP",
                "nsubj(demanded-2, China-1)", "root(ROOT-0, demanded-2)", "mark(attack-5, that-3)", "nsubj(attack-5, Japan-4)",
                "ccomp(demanded-2, attack-5)", "obj(attack-5, Taiwan-6)"));
        assertTrue(demanded.contains("JPN>TWN 190 hypothetical 2024-04-16"), "a demanded act is only wished for: " + demanded);
        List<String> resign = summaries(new Docs().add(
                "The/DT minister/NN was/VBD indicted/VBN/O/indict by/IN Iraq/NNP and/CC resigned/VBD/O/resign",
                "det(minister-2, The-1)", "nsubj:pass(indicted-4, minister-2)", "aux:pass(indicted-4, was-3)", "root(ROOT-0, indicted-4)",
                "case(Iraq-6, by-5)", "obl(indicted-4, Iraq-6)", "cc(resigned-8, and-7)", "conj(indicted-4, resigned-8)"));
        assertTrue(resign.stream().noneMatch(x -> x.startsWith("IRQ>--- 0831")), "the indicted minister resigned, not the court: " + resign);
    }

    @Test
    void obliqueNounsPluralsStancesAndWhatAnActIsReadiedFor() {
        assertEquals(List.of("SYRREB>PHLMIL 193 asserted 2024-04-16"), summaries(new Docs().add(
                "Syrian/JJ rebels/NNS engaged/VBD/O/engage Filipino/JJ peacekeepers/NNS in/IN a/DT firefight/NN",
                "amod(rebels-2, Syrian-1)", "nsubj(engaged-3, rebels-2)", "root(ROOT-0, engaged-3)", "amod(peacekeepers-5, Filipino-4)",
                "obj(engaged-3, peacekeepers-5)", "case(firefight-8, in-6)", "det(firefight-8, a-7)", "obl(engaged-3, firefight-8)")),
                "a frame's noun can be an oblique ('+in:firefight')");
        assertEquals(List.of("NPL>LBR 074 asserted 2024-04-16"), summaries(new Docs().add(
                "Nepal/NNP contributed/VBD/O/contribute money/NN and/CC troops/NNS/O/troops to/IN Liberia/NNP",
                "nsubj(contributed-2, Nepal-1)", "root(ROOT-0, contributed-2)", "obj(contributed-2, money-3)", "cc(troops-5, and-4)",
                "conj(money-3, troops-5)", "case(Liberia-7, to-6)", "obl(contributed-2, Liberia-7)")), "a frame's noun may be a conjunct");
        assertTrue(summaries(new Docs().add("Syrian/JJ rebels/NNS engaged/VBD/O/engage Filipino/JJ peacekeepers/NNS",
                "amod(rebels-2, Syrian-1)", "nsubj(engaged-3, rebels-2)", "root(ROOT-0, engaged-3)", "amod(peacekeepers-5, Filipino-4)",
                "obj(engaged-3, peacekeepers-5)")).isEmpty(), "without the oblique noun the frame does not fire");
        assertEquals(List.of("NPL>LBR 074 asserted 2024-04-16"), summaries(new Docs().add(
                "Nepal/NNP contributed/VBD/O/contribute troops/NNS/O/troops to/IN Liberia/NNP",
                "nsubj(contributed-2, Nepal-1)", "root(ROOT-0, contributed-2)", "obj(contributed-2, troops-3)", "case(Liberia-5, to-4)",
                "obl(contributed-2, Liberia-5)")), "a plural CoreNLP leaves unlemmatised still matches '+troop'");
        assertEquals(List.of("ISR>FRA 126 asserted 2024-04-16"), summaries(new Docs().add(
                "Israel/NNP is/VBZ opposed/VBN/O/oppose to/IN French/JJ mediation/NN",
                "nsubj:pass(opposed-3, Israel-1)", "aux:pass(opposed-3, is-2)", "root(ROOT-0, opposed-3)", "case(mediation-6, to-4)",
                "amod(mediation-6, French-5)", "obl(opposed-3, mediation-6)")), "'is opposed to' is Israel's stance, not an act on Israel");
        assertEquals(List.of("IRN>ISR 110 asserted 2024-04-16"), summaries(new Docs().add(
                "Israel/NNP was/VBD opposed/VBN/O/oppose by/IN Iran/NNP",
                "nsubj:pass(opposed-3, Israel-1)", "aux:pass(opposed-3, was-2)", "root(ROOT-0, opposed-3)", "case(Iran-5, by-4)",
                "obl(opposed-3, Iran-5)")), "a true passive keeps its by-agent as the source");
        assertEquals(List.of("GBR>IRQ 154 asserted 2024-04-16"), summaries(new Docs().add(
                "Britain/NNP mobilized/VBD/O/mobilize reservists/NNS/O/reservist for/IN a/DT war/NN against/IN Iraq/NNP",
                "nsubj(mobilized-2, Britain-1)", "root(ROOT-0, mobilized-2)", "obj(mobilized-2, reservists-3)", "case(war-6, for-4)",
                "det(war-6, a-5)", "obl(mobilized-2, war-6)", "case(Iraq-8, against-7)", "nmod(war-6, Iraq-8)")).stream()
                .filter(x -> x.contains(" 154 ")).toList(), "the target is the party of the act readied for");
        List<String> sworn = summaries(new Docs().add("Albanian/JJ rebels/NNS have/VBP sworn/VBN/O/swear to/TO fight/VB/O/fight",
                "amod(rebels-2, Albanian-1)", "nsubj(sworn-4, rebels-2)", "aux(sworn-4, have-3)", "root(ROOT-0, sworn-4)",
                "mark(fight-6, to-5)", "xcomp(sworn-4, fight-6)"));
        assertTrue(sworn.stream().noneMatch(x -> x.contains(" 190 asserted")), "a sworn fight is intended, not fought: " + sworn);
        List<String> spokesman = summaries(new Docs().add(
                "Israel/NNP will/MD evacuate/VB/O/evacuate settlements/NNS/O/settlement in/IN Gaza/NNP ,/, said/VBD/O/say spokesperson/NN",
                "nsubj(evacuate-3, Israel-1)", "aux(evacuate-3, will-2)", "root(ROOT-0, evacuate-3)", "obj(evacuate-3, settlements-4)",
                "case(Gaza-6, in-5)", "nmod(settlements-4, Gaza-6)", "punct(evacuate-3, ,-7)", "obj(evacuate-3, spokesperson-9)",
                "amod(spokesperson-9, said-8)"));
        assertTrue(spokesman.contains("ISR>PSE 0874 intended 2024-04-16"), "the misparsed speaker is no target: " + spokesman);
    }

    @Test
    void anActInANounsPhraseAndTheNounOfALightVerb() {
        List<String> thwarted = summaries(new Docs().add(
                "An/DT attempt/NN to/TO assassinate/VB/O/assassinate the/DT Russian/JJ governor/NN was/VBD thwarted/VBN/O/thwart",
                "det(attempt-2, An-1)", "nsubj:pass(thwarted-8, attempt-2)", "mark(assassinate-4, to-3)", "acl(attempt-2, assassinate-4)",
                "det(governor-7, the-5)", "amod(governor-7, Russian-6)", "obj(assassinate-4, governor-7)", "aux:pass(thwarted-8, was-7)",
                "root(ROOT-0, thwarted-8)"));
        assertTrue(thwarted.stream().noneMatch(x -> x.contains("asserted")), "a thwarted attempt killed no one: " + thwarted);
        List<String> plan = summaries(new Docs().add("Syria/NNP unveiled/VBD a/DT plan/NN to/TO attack/VB/O/attack Israel/NNP",
                "nsubj(unveiled-2, Syria-1)", "root(ROOT-0, unveiled-2)", "det(plan-4, a-3)", "obj(unveiled-2, plan-4)",
                "mark(attack-6, to-5)", "acl(plan-4, attack-6)", "obj(attack-6, Israel-7)"));
        assertTrue(plan.contains("SYR>ISR 190 hypothetical 2024-04-16"), "a plan to attack is no attack: " + plan);
        List<String> lifted = summaries(new Docs().add("The/DT US/NNP lifted/VBD/O/lift the/DT sanctions/NNS/O/sanction on/IN Iran/NNP",
                "det(US-2, The-1)", "nsubj(lifted-3, US-2)", "root(ROOT-0, lifted-3)", "det(sanctions-5, the-4)", "obj(lifted-3, sanctions-5)",
                "case(Iran-7, on-6)", "nmod(sanctions-5, Iran-7)"));
        assertEquals(List.of("USA>IRN 085 asserted 2024-04-16"), lifted, "the sanctions lifted are not imposed again");
        List<String> ultimatum = summaries(new Docs().add("Serbia/NNP rejected/VBD/O/reject an/DT Australian/JJ ultimatum/NN/O/ultimatum",
                "nsubj(rejected-2, Serbia-1)", "root(ROOT-0, rejected-2)", "det(ultimatum-5, an-3)", "amod(ultimatum-5, Australian-4)",
                "obj(rejected-2, ultimatum-5)"));
        assertTrue(ultimatum.contains("AUS>SRB 139 asserted 2024-04-16"), "another party's ultimatum, addressed to the one rejecting it: "
                + ultimatum);
        assertTrue(ultimatum.contains("SRB>AUS 120 asserted 2024-04-16"), ultimatum.toString());
    }

    @Test
    void claimsOfOnesOwnActsAndParticiplesLeftLoose() {
        List<String> claimed = summaries(new Docs().add("The/DT US/NNP claimed/VBD/O/claim that/IN they/PRP had/VBD attacked/VBN/O/attack Iraq/NNP",
                "det(US-2, The-1)", "nsubj(claimed-3, US-2)", "root(ROOT-0, claimed-3)", "mark(attacked-7, that-4)", "nsubj(attacked-7, they-5)",
                "aux(attacked-7, had-6)", "ccomp(claimed-3, attacked-7)", "obj(attacked-7, Iraq-8)"));
        assertTrue(claimed.contains("USA>IRQ 015 asserted 2024-04-16"), "claiming one's own attack is claiming responsibility: " + claimed);
        List<String> other = summaries(new Docs().add("The/DT US/NNP claimed/VBD/O/claim that/IN Iran/NNP had/VBD attacked/VBN/O/attack Iraq/NNP",
                "det(US-2, The-1)", "nsubj(claimed-3, US-2)", "root(ROOT-0, claimed-3)", "mark(attacked-7, that-4)", "nsubj(attacked-7, Iran-5)",
                "aux(attacked-7, had-6)", "ccomp(claimed-3, attacked-7)", "obj(attacked-7, Iraq-8)"));
        assertTrue(other.stream().noneMatch(x -> x.contains(" 015 ")), "another party's act is no claim of responsibility: " + other);
        assertEquals(List.of("SOMREB>KEN 015 asserted 2024-04-16"), summaries(new Docs().add(
                "Al-Shabab/NNP claimed/VBD/O/claim responsibility/NN/O/responsibility for/IN an/DT attack/NN at/IN a/DT mall/NN in/IN "
                        + "Kenya/NNP/LOCATION 's/POS capital/NN",
                "nsubj(claimed-2, Al-Shabab-1)", "root(ROOT-0, claimed-2)", "obj(claimed-2, responsibility-3)", "case(attack-6, for-4)",
                "det(attack-6, an-5)", "nmod(responsibility-3, attack-6)", "case(mall-9, at-7)", "det(mall-9, a-8)", "nmod(attack-6, mall-9)",
                "case(capital-13, in-10)", "nmod:poss(capital-13, Kenya-11)", "case(Kenya-11, 's-12)", "nmod(mall-9, capital-13)")),
                "responsibility for an attack in Kenya is claimed towards Kenya");
        List<String> offering = summaries(new Docs().add(
                "Jordan/NNP held/VBD/O/hold talks/NNS/O/talk with/IN Suleiman/NNP ,/, offering/VBG/O/offer support/NN/O/support to/IN Lebanon/NNP",
                "nsubj(held-2, Jordan-1)", "root(ROOT-0, held-2)", "obj(held-2, talks-3)", "case(Suleiman-5, with-4)", "nmod(talks-3, Suleiman-5)",
                "punct(held-2, ,-6)", "dep(held-2, offering-7)", "obj(offering-7, support-8)", "case(Lebanon-10, to-9)", "nmod(support-8, Lebanon-10)"));
        assertTrue(offering.contains("JOR>LBN 030 asserted 2024-04-16"), "a participle left loose by the parser shares the clause's subject: "
                + offering);
    }

    @Test
    void whoDoesItShapesTheCodeAndSchedulesAreIntentions() {
        assertEquals(List.of("UKRCVL>RUS 145 asserted 2024-04-16"), summaries(new Docs().add(
                "A/DT Ukrainian/JJ protestor/NN demolished/VBD/O/demolish the/DT Russian/JJ building/NN",
                "det(protestor-3, A-1)", "amod(protestor-3, Ukrainian-2)", "nsubj(demolished-4, protestor-3)", "root(ROOT-0, demolished-4)",
                "det(building-7, the-5)", "amod(building-7, Russian-6)", "obj(demolished-4, building-7)")),
                "protesters wrecking property are rioting");
        assertEquals(List.of("UKRMIL>RUS 1712 asserted 2024-04-16"), summaries(new Docs().add(
                "Ukrainian/JJ troops/NNS demolished/VBD/O/demolish the/DT Russian/JJ building/NN",
                "amod(troops-2, Ukrainian-1)", "nsubj(demolished-3, troops-2)", "root(ROOT-0, demolished-3)",
                "det(building-6, the-4)", "amod(building-6, Russian-5)", "obj(demolished-3, building-6)")),
                "troops doing the same destroy property");
        assertEquals(List.of("USA>TUN 160 asserted 2024-04-16"), summaries(new Docs().add(
                "The/DT US/NNP advised/VBD/O/advise against/IN travel/NN/O/travel to/IN Tunisia/NNP",
                "det(US-2, The-1)", "nsubj(advised-3, US-2)", "root(ROOT-0, advised-3)", "case(travel-5, against-4)", "obl(advised-3, travel-5)",
                "case(Tunisia-7, to-6)", "nmod(travel-5, Tunisia-7)")));
        List<String> scheduled = summaries(new Docs().add(
                "Obama/NNP is/VBZ scheduled/VBN/O/schedule to/TO attend/VB/O/attend a/DT summit/NN/O/summit in/IN Switzerland/NNP",
                "nsubj:pass(scheduled-3, Obama-1)", "aux:pass(scheduled-3, is-2)", "root(ROOT-0, scheduled-3)", "mark(attend-5, to-4)",
                "xcomp(scheduled-3, attend-5)", "det(summit-7, a-6)", "obj(attend-5, summit-7)", "case(Switzerland-9, in-8)",
                "nmod(summit-7, Switzerland-9)"));
        assertTrue(scheduled.stream().noneMatch(x -> x.contains(" 043 asserted")), "a scheduled visit has not happened: " + scheduled);
        List<String> declined = summaries(new Docs().add("The/DT Kenyan/JJ minister/NN declined/VBD/O/decline to/TO resign/VB/O/resign",
                "det(minister-3, The-1)", "amod(minister-3, Kenyan-2)", "nsubj(declined-4, minister-3)", "root(ROOT-0, declined-4)",
                "mark(resign-6, to-5)", "xcomp(declined-4, resign-6)"));
        assertTrue(declined.contains("KENGOV>KEN 1231 asserted 2024-04-16"), "declining to resign refuses to: " + declined);
        assertTrue(declined.stream().noneMatch(x -> x.contains(" 011 ")), "and is no declined comment: " + declined);
        assertEquals(List.of("JOR>IRN 090 asserted 2024-04-16"), summaries(new Docs().add(
                "Jordan/NNP sent/VBD/O/send inspectors/NNS to/IN Iran/NNP to/TO monitor/VB/O/monitor the/DT plant/NN",
                "nsubj(sent-2, Jordan-1)", "root(ROOT-0, sent-2)", "obj(sent-2, inspectors-3)", "case(Iran-5, to-4)", "obl(sent-2, Iran-5)",
                "mark(monitor-7, to-6)", "advcl(sent-2, monitor-7)", "det(plant-9, the-8)", "obj(monitor-7, plant-9)")),
                "a purpose is carried out where its doers were sent");
    }

    @Test
    void forceByNoOneNamedIsByUnidentifiedAttackersOfThePlace() {
        List<Event> ev = events(new Docs().add(
                "A/DT roadside/NN bombing/NN near/IN Samarra/NNP/LOCATION killed/VBD/O/kill two/CD American/JJ soldiers/NNS",
                "det(bombing-3, A-1)", "compound(bombing-3, roadside-2)", "nsubj(killed-6, bombing-3)", "case(Samarra-5, near-4)",
                "nmod(bombing-3, Samarra-5)", "root(ROOT-0, killed-6)", "nummod(soldiers-9, two-7)", "amod(soldiers-9, American-8)",
                "obj(killed-6, soldiers-9)"));
        Event kill = ev.stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow(() -> new AssertionError(ev));
        assertEquals("IRQUAF>USAMIL", summary(kill).substring(0, 13), "the place of the bombing doing the killing: " + summary(kill));
        assertEquals("unidentified attackers", kill.source().actor().name());
        assertEquals(io.casus.model.Actor.Basis.CONTEXT, kill.source().actor().basis());
        assertTrue(summaries(new Docs().add("Two/CD American/JJ soldiers/NNS were/VBD killed/VBN/O/kill",
                "nummod(soldiers-3, Two-1)", "amod(soldiers-3, American-2)", "nsubj:pass(killed-5, soldiers-3)", "aux:pass(killed-5, were-4)",
                "root(ROOT-0, killed-5)")).stream().allMatch(x -> x.startsWith("--->")), "no place, no attacker");
        assertTrue(summaries(new Docs().add("Two/CD American/JJ soldiers/NNS met/VBD/O/meet in/IN Baghdad/NNP/LOCATION",
                "nummod(soldiers-3, Two-1)", "amod(soldiers-3, American-2)", "nsubj(met-4, soldiers-3)", "root(ROOT-0, met-4)",
                "case(Baghdad-6, in-5)", "obl(met-4, Baghdad-6)")).stream().noneMatch(x -> x.contains("UAF")), "only force, only when no one is named");
    }

    @Test
    void idiomsQuestionsThingsAndTheOneJudged() {
        assertTrue(summaries(new Docs().add("Russia/NNP 's/POS economy/NN hit/VBD/O/hit bottom/NN",
                "nmod:poss(economy-3, Russia-1)", "case(Russia-1, 's-2)", "nsubj(hit-4, economy-3)", "root(ROOT-0, hit-4)",
                "obj(hit-4, bottom-5)")).isEmpty(), "hitting bottom is no attack");
        assertTrue(summaries(new Docs().add("The/DT reporter/NN asked/VBD/O/ask Obama/NNP",
                "det(reporter-2, The-1)", "nsubj(asked-3, reporter-2)", "root(ROOT-0, asked-3)", "obj(asked-3, Obama-4)")).isEmpty(),
                "asking someone, with nothing asked for, is a question");
        assertEquals(List.of("FRA>IRN 020 asserted 2024-04-16"), summaries(new Docs().add(
                "France/NNP asked/VBD/O/ask Iran/NNP to/TO withdraw/VB/O/withdraw",
                "nsubj(asked-2, France-1)", "root(ROOT-0, asked-2)", "obj(asked-2, Iran-3)", "mark(withdraw-5, to-4)",
                "xcomp(asked-2, withdraw-5)")).stream().filter(x -> x.contains(" 020 ")).toList());
        assertTrue(summaries(new Docs().add("The/DT oil/NN that/WDT funds/VBZ/O/fund the/DT Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION",
                "det(oil-2, The-1)", "root(ROOT-0, oil-2)", "nsubj(funds-4, that-3)", "acl:relcl(oil-2, funds-4)", "det(State-7, the-5)",
                "compound(State-7, Islamic-6)", "obj(funds-4, State-7)")).isEmpty(), "oil is no party: nothing is done");
        assertEquals(List.of("TUR>RUSMIL 190 asserted 2024-04-16"), summaries(new Docs().add(
                "Putin/NNP lashed/VBD/O/lash out/RP at/IN Turkey/NNP for/IN shooting/VBG/O/shoot down/RP Russian/JJ troops/NNS",
                "nsubj(lashed-2, Putin-1)", "root(ROOT-0, lashed-2)", "compound:prt(lashed-2, out-3)", "case(Turkey-5, at-4)",
                "obl(lashed-2, Turkey-5)", "mark(shooting-7, for-6)", "advcl(lashed-2, shooting-7)", "compound:prt(shooting-7, down-8)",
                "amod(troops-10, Russian-9)", "obj(shooting-7, troops-10)")).stream().filter(x -> x.contains(" 190 ")).toList(),
                "the one judged for an act did it");
        assertEquals(List.of("PHLMIL>--- 196 asserted 2024-04-16"), summaries(new Docs().add(
                "The/DT Philippine/JJ army/NN is/VBZ guilty/JJ of/IN violating/VBG/O/violate the/DT ceasefire/NN/O/ceasefire",
                "det(army-3, The-1)", "amod(army-3, Philippine-2)", "nsubj(guilty-5, army-3)", "cop(guilty-5, is-4)", "root(ROOT-0, guilty-5)",
                "mark(violating-7, of-6)", "advcl(guilty-5, violating-7)", "det(ceasefire-9, the-8)", "obj(violating-7, ceasefire-9)")),
                "the one found guilty of an act did it");
        List<String> accused = summaries(new Docs().add("Iran/NNP accused/VBD/O/accuse Israel/NNP of/IN attacking/VBG/O/attack Syria/NNP",
                "nsubj(accused-2, Iran-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Israel-3)", "mark(attacking-5, of-4)",
                "advcl(accused-2, attacking-5)", "obj(attacking-5, Syria-6)"));
        assertTrue(accused.contains("ISR>SYR 190 hypothetical 2024-04-16"), "what one is accused of is alleged: " + accused);
        List<String> calledOn = summaries(new Docs().add("Trump/NNP called/VBD/O/call on/IN Israel/NNP to/TO attack/VB/O/attack Iran/NNP",
                "nsubj(called-2, Trump-1)", "root(ROOT-0, called-2)", "mark(attack-6, on-3)", "nsubj(attack-6, Israel-4)",
                "mark(attack-6, to-5)", "advcl(called-2, attack-6)", "obj(attack-6, Iran-7)"));
        assertTrue(calledOn.contains("ISR>IRN 190 hypothetical 2024-04-16"), "an act called for is wished for: " + calledOn);
    }

    @Test
    void campaignTalkIsNotDiplomacyOrWar() {
        assertTrue(summaries(new Docs().add("American/JJ senators/NNS are/VBP fighting/VBG/O/fight for/IN second/JJ place/NN",
                "amod(senators-2, American-1)", "nsubj(fighting-4, senators-2)", "aux(fighting-4, are-3)", "root(ROOT-0, fighting-4)",
                "case(place-7, for-5)", "amod(place-7, second-6)", "obl(fighting-4, place-7)")).isEmpty(), "a candidate fighting for a place");
        assertEquals(List.of("SDNREB>--- 190 asserted 2024-04-16"), summaries(new Docs().add("Sudanese/JJ rebels/NNS are/VBP fighting/VBG/O/fight",
                "amod(rebels-2, Sudanese-1)", "nsubj(fighting-4, rebels-2)", "aux(fighting-4, are-3)", "root(ROOT-0, fighting-4)")),
                "rebels fighting do fight");
        assertEquals(List.of("---" + ">USALEG 111 asserted 2024-04-16"), summaries(new Docs().add(
                "The/DT American/JJ senator/NN was/VBD attacked/VBN/O/attack", "det(senator-3, The-1)", "amod(senator-3, American-2)",
                "nsubj:pass(attacked-5, senator-3)", "aux:pass(attacked-5, was-4)", "root(ROOT-0, attacked-5)")),
                "an attack on a politician by no one named is, in politics, words");
        assertTrue(summaries(new Docs().add("American/JJ senators/NNS took/VBD/O/take control/NN/O/control of/IN the/DT chamber/NN",
                "amod(senators-2, American-1)", "nsubj(took-3, senators-2)", "root(ROOT-0, took-3)", "obj(took-3, control-4)",
                "case(chamber-7, of-5)", "det(chamber-7, the-6)", "nmod(control-4, chamber-7)")).isEmpty(),
                "politicians taking control of a chamber use no force");
        assertTrue(summaries(new Docs().add("The/DT American/JJ governor/NN fought/VBD/O/fight hard/RB",
                "det(governor-3, The-1)", "amod(governor-3, American-2)", "nsubj(fought-4, governor-3)", "root(ROOT-0, fought-4)",
                "advmod(fought-4, hard-5)")).isEmpty(), "an official fighting no one is campaigning");
        assertEquals(List.of("USAGOV>--- 190 asserted 2024-04-16"), summaries(new Docs().add("The/DT American/JJ government/NN fought/VBD/O/fight",
                "det(government-3, The-1)", "amod(government-3, American-2)", "nsubj(fought-4, government-3)", "root(ROOT-0, fought-4)")),
                "a government fighting may be at war");
        assertTrue(summaries(new Docs().add("It/PRP allowed/VBD/O/allow the/DT American/JJ senators/NNS to/TO win/VB",
                "nsubj(allowed-2, It-1)", "root(ROOT-0, allowed-2)", "det(senators-5, the-3)", "amod(senators-5, American-4)",
                "obj(allowed-2, senators-5)", "mark(win-7, to-6)", "xcomp(allowed-2, win-7)")).isEmpty(), "'it' with no party found does nothing");
        assertTrue(summaries(new Docs().add("Clinton/NNP offered/VBD/O/offer a/DT narrow/JJ message/NN",
                "nsubj(offered-2, Clinton-1)", "root(ROOT-0, offered-2)", "det(message-5, a-3)", "amod(message-5, narrow-4)",
                "obj(offered-2, message-5)")).isEmpty(), "offering a message offers no cooperation");
        assertEquals(List.of("EGY>ISR 030 asserted 2024-04-16"), summaries(new Docs().add("Egypt/NNP offered/VBD/O/offer to/TO help/VB Israel/NNP",
                "nsubj(offered-2, Egypt-1)", "root(ROOT-0, offered-2)", "mark(help-4, to-3)", "xcomp(offered-2, help-4)", "obj(help-4, Israel-5)")),
                "offering to help is, towards the one to be helped");
        assertTrue(summaries(new Docs().add("Sanders/NNP suggested/VBD/O/suggest he/PRP beat/VBD expectations/NNS",
                "nsubj(suggested-2, Sanders-1)", "root(ROOT-0, suggested-2)", "nsubj(beat-4, he-3)", "ccomp(suggested-2, beat-4)",
                "obj(beat-4, expectations-5)")).isEmpty(), "suggesting a fact proposes nothing");
        assertEquals(List.of("---" + ">USAMED 036 negated 2024-04-16"), summaries(new Docs().add(
                "No/DT American/JJ reporters/NNS were/VBD invited/VBN/O/invite", "det(reporters-3, No-1)", "amod(reporters-3, American-2)",
                "nsubj:pass(invited-5, reporters-3)", "aux:pass(invited-5, were-4)", "root(ROOT-0, invited-5)")));
        assertEquals(List.of("USAGOV>MEX 120 negated 2024-04-16"), summaries(new Docs().add(
                "The/DT US/NNP governor/NN has/VBZ n\u2019t/RB ignored/VBN/O/ignore Mexico/NNP",
                "det(governor-3, The-1)", "compound(governor-3, US-2)", "nsubj(ignored-6, governor-3)", "aux(ignored-6, has-4)",
                "advmod(ignored-6, n\u2019t-5)", "root(ROOT-0, ignored-6)", "obj(ignored-6, Mexico-7)")), "a curly apostrophe negates too");
    }

    @Test
    void aVictimTellingOfAnAttackOnItselfAccuses() {
        List<String> told = summaries(new Docs().add(
                "Israel/NNP said/VBD/O/say a/DT rocket/NN was/VBD fired/VBN/O/fire at/IN it/PRP from/IN Gaza/NNP/LOCATION",
                "nsubj(said-2, Israel-1)", "root(ROOT-0, said-2)", "det(rocket-4, a-3)", "nsubj:pass(fired-6, rocket-4)",
                "aux:pass(fired-6, was-5)", "ccomp(said-2, fired-6)", "case(it-8, at-7)", "obl(fired-6, it-8)", "case(Gaza-10, from-9)",
                "obl(fired-6, Gaza-10)"));
        assertTrue(told.stream().anyMatch(x -> x.startsWith("PSEUAF>ISR 19")), "'it' is the one telling; the rocket came from Gaza: " + told);
        assertTrue(told.contains("ISR>PSEUAF 112 asserted 2024-04-16"), "telling of another's force on oneself accuses: " + told);
        List<String> other = summaries(new Docs().add("Israel/NNP said/VBD/O/say Hamas/NNP/ORGANIZATION attacked/VBD/O/attack Egypt/NNP",
                "nsubj(said-2, Israel-1)", "root(ROOT-0, said-2)", "nsubj(attacked-4, Hamas-3)", "ccomp(said-2, attacked-4)",
                "obj(attacked-4, Egypt-5)"));
        assertTrue(other.stream().noneMatch(x -> x.contains(" 112 ")), "telling of force on others accuses no one: " + other);
    }

    @Test
    void aTalkForAPurposeIsWithTheOneMetNotWithWhatIsTalkedAbout() {
        List<String> met = summaries(new Docs().add(
                "Iraq/NNP met/VBD/O/meet Syria/NNP to/TO discuss/VB/O/discuss efforts/NNS to/TO counter/VB Libyan/JJ militants/NNS",
                "nsubj(met-2, Iraq-1)", "root(ROOT-0, met-2)", "obj(met-2, Syria-3)", "mark(discuss-5, to-4)", "advcl(met-2, discuss-5)",
                "obj(discuss-5, efforts-6)", "mark(counter-8, to-7)", "advcl(discuss-5, counter-8)", "amod(militants-10, Libyan-9)",
                "obj(counter-8, militants-10)"));
        assertTrue(met.contains("IRQ>SYR 040 asserted 2024-04-16"), met.toString());
        assertTrue(met.stream().noneMatch(x -> x.contains("LBY")), "the militants discussed are not met: " + met);
        List<String> released = summaries(new Docs().add(
                "Israel/NNP released/VBD/O/release the/DT Palestinian/JJ mayor/NN jailed/VBN/O/jail a/DT year/NN ago/RB",
                "nsubj(released-2, Israel-1)", "root(ROOT-0, released-2)", "det(mayor-5, the-3)", "amod(mayor-5, Palestinian-4)",
                "nsubj(jailed-6, mayor-5)", "xcomp(released-2, jailed-6)", "det(year-8, a-7)", "obl:tmod(jailed-6, year-8)",
                "advmod(jailed-6, ago-9)"));
        assertTrue(released.stream().anyMatch(x -> x.startsWith("ISR>PSEGOV 084")), "the subject of a small clause is acted on: " + released);
        List<String> permission = summaries(new Docs().add(
                "Egypt/NNP gave/VBD/O/give permission/NN/O/permission for/IN Qatar/NNP to/TO help/VB",
                "nsubj(gave-2, Egypt-1)", "root(ROOT-0, gave-2)", "obj(gave-2, permission-3)", "mark(help-7, for-4)",
                "nsubj(help-7, Qatar-5)", "mark(help-7, to-6)", "acl(permission-3, help-7)"));
        assertTrue(permission.contains("EGY>QAT 080 asserted 2024-04-16"), "permission is given to the one it lets act: " + permission);
    }

    @Test
    void aGroupNamedBesideItsNounAndPartiesPlacedWhereTheyAct() {
        List<String> claim = summaries(new Docs().add(
                "The/DT militant/JJ group/NN al-Shabab/NNP/ORGANIZATION claimed/VBD/O/claim responsibility/NN/O/responsibility",
                "det(group-3, The-1)", "amod(group-3, militant-2)", "dep(group-3, al-Shabab-4)", "nsubj(claimed-5, group-3)",
                "root(ROOT-0, claimed-5)", "obj(claimed-5, responsibility-6)"));
        assertTrue(claim.stream().anyMatch(x -> x.startsWith("SOMREB>")), "the group is al-Shabab: " + claim);
        List<String> riot = summaries(new Docs()
                .add("Russian/JJ officials/NNS spoke/VBD ./.", "amod(officials-2, Russian-1)", "nsubj(spoke-3, officials-2)",
                        "root(ROOT-0, spoke-3)", "punct(spoke-3, .-4)")
                .add("Russian/JJ diplomats/NNS left/VBD ./.", "amod(diplomats-2, Russian-1)", "nsubj(left-3, diplomats-2)",
                        "root(ROOT-0, left-3)", "punct(left-3, .-4)")
                .add("Protesters/NNS burned/VBD/O/burn the/DT embassy/NN in/IN Kiev/NNP/LOCATION",
                        "nsubj(burned-2, Protesters-1)", "root(ROOT-0, burned-2)", "det(embassy-4, the-3)", "obj(burned-2, embassy-4)",
                        "case(Kiev-6, in-5)", "nmod(embassy-4, Kiev-6)"));
        assertTrue(riot.stream().anyMatch(x -> x.startsWith("UKRCVL>")), "protesters of unknown country are where they act: " + riot);
    }

    @Test
    void wireStoryPatterns() {
        assertEquals(List.of("EGY>ISR 045 asserted 2024-04-16", "EGY>LBNREB 045 asserted 2024-04-16"), summaries(new Docs().add(
                "Egypt/NNP brokered/VBD/O/broker a/DT truce/NN/O/truce between/IN Israel/NNP and/CC Hezbollah/NNP/ORGANIZATION",
                "nsubj(brokered-2, Egypt-1)", "root(ROOT-0, brokered-2)", "det(truce-4, a-3)", "obj(brokered-2, truce-4)",
                "case(Israel-6, between-5)", "nmod(truce-4, Israel-6)", "cc(Hezbollah-8, and-7)", "conj(Israel-6, Hezbollah-8)")),
                "a truce brokered between two parties is mediation with each");
        assertEquals(List.of("SDNMIL>SDNREB 030 asserted 2024-04-16", "SDNREB>SDNMIL 030 asserted 2024-04-16"), summaries(new Docs().add(
                "Sudanese/JJ troops/NNS and/CC Sudanese/JJ rebels/NNS agreed/VBD/O/agree",
                "amod(troops-2, Sudanese-1)", "nsubj(agreed-6, troops-2)", "cc(rebels-5, and-3)", "amod(rebels-5, Sudanese-4)",
                "conj(troops-2, rebels-5)", "root(ROOT-0, agreed-6)")), "two parties of one country agreeing agree with each other");
        List<String> pledge = summaries(new Docs().add(
                "India/NNP and/CC China/NNP agreed/VBD/O/agree to/TO withdraw/VB/O/withdraw from/IN the/DT border/NN",
                "nsubj(agreed-4, India-1)", "cc(China-3, and-2)", "conj(India-1, China-3)", "root(ROOT-0, agreed-4)", "mark(withdraw-6, to-5)",
                "xcomp(agreed-4, withdraw-6)", "case(border-9, from-7)", "det(border-9, the-8)", "obl(withdraw-6, border-9)"));
        assertTrue(pledge.containsAll(List.of("IND>CHN 0356 asserted 2024-04-16", "CHN>IND 0356 asserted 2024-04-16")),
                "two parties agreeing to act pledge it to each other: " + pledge);
        assertEquals(List.of("PAK>AFGGOV 161 asserted 2024-04-16"), summaries(new Docs().add(
                "Pakistan/NNP expelled/VBD/O/expel the/DT Afghan/JJ ambassador/NN/O/ambassador",
                "nsubj(expelled-2, Pakistan-1)", "root(ROOT-0, expelled-2)", "det(ambassador-5, the-3)", "amod(ambassador-5, Afghan-4)",
                "obj(expelled-2, ambassador-5)")), "the one expelled is the target");
        List<String> plans = summaries(new Docs().add(
                "The/DT US/NNP had/VBD/O/have no/DT plans/NNS/O/plan to/TO deploy/VB/O/deploy troops/NNS/O/troops to/IN Niger/NNP",
                "det(US-2, The-1)", "nsubj(had-3, US-2)", "root(ROOT-0, had-3)", "det(plans-5, no-4)", "obj(had-3, plans-5)",
                "mark(deploy-7, to-6)", "ccomp(had-3, deploy-7)", "obj(deploy-7, troops-8)", "case(Niger-10, to-9)", "obl(deploy-7, Niger-10)"));
        assertTrue(plans.stream().noneMatch(x -> x.contains("asserted")), "having no plans to deploy deploys nothing: " + plans);
        assertEquals(List.of("SAU>YEM 190 asserted 2024-04-16"), summaries(new Docs().add(
                "The/DT Saudi/JJ -/HYPH led/VBN/O/lead coalition/NN launched/VBD/O/launch strikes/NNS/O/strike on/IN Yemen/NNP/LOCATION",
                "det(coalition-5, The-1)", "dep(led-4, Saudi-2)", "punct(led-4, --3)", "amod(coalition-5, led-4)", "nsubj(launched-6, coalition-5)",
                "root(ROOT-0, launched-6)", "obj(launched-6, strikes-7)", "case(Yemen-9, on-8)", "nmod(strikes-7, Yemen-9)")),
                "a coalition led by a country is that country's, not an unidentified attacker");
    }

    @Test
    void moreWireStoryPatterns() {
        List<String> denied = summaries(new Docs().add(
                "Russia/NNP denied/VBD/O/deny that/IN its/PRP$ forces/NNS targeted/VBD/O/target Ukrainian/JJ civilians/NNS",
                "nsubj(denied-2, Russia-1)", "root(ROOT-0, denied-2)", "mark(targeted-6, that-3)", "nmod:poss(forces-5, its-4)",
                "nsubj(targeted-6, forces-5)", "ccomp(denied-2, targeted-6)", "amod(civilians-8, Ukrainian-7)", "obj(targeted-6, civilians-8)"));
        assertTrue(denied.contains("RUSMIL>UKRCVL 180 negated 2024-04-16"), "denied, and 'its forces' are the denier's: " + denied);
        assertEquals(List.of("---" + ">IRN 020 asserted 2024-04-16"), summaries(new Docs().add(
                "Several/JJ countries/NNS called/VBD/O/call on/RP Iran/NNP", "amod(countries-2, Several-1)", "nsubj(called-3, countries-2)",
                "root(ROOT-0, called-3)", "compound:prt(called-3, on-4)", "obj(called-3, Iran-5)")),
                "countries are parties even when no country is said");
        assertEquals(List.of("BGDCVL>BGDCOP 145 asserted 2024-04-16"), summaries(new Docs().add(
                "Bangladeshi/JJ protesters/NNS clashed/VBD/O/clash with/IN Bangladeshi/JJ police/NN",
                "amod(protesters-2, Bangladeshi-1)", "nsubj(clashed-3, protesters-2)", "root(ROOT-0, clashed-3)", "case(police-6, with-4)",
                "amod(police-6, Bangladeshi-5)", "obl(clashed-3, police-6)")).stream().filter(x -> x.startsWith("BGDCVL")).toList(),
                "protesters clashing with police riot");
        assertEquals(List.of("SOMUAF>SOM 1832 asserted 2024-04-16"), summaries(new Docs().add(
                "A/DT car/NN bomb/NN exploded/VBD/O/explode outside/IN a/DT station/NN in/IN Mogadishu/NNP/LOCATION",
                "det(bomb-3, A-1)", "compound(bomb-3, car-2)", "nsubj(exploded-4, bomb-3)", "root(ROOT-0, exploded-4)",
                "case(station-7, outside-5)", "det(station-7, a-6)", "obl(exploded-4, station-7)", "case(Mogadishu-9, in-8)",
                "nmod(station-7, Mogadishu-9)")), "a bomb going off outside a station in Mogadishu is force by someone there");
        assertEquals(List.of("CHLCOP>CHLCVL 175 asserted 2024-04-16"), summaries(new Docs().add(
                "Chilean/JJ police/NN fired/VBD/O/fire at/IN Chilean/JJ protesters/NNS",
                "amod(police-2, Chilean-1)", "nsubj(fired-3, police-2)", "root(ROOT-0, fired-3)", "case(protesters-6, at-4)",
                "amod(protesters-6, Chilean-5)", "obl(fired-3, protesters-6)")), "police using force on protesters repress them");
        assertEquals(List.of("PHL>CHN 114 asserted 2024-04-16"), summaries(new Docs().add(
                "The/DT Philippines/NNP protested/VBD/O/protest China/NNP 's/POS blockade/NN",
                "det(Philippines-2, The-1)", "nsubj(protested-3, Philippines-2)", "root(ROOT-0, protested-3)", "nmod:poss(blockade-6, China-4)",
                "case(China-4, 's-5)", "obj(protested-3, blockade-6)")).stream().filter(x -> x.startsWith("PHL")).toList(),
                "a state protesting complains officially");
        assertEquals(List.of("MLIGOV>FRAGOV 161 asserted 2024-04-16"), summaries(new Docs().add(
                "The/DT Malian/JJ government/NN ordered/VBD/O/order the/DT French/JJ ambassador/NN/O/ambassador to/TO leave/VB",
                "det(government-3, The-1)", "amod(government-3, Malian-2)", "nsubj(ordered-4, government-3)", "root(ROOT-0, ordered-4)",
                "det(ambassador-7, the-5)", "amod(ambassador-7, French-6)", "obj(ordered-4, ambassador-7)", "mark(leave-9, to-8)",
                "xcomp(ordered-4, leave-9)")), "ordering an ambassador out expels him");
        List<String> vetoed = summaries(new Docs().add(
                "The/DT US/NNP vetoed/VBD/O/veto a/DT UN/NNP/ORGANIZATION resolution/NN/O/resolution demanding/VBG/O/demand a/DT ceasefire/NN/O/ceasefire",
                "det(US-2, The-1)", "nsubj(vetoed-3, US-2)", "root(ROOT-0, vetoed-3)", "det(resolution-6, a-4)", "compound(resolution-6, UN-5)",
                "obj(vetoed-3, resolution-6)", "acl(resolution-6, demanding-7)", "det(ceasefire-9, a-8)", "obj(demanding-7, ceasefire-9)"));
        assertTrue(vetoed.stream().noneMatch(x -> x.contains(" 107 asserted")), "a vetoed resolution demands nothing: " + vetoed);
        assertTrue(summaries(new Docs().add("Iran/NNP arrived/VBD/O/arrive in/IN Damascus/NNP/LOCATION for/IN talks/NNS/O/talk with/IN Syria/NNP",
                "nsubj(arrived-2, Iran-1)", "root(ROOT-0, arrived-2)", "case(Damascus-4, in-3)", "obl(arrived-2, Damascus-4)",
                "case(talks-6, for-5)", "obl(arrived-2, talks-6)", "case(Syria-8, with-7)", "nmod(talks-6, Syria-8)"))
                .contains("IRN>SYR 046 asserted 2024-04-16"), "arriving for talks, the talks are the arriver's");
        List<String> offered = summaries(new Docs().add("Norway/NNP offered/VBD/O/offer to/TO mediate/VB/O/mediate between/IN Iran/NNP and/CC Iraq/NNP",
                "nsubj(offered-2, Norway-1)", "root(ROOT-0, offered-2)", "mark(mediate-4, to-3)", "xcomp(offered-2, mediate-4)",
                "case(Iran-6, between-5)", "obl(mediate-4, Iran-6)", "cc(Iraq-8, and-7)", "conj(Iran-6, Iraq-8)"));
        assertTrue(offered.containsAll(List.of("NOR>IRN 039 asserted 2024-04-16", "NOR>IRQ 039 asserted 2024-04-16")),
                "offering to mediate between two parties is an offer to mediate to each: " + offered);
        assertEquals(List.of("IND>PAK 154 asserted 2024-04-16"), summaries(new Docs().add(
                "India/NNP massed/VBD/O/mass troops/NNS/O/troops along/IN the/DT border/NN with/IN Pakistan/NNP",
                "nsubj(massed-2, India-1)", "root(ROOT-0, massed-2)", "obj(massed-2, troops-3)", "case(border-6, along-4)",
                "det(border-6, the-5)", "obl(massed-2, border-6)", "case(Pakistan-8, with-7)", "nmod(border-6, Pakistan-8)")),
                "troops massed along the border with a country face it");
        assertEquals(List.of("IRNMIL>GBR 171 asserted 2024-04-16"), summaries(new Docs().add(
                "Iranian/JJ forces/NNS seized/VBD/O/seize a/DT British/JJ -/HYPH flagged/VBN/O/flag tanker/NN",
                "amod(forces-2, Iranian-1)", "nsubj(seized-3, forces-2)", "root(ROOT-0, seized-3)", "det(tanker-8, a-4)",
                "dep(flagged-7, British-5)", "punct(flagged-7, --6)", "amod(tanker-8, flagged-7)", "obj(seized-3, tanker-8)")),
                "a British-flagged tanker is Britain's");
        assertEquals(List.of("SRBCOP>XKX 173 asserted 2024-04-16"), summaries(new Docs().add(
                "Serbian/JJ police/NN arrested/VBD/O/arrest two/CD Kosovo/NNP/LOCATION Albanians/NNPS",
                "amod(police-2, Serbian-1)", "nsubj(arrested-3, police-2)", "root(ROOT-0, arrested-3)", "nummod(Albanians-6, two-4)",
                "compound(Albanians-6, Kosovo-5)", "obj(arrested-3, Albanians-6)")), "Kosovo Albanians live in Kosovo");
    }

    @Test
    void aTextSpeaksForItsIssuer() {
        String[] deps = {"nsubj(adopted-2, France-1)", "root(ROOT-0, adopted-2)", "det(resolution-4, a-3)", "obj(adopted-2, resolution-4)",
                "acl(resolution-4, condemning-5)", "obj(condemning-5, Iran-6)"};
        assertEquals(List.of("FRA>IRN 111 asserted 2024-04-16"), summaries(new Docs().add(
                "France/NNP adopted/VBD/O/adopt a/DT resolution/NN/O/resolution condemning/VBG/O/condemn Iran/NNP", deps)));
        deps[0] = "nsubj(vetoed-2, France-1)";
        deps[1] = "root(ROOT-0, vetoed-2)";
        deps[3] = "obj(vetoed-2, resolution-4)";
        List<String> vetoed = summaries(new Docs().add(
                "France/NNP vetoed/VBD/O/veto a/DT resolution/NN/O/resolution condemning/VBG/O/condemn Iran/NNP", deps));
        assertTrue(vetoed.stream().noneMatch(x -> x.startsWith("FRA>IRN 111")), "vetoing a condemnation condemns nothing: " + vetoed);
    }

    @Test
    void anActAsTheTargetStandsForItsDoer() {
        // "Germany condemned the killing of the envoy by Sudanese militiamen": the militiamen are condemned
        List<String> ev = summaries(new Docs().add("Germany/NNP/LOCATION condemned/VBD/O/condemn the/DT killing/NN/O/killing of/IN "
                        + "the/DT envoy/NN by/IN Sudanese/JJ militiamen/NNS/O/militiaman",
                "nsubj(condemned-2, Germany-1)", "root(ROOT-0, condemned-2)", "det(killing-4, the-3)", "obj(condemned-2, killing-4)",
                "case(envoy-7, of-5)", "det(envoy-7, the-6)", "nmod(killing-4, envoy-7)", "case(militiamen-10, by-8)",
                "amod(militiamen-10, Sudanese-9)", "nmod(killing-4, militiamen-10)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("DEU>SDN") && x.contains(" 111 asserted")), ev.toString());
        // "denounced Serbia's suppression of the protests": the possessor did it
        List<String> poss = summaries(new Docs().add("Albania/NNP/LOCATION denounced/VBD/O/condemn Serbia/NNP/LOCATION 's/POS "
                        + "suppression/NN/O/suppression of/IN the/DT protests/NNS/O/protest",
                "nsubj(denounced-2, Albania-1)", "root(ROOT-0, denounced-2)", "nmod:poss(suppression-5, Serbia-3)",
                "case(Serbia-3, 's-4)", "obj(denounced-2, suppression-5)", "case(protests-8, of-6)", "det(protests-8, the-7)",
                "nmod(suppression-5, protests-8)"));
        assertTrue(poss.contains("ALB>SRB 111 asserted 2024-04-16"), poss.toString());
    }

    @Test
    void whoAVehicleCarriesIsActedOn() {
        List<String> ev = summaries(new Docs().add("Syrian/JJ jets/NNS shot/VBD/O/shoot down/RP a/DT helicopter/NN carrying/VBG/O/carry "
                        + "Filipino/JJ peacekeepers/NNS",
                "amod(jets-2, Syrian-1)", "nsubj(shot-3, jets-2)", "root(ROOT-0, shot-3)", "compound:prt(shot-3, down-4)",
                "det(helicopter-6, a-5)", "obj(shot-3, helicopter-6)", "acl(helicopter-6, carrying-7)", "amod(peacekeepers-9, Filipino-8)",
                "obj(carrying-7, peacekeepers-9)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("SYRMIL>PHL")), ev.toString());
    }

    @Test
    void actsSpokenOfOrPressedForAreNotDoneAndGoingToIsAFuture() {
        // "attacking Israel is out of the question": a gerund subject names an act talked of
        List<Event> talked = events(new Docs().add("attacking/VBG/O/attack Israel/NNP/LOCATION is/VBZ/O/be a/DT mistake/NN",
                "csubj(mistake-5, attacking-1)", "obj(attacking-1, Israel-2)", "cop(mistake-5, is-3)", "det(mistake-5, a-4)",
                "root(ROOT-0, mistake-5)"));
        assertEquals(Modality.HYPOTHETICAL, talked.get(0).modality());
        // "Iran was pressed to attack Israel": pressed, not done
        List<Event> pressed = events(new Docs().add("Iran/NNP/LOCATION was/VBD/O/be pressed/VBN/O/press to/TO attack/VB/O/attack Israel/NNP/LOCATION",
                "nsubj:pass(pressed-3, Iran-1)", "aux:pass(pressed-3, was-2)", "root(ROOT-0, pressed-3)", "mark(attack-5, to-4)",
                "xcomp(pressed-3, attack-5)", "obj(attack-5, Israel-6)"));
        assertEquals("IRN>ISR 190 hypothetical 2024-04-16", summary(pressed.get(0)));
        // "Iran is going to attack Israel": a future, so intended (with the threat it states)
        List<String> going = summaries(new Docs().add("Iran/NNP/LOCATION is/VBZ/O/be going/VBG/O/go to/TO attack/VB/O/attack Israel/NNP/LOCATION",
                "nsubj(going-3, Iran-1)", "aux(going-3, is-2)", "root(ROOT-0, going-3)", "mark(attack-5, to-4)",
                "xcomp(going-3, attack-5)", "obj(attack-5, Israel-6)"));
        assertTrue(going.contains("IRN>ISR 190 intended 2024-04-16") && going.stream().noneMatch(x -> x.contains("190 asserted")),
                going.toString());
    }

    @Test
    void onlyTheDoerStatesItsIntentionAnotherPartyForecastsIt() {
        String words = "%s/NNP/LOCATION said/VBD/O/say Iran/NNP/LOCATION will/MD attack/VB/O/attack Israel/NNP/LOCATION";
        String[] deps = {"nsubj(said-2, %s-1)", "root(ROOT-0, said-2)", "nsubj(attack-5, Iran-3)", "aux(attack-5, will-4)",
                "ccomp(said-2, attack-5)", "obj(attack-5, Israel-6)"};
        String[] own = deps.clone();
        own[0] = String.format(deps[0], "Tehran");
        List<String> threat = summaries(new Docs().add(String.format(words, "Tehran"), own));
        assertTrue(threat.stream().anyMatch(x -> x.startsWith("IRN>ISR 13") && x.contains("asserted")), "Tehran's own threat: " + threat);
        String[] other = deps.clone();
        other[0] = String.format(deps[0], "Washington");
        List<String> forecast = summaries(new Docs().add(String.format(words, "Washington"), other));
        assertTrue(forecast.contains("IRN>ISR 190 intended 2024-04-16") && forecast.stream().noneMatch(x -> x.contains("asserted")),
                "Washington's forecast threatens nothing: " + forecast);
    }

    @Test
    void aReportersItIsNoPerson() {
        String words = "%s said/VBD/O/say it/PRP would/MD attack/VB/O/attack Israel/NNP/LOCATION";
        String[] deps = {"nsubj(said-2, X-1)", "root(ROOT-0, said-2)", "nsubj(attack-5, it-3)", "aux(attack-5, would-4)",
                "ccomp(said-2, attack-5)", "obj(attack-5, Israel-6)"};
        assertEquals(List.of("IRN>ISR 190 intended 2024-04-16", "IRN>ISR 138 asserted 2024-04-16"),
                summaries(new Docs().add(String.format(words, "Iran/NNP/LOCATION"), deps)));
        List<String> person = summaries(new Docs().add(String.format(words, "Netanyahu/NNP/PERSON"), deps));
        assertTrue(person.stream().noneMatch(x -> x.startsWith("ISR")), "'it' is not Netanyahu: " + person);
    }

    @Test
    void partiesNamedTogetherActOnEachOther() {
        // "Kyrgyz and Tajik guards exchanged fire": one phrase, two countries, a mutual act
        List<String> fire = summaries(new Docs().add("Kyrgyz/JJ and/CC Tajik/JJ guards/NNS exchanged/VBD/O/exchange fire/NN",
                "amod(guards-4, Kyrgyz-1)", "cc(Tajik-3, and-2)", "conj(Kyrgyz-1, Tajik-3)", "nsubj(exchanged-5, guards-4)",
                "root(ROOT-0, exchanged-5)", "obj(exchanged-5, fire-6)"));
        assertTrue(fire.contains("KGZMIL>TJKMIL 190 asserted 2024-04-16") && fire.contains("TJKMIL>KGZMIL 190 asserted 2024-04-16"),
                fire.toString());
        // "The presidents of Russia and Turkey discussed trade": the countries of an of-phrase part the phrase too
        List<String> met = summaries(new Docs().add("The/DT presidents/NNS of/IN Russia/NNP/LOCATION and/CC Turkey/NNP/LOCATION "
                        + "discussed/VBD/O/discuss trade/NN",
                "det(presidents-2, The-1)", "nsubj(discussed-7, presidents-2)", "case(Russia-4, of-3)", "nmod(presidents-2, Russia-4)",
                "cc(Turkey-6, and-5)", "conj(Russia-4, Turkey-6)", "root(ROOT-0, discussed-7)", "obj(discussed-7, trade-8)"));
        assertTrue(met.stream().anyMatch(x -> x.startsWith("RUSGOV>TURGOV 040")) && met.stream().anyMatch(x -> x.startsWith("TURGOV>RUSGOV 040")),
                met.toString());
    }

    @Test
    void anImpliedTargetOfAnotherCountryComesBeforeTheDoersOwn() {
        List<String> ev = summaries(new Docs().add("Greece/NNP/LOCATION deployed/VBD/O/deploy guards/NNS to/IN its/PRP$ frontier/NN "
                        + "with/IN Turkey/NNP/LOCATION",
                "nsubj(deployed-2, Greece-1)", "root(ROOT-0, deployed-2)", "obj(deployed-2, guards-3)", "case(frontier-6, to-4)",
                "nmod:poss(frontier-6, its-5)", "obl(deployed-2, frontier-6)", "case(Turkey-8, with-7)", "nmod(frontier-6, Turkey-8)"));
        assertEquals(List.of("GRC>TUR 154 asserted 2024-04-16"), ev, "the guards moved are Greece's own, Turkey is faced");
    }

    @Test
    void aMotiveNounIsItsClausesDoersAct() {
        List<String> ev = summaries(new Docs().add("Polish/JJ farmers/NNS blocked/VBD/O/block the/DT road/NN in/IN protest/NN/O/protest "
                        + "against/IN Ukrainian/JJ imports/NNS",
                "amod(farmers-2, Polish-1)", "nsubj(blocked-3, farmers-2)", "root(ROOT-0, blocked-3)", "det(road-5, the-4)",
                "obj(blocked-3, road-5)", "case(protest-7, in-6)", "obl(blocked-3, protest-7)", "case(imports-10, against-8)",
                "amod(imports-10, Ukrainian-9)", "nmod(protest-7, imports-10)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("POLAGR>UKR 141 asserted")), ev.toString());
    }

    @Test
    void deniedWeighedRefusedRejectedOrForecastActsAreNotDone() {
        // "Rwanda denied sending troops": the gerund is often parsed as dep
        assertEquals(Modality.NEGATED, events(new Docs().add("Rwanda/NNP/LOCATION denied/VBD/O/deny attacking/VBG/O/attack Congo/NNP/LOCATION",
                "nsubj(denied-2, Rwanda-1)", "root(ROOT-0, denied-2)", "dep(denied-2, attacking-3)", "obj(attacking-3, Congo-4)"))
                .stream().filter(e -> e.cameoRoot().equals("19")).findFirst().orElseThrow().modality());
        // "Chile is considering recalling its ambassador from Nicaragua" (parsed with acl)
        assertEquals(Modality.HYPOTHETICAL, events(new Docs().add("Chile/NNP/LOCATION is/VBZ/O/be considering/VBG/O/consider "
                        + "recalling/VBG/O/recall its/PRP$ ambassador/NN/O/ambassador from/IN Nicaragua/NNP/LOCATION",
                "nsubj(considering-3, Chile-1)", "aux(considering-3, is-2)", "root(ROOT-0, considering-3)", "acl(considering-3, recalling-4)",
                "nmod:poss(ambassador-6, its-5)", "obj(recalling-4, ambassador-6)", "case(Nicaragua-8, from-7)",
                "obl(recalling-4, Nicaragua-8)")).get(0).modality());
        // "Iran will not send troops to attack Israel": the purpose of an act not done is not pursued
        List<Event> purpose = events(new Docs().add("Iran/NNP/LOCATION will/MD not/RB send/VB/O/send troops/NNS to/TO attack/VB/O/attack "
                        + "Israel/NNP/LOCATION",
                "nsubj(send-4, Iran-1)", "aux(send-4, will-2)", "advmod(send-4, not-3)", "root(ROOT-0, send-4)", "obj(send-4, troops-5)",
                "mark(attack-7, to-6)", "advcl(send-4, attack-7)", "obj(attack-7, Israel-8)"));
        assertEquals(Modality.NEGATED, purpose.stream().filter(e -> e.cameoCode().equals("190")).findFirst().orElseThrow().modality());
        // "Israel rejected a Syrian attack plan", "Iran's refusal to attack Israel"
        List<Event> plan = events(new Docs().add("Israel/NNP/LOCATION rejected/VBD/O/reject a/DT Syrian/JJ attack/NN/O/attack plan/NN/O/plan",
                "nsubj(rejected-2, Israel-1)", "root(ROOT-0, rejected-2)", "det(plan-6, a-3)", "amod(plan-6, Syrian-4)",
                "compound(plan-6, attack-5)", "obj(rejected-2, plan-6)"));
        assertTrue(plan.stream().filter(e -> e.cameoCode().equals("190")).allMatch(e -> e.modality() == Modality.NEGATED), plan.toString());
        List<Event> refusal = events(new Docs().add("Iran/NNP/LOCATION 's/POS refusal/NN/O/refusal to/TO attack/VB/O/attack Israel/NNP/LOCATION",
                "nmod:poss(refusal-3, Iran-1)", "case(Iran-1, 's-2)", "root(ROOT-0, refusal-3)", "mark(attack-5, to-4)",
                "acl(refusal-3, attack-5)", "obj(attack-5, Israel-6)"));
        assertEquals(Modality.NEGATED, refusal.get(0).modality());
        // "The US is expected to impose sanctions on Iran": a forecast is no threat by the US
        List<String> expected = summaries(new Docs().add("The/DT US/NNP/LOCATION is/VBZ/O/be expected/VBN/O/expect to/TO impose/VB/O/impose "
                        + "sanctions/NNS/O/sanction on/IN Iran/NNP/LOCATION",
                "det(US-2, The-1)", "nsubj:pass(expected-4, US-2)", "aux:pass(expected-4, is-3)", "root(ROOT-0, expected-4)",
                "mark(impose-6, to-5)", "xcomp(expected-4, impose-6)", "obj(impose-6, sanctions-7)", "case(Iran-9, on-8)",
                "obl(impose-6, Iran-9)"));
        assertTrue(expected.stream().noneMatch(x -> x.contains("asserted")), expected.toString());
    }

    @Test
    void anExplosionNearAPlaceIsByUnidentifiedAttackersThereAndOthersAreLikeTheFirst() {
        List<String> ev = summaries(new Docs().add("A/DT minefield/NN explosion/NN near/IN Samarra/NNP/LOCATION killed/VBD/O/kill two/CD "
                        + "Iraqi/JJ soldiers/NNS and/CC wounded/VBD/O/wound five/CD others/NNS",
                "det(explosion-3, A-1)", "compound(explosion-3, minefield-2)", "nsubj(killed-6, explosion-3)", "case(Samarra-5, near-4)",
                "nmod(explosion-3, Samarra-5)", "root(ROOT-0, killed-6)", "nummod(soldiers-9, two-7)", "amod(soldiers-9, Iraqi-8)",
                "obj(killed-6, soldiers-9)", "cc(wounded-11, and-10)", "conj(killed-6, wounded-11)", "nummod(others-13, five-12)",
                "obj(wounded-11, others-13)"));
        // (killing and wounding the same party is one event; "five others" gives no event against no one)
        assertEquals(List.of("IRQUAF>IRQMIL 190 asserted 2024-04-16"), ev);
    }

    @Test
    void placesCapitalsAndEnvoysAsTargetsStandForTheirCountries() {
        // "a visit by the Uzbek president to Astana": a place in the target role is its country
        List<String> visit = summaries(new Docs().add("a/DT visit/NN/O/visit by/IN the/DT Uzbek/JJ president/NN to/IN Astana/NNP/LOCATION",
                "det(visit-2, a-1)", "root(ROOT-0, visit-2)", "case(president-6, by-3)", "det(president-6, the-4)",
                "amod(president-6, Uzbek-5)", "nmod(visit-2, president-6)", "case(Astana-8, to-7)", "nmod(visit-2, Astana-8)"));
        assertTrue(visit.stream().anyMatch(x -> x.startsWith("UZBGOV>KAZ") && x.contains(" 042 ")), visit.toString());
        // "Ankara's criticism of Stockholm": a capital as the party of an act is its government
        List<String> criticism = summaries(new Docs().add("Ankara/NNP/LOCATION 's/POS criticism/NN/O/criticism of/IN Stockholm/NNP/LOCATION",
                "nmod:poss(criticism-3, Ankara-1)", "case(Ankara-1, 's-2)", "root(ROOT-0, criticism-3)", "case(Stockholm-5, of-4)",
                "nmod(criticism-3, Stockholm-5)"));
        assertTrue(criticism.stream().anyMatch(x -> x.startsWith("TURGOV>SWEGOV 111")), criticism.toString());
        // "Iran summoned the British ambassador": the envoy of another country is the one summoned
        List<String> summoned = summaries(new Docs().add("Iran/NNP/LOCATION summoned/VBD/O/summon the/DT British/JJ ambassador/NN/O/ambassador",
                "nsubj(summoned-2, Iran-1)", "root(ROOT-0, summoned-2)", "det(ambassador-5, the-3)", "amod(ambassador-5, British-4)",
                "obj(summoned-2, ambassador-5)"));
        assertTrue(summoned.stream().anyMatch(x -> x.startsWith("IRN>GBR") && x.contains(" 114 ")), summoned.toString());
    }

    @Test
    void theOneCalledOnDoesWhatItIsCalledOnToDo() {
        // "Sudan called on Chad to close its border", "on Chad" parsed as an oblique rather than a particle
        List<String> ev = summaries(new Docs().add("Sudan/NNP/LOCATION called/VBD/O/call on/IN Chad/NNP/LOCATION to/TO close/VB/O/close "
                        + "its/PRP$ border/NN/O/border",
                "nsubj(called-2, Sudan-1)", "root(ROOT-0, called-2)", "case(Chad-4, on-3)", "obl(called-2, Chad-4)",
                "mark(close-6, to-5)", "xcomp(called-2, close-6)", "nmod:poss(border-8, its-7)", "obj(close-6, border-8)"));
        assertTrue(ev.contains("SDN>TCD 020 asserted 2024-04-16"), ev.toString());
        assertTrue(ev.stream().filter(x -> x.contains(" 191 ")).allMatch(x -> x.startsWith("TCD>") && x.contains("hypothetical")), ev.toString());
    }

    @Test
    void jointShowsOfForceAreMilitaryCooperationAndDrillsAroundACountryFaceIt() {
        List<String> joint = summaries(new Docs().add("France/NNP/LOCATION and/CC India/NNP/LOCATION held/VBD/O/hold joint/JJ "
                        + "naval/JJ exercises/NNS/O/exercise",
                "nsubj(held-4, France-1)", "cc(India-3, and-2)", "conj(France-1, India-3)", "root(ROOT-0, held-4)",
                "amod(exercises-7, joint-5)", "amod(exercises-7, naval-6)", "obj(held-4, exercises-7)"));
        assertEquals(List.of("FRA>IND 062 asserted 2024-04-16", "IND>FRA 062 asserted 2024-04-16"), joint);
        List<String> drills = summaries(new Docs().add("China/NNP/LOCATION launched/VBD/O/launch drills/NNS/O/drill around/IN Taiwan/NNP/LOCATION",
                "nsubj(launched-2, China-1)", "root(ROOT-0, launched-2)", "obj(launched-2, drills-3)", "case(Taiwan-5, around-4)",
                "obl(launched-2, Taiwan-5)"));
        assertTrue(drills.contains("CHN>TWN 150 asserted 2024-04-16"), drills.toString());
    }

    @Test
    void theDoerOfANamedActComesFromTheClauseAroundIt() {
        // "Houthi rebels claimed responsibility for a drone attack": the attack is theirs
        List<String> claimed = summaries(new Docs().add("Yemeni/JJ rebels/NNS claimed/VBD/O/claim responsibility/NN for/IN an/DT attack/NN/O/attack "
                        + "on/IN Israel/NNP/LOCATION",
                "amod(rebels-2, Yemeni-1)", "nsubj(claimed-3, rebels-2)", "root(ROOT-0, claimed-3)", "obj(claimed-3, responsibility-4)",
                "case(attack-7, for-5)", "det(attack-7, an-6)", "nmod(responsibility-4, attack-7)", "case(Israel-9, on-8)",
                "nmod(attack-7, Israel-9)"));
        assertTrue(claimed.contains("YEMREB>ISR 190 asserted 2024-04-16"), claimed.toString());
        // "the minister asked Germany for arms during a visit to Berlin": the minister's visit, which did happen
        List<String> visit = summaries(new Docs().add("Ukraine/NNP/LOCATION asked/VBD/O/ask Germany/NNP/LOCATION for/IN arms/NNS during/IN "
                        + "a/DT visit/NN/O/visit to/IN Berlin/NNP/LOCATION",
                "nsubj(asked-2, Ukraine-1)", "root(ROOT-0, asked-2)", "obj(asked-2, Germany-3)", "case(arms-5, for-4)",
                "obl(asked-2, arms-5)", "case(visit-8, during-6)", "det(visit-8, a-7)", "obl(asked-2, visit-8)", "case(Berlin-10, to-9)",
                "nmod(visit-8, Berlin-10)"));
        assertTrue(visit.stream().anyMatch(x -> x.startsWith("UKR>DEU") && x.contains(" 042 asserted")), visit.toString());
        // "an Israeli strike that killed a commander": the strike's doer kills
        List<String> strike = summaries(new Docs().add("an/DT Israeli/JJ strike/NN/O/strike that/WDT killed/VBD/O/kill a/DT Lebanese/JJ commander/NN",
                "det(strike-3, an-1)", "amod(strike-3, Israeli-2)", "root(ROOT-0, strike-3)", "nsubj(killed-5, that-4)",
                "acl:relcl(strike-3, killed-5)", "det(commander-8, a-6)", "amod(commander-8, Lebanese-7)", "obj(killed-5, commander-8)"));
        assertTrue(strike.stream().anyMatch(x -> x.startsWith("ISR>LBN") && x.contains(" 190 ")), strike.toString());
    }

    @Test
    void thePartiesOfWhatIsSaidOrFeltAreTheTargets() {
        // "investigating reports that Myanmar jets violated the airspace": the reports are about Myanmar
        List<String> reports = summaries(new Docs().add("Thailand/NNP/LOCATION investigated/VBD/O/investigate reports/NNS that/IN "
                        + "Myanmar/NNP/LOCATION jets/NNS bombed/VBD/O/bomb villages/NNS",
                "nsubj(investigated-2, Thailand-1)", "root(ROOT-0, investigated-2)", "obj(investigated-2, reports-3)", "mark(bombed-7, that-4)",
                "compound(jets-6, Myanmar-5)", "nsubj(bombed-7, jets-6)", "acl(reports-3, bombed-7)", "obj(bombed-7, villages-8)"));
        assertTrue(reports.stream().anyMatch(x -> x.startsWith("THA>MMR") && x.contains(" 090 ")), reports.toString());
        // "expressed optimism about relations with North Korea"
        List<String> optimism = summaries(new Docs().add("Seoul/NNP/LOCATION expressed/VBD/O/express optimism/NN/O/optimism about/IN "
                        + "relations/NNS/O/relation with/IN Pyongyang/NNP/LOCATION",
                "nsubj(expressed-2, Seoul-1)", "root(ROOT-0, expressed-2)", "obj(expressed-2, optimism-3)", "case(relations-5, about-4)",
                "nmod(optimism-3, relations-5)", "case(Pyongyang-7, with-6)", "nmod(relations-5, Pyongyang-7)"));
        assertTrue(optimism.stream().anyMatch(x -> x.startsWith("KORGOV>PRK") && x.contains(" 013 ")), optimism.toString());
        // "the EU told Serbia it must align its policy": "it" is the one told, who is obliged
        List<String> told = summaries(new Docs().add("the/DT EU/NNP/ORGANIZATION told/VBD/O/tell Serbia/NNP/LOCATION it/PRP must/MD "
                        + "align/VB/O/align its/PRP$ policy/NN",
                "det(EU-2, the-1)", "nsubj(told-3, EU-2)", "root(ROOT-0, told-3)", "obj(told-3, Serbia-4)", "nsubj(align-7, it-5)",
                "aux(align-7, must-6)", "ccomp(told-3, align-7)", "nmod:poss(policy-9, its-8)", "obj(align-7, policy-9)"));
        assertTrue(told.stream().anyMatch(x -> x.startsWith("IGO") && x.contains(">SRB 100 asserted")), told.toString());
    }

    @Test
    void embassiesCrossingsAndTalksBesideTheActNameItsParties() {
        // "Malians protested outside the French embassy": at France
        List<String> embassy = summaries(new Docs().add("Malians/NNPS protested/VBD/O/protest outside/IN the/DT French/JJ embassy/NN/O/embassy",
                "nsubj(protested-2, Malians-1)", "root(ROOT-0, protested-2)", "case(embassy-6, outside-3)", "det(embassy-6, the-4)",
                "amod(embassy-6, French-5)", "obl(protested-2, embassy-6)"));
        assertTrue(embassy.stream().anyMatch(x -> x.startsWith("MLI>FRA") && x.contains(" 140 ")), embassy.toString());
        // "Polish farmers blocked the road with Ukraine" (the with-phrase parsed as the verb's): at Ukraine
        List<String> with = summaries(new Docs().add("Polish/JJ farmers/NNS blocked/VBD/O/block the/DT road/NN with/IN Ukraine/NNP/LOCATION",
                "amod(farmers-2, Polish-1)", "nsubj(blocked-3, farmers-2)", "root(ROOT-0, blocked-3)", "det(road-5, the-4)",
                "obj(blocked-3, road-5)", "case(Ukraine-7, with-6)", "obl(blocked-3, Ukraine-7)"));
        assertTrue(with.contains("POLAGR>UKR 144 asserted 2024-04-16"), with.toString());
        // "the union called off the strike after talks with the government": the union's talks, which took place
        List<String> talks = summaries(new Docs().add("Kenyan/JJ unions/NNS/O/union called/VBD/O/call off/RP the/DT strike/NN after/IN "
                        + "talks/NNS/O/talk with/IN the/DT government/NN",
                "amod(unions-2, Kenyan-1)", "nsubj(called-3, unions-2)", "root(ROOT-0, called-3)", "compound:prt(called-3, off-4)",
                "det(strike-6, the-5)", "obj(called-3, strike-6)", "case(talks-8, after-7)", "obl(called-3, talks-8)",
                "case(government-11, with-9)", "det(government-11, the-10)", "nmod(talks-8, government-11)"));
        assertTrue(talks.stream().anyMatch(x -> x.startsWith("KENLAB>KENGOV 046 asserted")), talks.toString());
    }

    @Test
    void passivesNameTheirPartiesWithoutAnAgent() {
        // "Israeli reservists were called up": by their own country
        List<String> called = summaries(new Docs().add("Israeli/JJ reservists/NNS/O/reservist were/VBD/O/be called/VBN/O/call up/RP",
                "amod(reservists-2, Israeli-1)", "nsubj:pass(called-4, reservists-2)", "aux:pass(called-4, were-3)", "root(ROOT-0, called-4)",
                "compound:prt(called-4, up-5)"));
        assertTrue(called.stream().anyMatch(x -> x.startsWith("ISR") && x.contains(" 154 asserted")), called.toString());
        // "Japan's demand was rejected by Russia": the demand was addressed to the one rejecting it
        List<String> rejected = summaries(new Docs().add("Japan/NNP/LOCATION 's/POS demand/NN/O/demand was/VBD/O/be rejected/VBN/O/reject "
                        + "by/IN Russia/NNP/LOCATION",
                "nmod:poss(demand-3, Japan-1)", "case(Japan-1, 's-2)", "nsubj:pass(rejected-5, demand-3)", "aux:pass(rejected-5, was-4)",
                "root(ROOT-0, rejected-5)", "case(Russia-7, by-6)", "obl(rejected-5, Russia-7)"));
        assertTrue(rejected.contains("JPN>RUS 100 asserted 2024-04-16"), rejected.toString());
    }

    @Test
    void aBodyJoinedToANationalityIsAPartyOfItsOwn() {
        List<String> ev = summaries(new Docs().add("Qatar/NNP/LOCATION held/VBD/O/hold talks/NNS/O/talk with/IN Israeli/JJ and/CC "
                        + "Hamas/NNP/ORGANIZATION delegations/NNS/O/delegation",
                "nsubj(held-2, Qatar-1)", "root(ROOT-0, held-2)", "obj(held-2, talks-3)", "case(delegations-8, with-4)",
                "amod(delegations-8, Israeli-5)", "cc(Hamas-7, and-6)", "conj(Israeli-5, Hamas-7)", "nmod(talks-3, delegations-8)"));
        assertTrue(ev.contains("QAT>ISRGOV 046 asserted 2024-04-16") && ev.contains("QAT>PSEREB 046 asserted 2024-04-16"), ev.toString());
    }

    @Test
    void aCandidateCapturingAStateWinsItAndALetterSomeoneSpeaksInIsTheirs() {
        List<String> won = summaries(new Docs().add("Senator/NNP Cruz/NNP/PERSON captured/VBD/O/capture Texas/NNP/LOCATION",
                "compound(Cruz-2, Senator-1)", "nsubj(captured-3, Cruz-2)", "root(ROOT-0, captured-3)", "obj(captured-3, Texas-4)"));
        assertTrue(won.stream().noneMatch(x -> x.contains(" 173 ")), "an election won is no arrest: " + won);
        // "In a letter handed over to the UN, Iraq said ...": Iraq handed it over
        List<String> letter = summaries(new Docs().add("in/IN a/DT letter/NN/O/letter handed/VBN/O/hand over/RP to/IN the/DT UN/NNP/ORGANIZATION "
                        + ",/, Iraq/NNP/LOCATION said/VBD/O/say it/PRP agreed/VBD/O/agree",
                "case(letter-3, in-1)", "det(letter-3, a-2)", "obl(said-11, letter-3)", "acl(letter-3, handed-4)",
                "compound:prt(handed-4, over-5)", "case(UN-8, to-6)", "det(UN-8, the-7)", "obl(handed-4, UN-8)", "punct(said-11, ,-9)",
                "nsubj(said-11, Iraq-10)", "root(ROOT-0, said-11)", "nsubj(agreed-13, it-12)", "ccomp(said-11, agreed-13)"));
        assertTrue(letter.stream().anyMatch(x -> x.startsWith("IRQ>IGO") && x.contains(" 010 ")), letter.toString());
    }

    @Test
    void thoseKilledWhereAnActHappensAreOfThatPlace() {
        // "Russian forces shelled the city of Kherson, killing four civilians": Ukrainian civilians, not Russian ones
        List<String> ev = summaries(new Docs().add("Russian/JJ forces/NNS shelled/VBD/O/shell the/DT city/NN of/IN Kherson/NNP/LOCATION ,/, "
                        + "killing/VBG/O/kill four/CD civilians/NNS",
                "amod(forces-2, Russian-1)", "nsubj(shelled-3, forces-2)", "root(ROOT-0, shelled-3)", "det(city-5, the-4)",
                "obj(shelled-3, city-5)", "case(Kherson-7, of-6)", "nmod(city-5, Kherson-7)", "punct(shelled-3, ,-8)",
                "advcl(shelled-3, killing-9)", "nummod(civilians-11, four-10)", "obj(killing-9, civilians-11)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("RUSMIL>UKRCVL")), ev.toString());
    }

    @Test
    void anArrestWithNoAgentIsByTheStateOfThePlace() {
        List<String> ev = summaries(new Docs().add("a/DT French/JJ journalist/NN was/VBD/O/be arrested/VBN/O/arrest in/IN Tehran/NNP/LOCATION",
                "det(journalist-3, a-1)", "amod(journalist-3, French-2)", "nsubj:pass(arrested-5, journalist-3)", "aux:pass(arrested-5, was-4)",
                "root(ROOT-0, arrested-5)", "case(Tehran-7, in-6)", "obl(arrested-5, Tehran-7)"));
        assertEquals(List.of("IRNCOP>FRAMED 173 asserted 2024-04-16"), ev);
        List<String> nowhere = summaries(new Docs().add("a/DT French/JJ journalist/NN was/VBD/O/be arrested/VBN/O/arrest",
                "det(journalist-3, a-1)", "amod(journalist-3, French-2)", "nsubj:pass(arrested-5, journalist-3)", "aux:pass(arrested-5, was-4)",
                "root(ROOT-0, arrested-5)"));
        assertEquals(List.of("--->FRAMED 173 asserted 2024-04-16"), nowhere, "with no place, no state is guessed");
    }

    @Test
    void aPronounObjectOfAParticipleIsTheObjectOfItsAct() {
        List<String> ev = summaries(new Docs().add("Lithuania/NNP/LOCATION expelled/VBD/O/expel three/CD Russian/JJ diplomats/NNS/O/diplomat ,/, "
                        + "accusing/VBG/O/accuse them/PRP of/IN spying/VBG/O/spy",
                "nsubj(expelled-2, Lithuania-1)", "root(ROOT-0, expelled-2)", "nummod(diplomats-5, three-3)", "amod(diplomats-5, Russian-4)",
                "obj(expelled-2, diplomats-5)", "punct(expelled-2, ,-6)", "advcl(expelled-2, accusing-7)", "obj(accusing-7, them-8)",
                "mark(spying-10, of-9)", "advcl(accusing-7, spying-10)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("LTU>RUS") && x.contains(" 112 ")), ev.toString());
    }

    @Test
    void signingsAbroadDoNotPlaceTheirParties() {
        // "Ethiopian forces and Tigrayan fighters signed a ceasefire in Pretoria": the fighters are not South African
        List<String> ev = summaries(new Docs().add("Ethiopian/JJ forces/NNS and/CC Tigrayan/JJ fighters/NNS signed/VBD/O/sign a/DT "
                        + "ceasefire/NN in/IN Pretoria/NNP/LOCATION",
                "amod(forces-2, Ethiopian-1)", "nsubj(signed-6, forces-2)", "cc(fighters-5, and-3)", "amod(fighters-5, Tigrayan-4)",
                "conj(forces-2, fighters-5)", "root(ROOT-0, signed-6)", "det(ceasefire-8, a-7)", "obj(signed-6, ceasefire-8)",
                "case(Pretoria-10, in-9)", "obl(signed-6, Pretoria-10)"));
        assertTrue(ev.stream().noneMatch(x -> x.contains("ZAF")), ev.toString());
    }

    @Test
    void armedMenAreAPartyAndClosingABorderIsOneSided() {
        List<String> armed = summaries(new Docs().add("armed/JJ men/NNS/O/man abducted/VBD/O/abduct a/DT French/JJ engineer/NN in/IN "
                        + "Niamey/NNP/LOCATION",
                "amod(men-2, armed-1)", "nsubj(abducted-3, men-2)", "root(ROOT-0, abducted-3)", "det(engineer-6, a-4)",
                "amod(engineer-6, French-5)", "obj(abducted-3, engineer-6)", "case(Niamey-8, in-7)", "obl(abducted-3, Niamey-8)"));
        assertTrue(armed.stream().anyMatch(x -> x.startsWith("NERUAF>FRA") && x.contains(" 181 ")), armed.toString());
        List<String> closed = summaries(new Docs().add("Chad/NNP/LOCATION closed/VBD/O/close its/PRP$ border/NN/O/border with/IN Sudan/NNP/LOCATION",
                "nsubj(closed-2, Chad-1)", "root(ROOT-0, closed-2)", "nmod:poss(border-4, its-3)", "obj(closed-2, border-4)",
                "case(Sudan-6, with-5)", "nmod(border-4, Sudan-6)"));
        assertTrue(closed.stream().noneMatch(x -> x.startsWith("SDN>TCD")), "Sudan closed nothing: " + closed);
    }

    @Test
    void unlikelyActsNeitherPartyDidAndConditionalThreats() {
        assertEquals(Modality.HYPOTHETICAL, events(new Docs().add("Russia/NNP/LOCATION is/VBZ/O/be unlikely/JJ to/TO attack/VB/O/attack "
                        + "Poland/NNP/LOCATION",
                "nsubj(unlikely-3, Russia-1)", "cop(unlikely-3, is-2)", "root(ROOT-0, unlikely-3)", "mark(attack-5, to-4)",
                "xcomp(unlikely-3, attack-5)", "obj(attack-5, Poland-6)")).get(0).modality());
        List<Event> neither = events(new Docs().add("neither/CC Russia/NNP/LOCATION nor/CC Ukraine/NNP/LOCATION agreed/VBD/O/agree",
                "cc:preconj(Russia-2, neither-1)", "nsubj(agreed-5, Russia-2)", "cc(Ukraine-4, nor-3)", "conj(Russia-2, Ukraine-4)",
                "root(ROOT-0, agreed-5)"));
        assertTrue(!neither.isEmpty() && neither.stream().allMatch(e -> e.modality() == Modality.NEGATED), neither.toString());
        // "Iran threatened to close the strait if the US attacked": the threat is at the US
        List<String> threat = summaries(new Docs().add("Iran/NNP/LOCATION threatened/VBD/O/threaten to/TO close/VB/O/close the/DT strait/NN "
                        + "if/IN the/DT US/NNP/LOCATION attacked/VBD/O/attack",
                "nsubj(threatened-2, Iran-1)", "root(ROOT-0, threatened-2)", "mark(close-4, to-3)", "xcomp(threatened-2, close-4)",
                "det(strait-6, the-5)", "obj(close-4, strait-6)", "mark(attacked-10, if-7)", "det(US-9, the-8)", "nsubj(attacked-10, US-9)",
                "advcl(close-4, attacked-10)"));
        assertTrue(threat.contains("IRN>USA 130 asserted 2024-04-16"), threat.toString());
    }

    @Test
    void aDemandRefusedWasStillMadeToTheOneRefusing() {
        List<String> ev = summaries(new Docs().add("Kosovo/NNP/LOCATION refused/VBD/O/refuse to/TO meet/VB/O/meet EU/NNP/ORGANIZATION "
                        + "demands/NNS/O/demand",
                "nsubj(refused-2, Kosovo-1)", "root(ROOT-0, refused-2)", "mark(meet-4, to-3)", "xcomp(refused-2, meet-4)",
                "compound(demands-6, EU-5)", "obj(meet-4, demands-6)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("IGO") && x.contains(">XKX 100 asserted")), ev.toString());
    }

    @Test
    void watersNamedAfterACountryAreNotItsTerritory() {
        List<String> ev = summaries(new Docs().add("Iran/NNP/LOCATION seized/VBD/O/seize a/DT tanker/NN in/IN the/DT Gulf/NNP/LOCATION "
                        + "of/IN Oman/NNP/LOCATION",
                "nsubj(seized-2, Iran-1)", "root(ROOT-0, seized-2)", "det(tanker-4, a-3)", "obj(seized-2, tanker-4)", "case(Gulf-7, in-5)",
                "det(Gulf-7, the-6)", "obl(seized-2, Gulf-7)", "case(Oman-9, of-8)", "nmod(Gulf-7, Oman-9)"));
        assertTrue(ev.stream().noneMatch(x -> x.contains("OMN")), "the tanker was not seized from Oman: " + ev);
    }

    @Test
    void clashesBetweenTwoSidesAreEachSidesAct() {
        List<String> ev = summaries(new Docs().add("clashes/NNS/O/clash between/IN Armenian/JJ and/CC Azerbaijani/JJ troops/NNS",
                "root(ROOT-0, clashes-1)", "case(troops-6, between-2)", "amod(troops-6, Armenian-3)", "cc(Azerbaijani-5, and-4)",
                "conj(Armenian-3, Azerbaijani-5)", "nmod(clashes-1, troops-6)"));
        assertTrue(ev.contains("ARMMIL>AZEMIL 190 asserted 2024-04-16") && ev.contains("AZEMIL>ARMMIL 190 asserted 2024-04-16"), ev.toString());
    }

    @Test
    void whatOneIsAccusedOfPlottingIsAlleged() {
        List<Event> ev = events(new Docs().add("Venezuela/NNP/LOCATION arrested/VBD/O/arrest Americans/NNPS accused/VBN/O/accuse of/IN "
                        + "plotting/VBG/O/plot to/TO assassinate/VB/O/assassinate Maduro/NNP/PERSON",
                "nsubj(arrested-2, Venezuela-1)", "root(ROOT-0, arrested-2)", "obj(arrested-2, Americans-3)", "acl(Americans-3, accused-4)",
                "case(plotting-6, of-5)", "obl(accused-4, plotting-6)", "mark(assassinate-8, to-7)", "xcomp(plotting-6, assassinate-8)",
                "obj(assassinate-8, Maduro-9)"));
        assertEquals(Modality.HYPOTHETICAL, ev.stream().filter(e -> e.cameoCode().equals("186")).findFirst().orElseThrow().modality());
    }

    @Test
    void aCrowdIsOfItsPlaceAndAProtestAfterAnActIsAtItsDoer() {
        List<String> crowd = summaries(new Docs().add("thousands/NNS/O/thousand marched/VBD/O/march in/IN Caracas/NNP/LOCATION",
                "nsubj(marched-2, thousands-1)", "root(ROOT-0, marched-2)", "case(Caracas-4, in-3)", "obl(marched-2, Caracas-4)"));
        assertTrue(crowd.stream().anyMatch(x -> x.startsWith("VENCVL>") && x.contains(" 141 asserted")), crowd.toString());
        List<String> after = summaries(new Docs().add("Japan/NNP/LOCATION protested/VBD/O/protest after/IN North/NNP/LOCATION "
                        + "Korea/NNP/LOCATION attacked/VBD/O/attack ships/NNS",
                "nsubj(protested-2, Japan-1)", "root(ROOT-0, protested-2)", "mark(attacked-6, after-3)", "compound(Korea-5, North-4)",
                "nsubj(attacked-6, Korea-5)", "advcl(protested-2, attacked-6)", "obj(attacked-6, ships-7)"));
        assertTrue(after.stream().anyMatch(x -> x.startsWith("JPN>PRK")), after.toString());
    }

    @Test
    void aCeasefireIsKeptWithEachOther() {
        List<String> ev = summaries(new Docs().add("Colombia/NNP/LOCATION and/CC Venezuela/NNP/LOCATION extended/VBD/O/extend the/DT "
                        + "ceasefire/NN/O/ceasefire",
                "nsubj(extended-4, Colombia-1)", "cc(Venezuela-3, and-2)", "conj(Colombia-1, Venezuela-3)", "root(ROOT-0, extended-4)",
                "det(ceasefire-6, the-5)", "obj(extended-4, ceasefire-6)"));
        assertEquals(List.of("COL>VEN 0871 asserted 2024-04-16", "VEN>COL 0871 asserted 2024-04-16"), ev);
    }

    @Test
    void partiesThatAccuseEachOtherAccuseTheOther() {
        List<String> ev = summaries(new Docs().add("Azerbaijan/NNP/LOCATION and/CC Armenia/NNP/LOCATION accused/VBD/O/accuse each/DT other/JJ",
                "nsubj(accused-4, Azerbaijan-1)", "cc(Armenia-3, and-2)", "conj(Azerbaijan-1, Armenia-3)", "root(ROOT-0, accused-4)",
                "det(other-6, each-5)", "obj(accused-4, other-6)"));
        assertEquals(List.of("AZE>ARM 112 asserted 2024-04-16", "ARM>AZE 112 asserted 2024-04-16"), ev);
    }

    @Test
    void aNamedCampAndAVisitedCountryArePlacesActedOn() {
        List<String> raid = summaries(new Docs().add("Israeli/JJ troops/NNS raided/VBD/O/raid the/DT Jenin/NNP/LOCATION camp/NN",
                "amod(troops-2, Israeli-1)", "nsubj(raided-3, troops-2)", "root(ROOT-0, raided-3)", "det(camp-6, the-4)",
                "compound(camp-6, Jenin-5)", "obj(raided-3, camp-6)"));
        assertTrue(raid.contains("ISRMIL>PSE 190 asserted 2024-04-16"), raid.toString());
        List<String> visit = summaries(new Docs().add("Indonesia/NNP/LOCATION visited/VBD/O/visit Malaysia/NNP/LOCATION to/TO sign/VB/O/sign "
                        + "an/DT agreement/NN/O/agreement",
                "nsubj(visited-2, Indonesia-1)", "root(ROOT-0, visited-2)", "obj(visited-2, Malaysia-3)", "mark(sign-5, to-4)",
                "advcl(visited-2, sign-5)", "det(agreement-7, an-6)", "obj(sign-5, agreement-7)"));
        assertTrue(visit.contains("IDN>MYS 057 asserted 2024-04-16"), visit.toString());
    }

    @Test
    void eventsInsideAQuoteAreAttributedToItsSpeaker() {
        CodedArticle c = CODER.code(new Docs().add(
                "\"/`` Iran/NNP attacked/VBD/O/attack Israel/NNP twice/RB ,/, \"/'' a/DT U.S./NNP official/NN said/VBD/O/say ./.",
                "punct(attacked-3, \"-1)", "nsubj(attacked-3, Iran-2)", "ccomp(said-11, attacked-3)", "obj(attacked-3, Israel-4)",
                "advmod(attacked-3, twice-5)", "punct(attacked-3, ,-6)", "punct(attacked-3, \"-7)", "det(official-10, a-8)",
                "compound(official-10, U.S.-9)", "nsubj(said-11, official-10)", "root(ROOT-0, said-11)", "punct(said-11, .-12)").build());
        Event e = c.events().get(0);
        assertEquals("a U.S. official", e.attribution().speaker());
        assertTrue(e.attribution().anonymous());
        assertEquals("USAGOV", e.attribution().actor().code());
    }

    @Test
    void badFrameFilesFailWithFileAndLine() throws Exception {
        Path bad = tmp.resolve("verbs.tsv");
        Files.writeString(bad, "attack\tsubj\tobj\t190\tok\nbomb\tsubj\tunder\t183\tbad role\n", StandardCharsets.UTF_8);
        LexiconException e = assertThrows(LexiconException.class, () -> FrameLexicon.onlyFiles(List.of(bad)));
        assertTrue(e.getMessage().contains("verbs.tsv:2") && e.getMessage().contains("under"), e.getMessage());
        Files.writeString(bad, "attack\tsubj\tobj\t999\tbad code\n", StandardCharsets.UTF_8);
        e = assertThrows(LexiconException.class, () -> FrameLexicon.onlyFiles(List.of(bad)));
        assertTrue(e.getMessage().contains("verbs.tsv:1") && e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void politiciansContendInWordsButTheirFollowersUseForce() {
        List<String> words = summaries(new Docs().add("U.S./NNP/LOCATION Senator/NNP Cruz/NNP/PERSON destroyed/VBD/O/destroy "
                        + "U.S./NNP/LOCATION Senator/NNP Rubio/NNP/PERSON",
                "compound(Cruz-3, U.S.-1)", "compound(Cruz-3, Senator-2)", "nsubj(destroyed-4, Cruz-3)", "root(ROOT-0, destroyed-4)",
                "compound(Rubio-7, U.S.-5)", "compound(Rubio-7, Senator-6)", "obj(destroyed-4, Rubio-7)"));
        assertEquals(List.of(), words, "one senator 'destroying' another is no act of force");
        List<String> force = summaries(new Docs().add("Awami/NNP/ORGANIZATION League/NNP/ORGANIZATION activists/NNS attacked/VBD/O/attack "
                        + "BNP/NNP/ORGANIZATION supporters/NNS",
                "compound(League-2, Awami-1)", "compound(activists-3, League-2)", "nsubj(attacked-4, activists-3)",
                "root(ROOT-0, attacked-4)", "compound(supporters-6, BNP-5)", "obj(attacked-4, supporters-6)"));
        assertTrue(force.stream().anyMatch(x -> x.matches("BGD\\w*>BGD\\w* 190 asserted 2024-04-16")), force.toString());
    }

    @Test
    void aRetaliationToldByItsMeansIsThatAct() {
        List<String> ev = summaries(new Docs().add("Russia/NNP/LOCATION retaliated/VBD/O/retaliate by/IN expelling/VBG/O/expel 23/CD "
                        + "British/JJ diplomats/NNS/O/diplomat",
                "nsubj(retaliated-2, Russia-1)", "root(ROOT-0, retaliated-2)", "mark(expelling-4, by-3)", "advcl(retaliated-2, expelling-4)",
                "nummod(diplomats-7, 23-5)", "amod(diplomats-7, British-6)", "obj(expelling-4, diplomats-7)"));
        assertEquals(List.of("RUS>GBRGOV 161 asserted 2024-04-16"), ev);
        assertEquals(List.of("RUS>--- 190 asserted 2024-04-16"), summaries(new Docs().add("Russia/NNP/LOCATION retaliated/VBD/O/retaliate",
                "nsubj(retaliated-2, Russia-1)", "root(ROOT-0, retaliated-2)")), "a retaliation of no stated means stays force");
    }

    @Test
    void aCommandIsNoActDone() {
        List<String> chant = summaries(new Docs().add("Protesters/NNS chanted/VBD/O/chant :/: release/VB/O/release the/DT Iranian/JJ hostages/NNS !/.",
                "nsubj(chanted-2, Protesters-1)", "root(ROOT-0, chanted-2)", "punct(release-4, :-3)", "parataxis(chanted-2, release-4)",
                "det(hostages-7, the-5)", "amod(hostages-7, Iranian-6)", "obj(release-4, hostages-7)", "punct(chanted-2, !-8)"));
        assertTrue(chant.stream().allMatch(x -> x.contains("hypothetical")) && !chant.isEmpty(), chant.toString());
        List<String> helped = summaries(new Docs().add("Troops/NNS went/VBD/O/go to/TO help/VB/O/help release/VB/O/release the/DT hostages/NNS",
                "nsubj(went-2, Troops-1)", "root(ROOT-0, went-2)", "mark(help-4, to-3)", "advcl(went-2, help-4)", "dep(help-4, release-5)",
                "det(hostages-7, the-6)", "obj(release-5, hostages-7)"));
        assertTrue(helped.stream().noneMatch(x -> x.contains("0841 hypothetical")), "a bare verb after another is no command: " + helped);
    }

    @Test
    void anUnnamedCrowdIsOfThePlaceOrOfTheArticlesCountry() {
        List<String> there = summaries(new Docs().add("Tens/NNS/O/ten of/IN thousands/NNS/O/thousand marched/VBD/O/march in/IN "
                        + "La/NNP/LOCATION Paz/NNP/LOCATION",
                "nsubj(marched-4, Tens-1)", "case(thousands-3, of-2)", "nmod(Tens-1, thousands-3)", "root(ROOT-0, marched-4)",
                "case(Paz-7, in-5)", "compound(Paz-7, La-6)", "obl(marched-4, Paz-7)"));
        assertEquals(List.of("BOLCVL>BOL 141 asserted 2024-04-16"), there);
        List<String> context = summaries(new Docs().add("Kenyan/JJ police/NNS arrested/VBD/O/arrest protesters/NNS as/IN "
                        + "thousands/NNS/O/thousand marched/VBD/O/march",
                "amod(police-2, Kenyan-1)", "nsubj(arrested-3, police-2)", "root(ROOT-0, arrested-3)", "obj(arrested-3, protesters-4)",
                "mark(marched-7, as-5)", "nsubj(marched-7, thousands-6)", "advcl(arrested-3, marched-7)"));
        assertTrue(context.contains("KENCVL>KEN 141 asserted 2024-04-16"), context.toString());
    }

    @Test
    void onePromptedToActActsAtThePrompter() {
        List<String> ev = summaries(new Docs().add("Mexico/NNP/LOCATION granted/VBD/O/grant asylum/NN/O/asylum to/TO a/DT Bolivian/JJ "
                        + "minister/NN ,/, prompting/VBG/O/prompt Bolivia/NNP/LOCATION to/TO lodge/VB/O/lodge a/DT protest/NN/O/protest",
                "nsubj(granted-2, Mexico-1)", "root(ROOT-0, granted-2)", "obj(granted-2, asylum-3)", "case(minister-7, to-4)",
                "det(minister-7, a-5)", "amod(minister-7, Bolivian-6)", "obl(granted-2, minister-7)", "punct(prompting-9, ,-8)",
                "advcl(granted-2, prompting-9)", "obj(prompting-9, Bolivia-10)", "mark(lodge-12, to-11)", "xcomp(prompting-9, lodge-12)",
                "det(protest-14, a-13)", "obj(lodge-12, protest-14)"));
        assertTrue(ev.contains("BOL>MEX 114 asserted 2024-04-16"), ev.toString());
    }

    @Test
    void aNounSummingUpAClauseNamesItsDoersAndCoordinatedActsShareTheirParty() {
        List<String> move = summaries(new Docs().add("Japan/NNP/LOCATION held/VBD/O/hold drills/NNS ,/, a/DT move/NN China/NNP/LOCATION "
                        + "condemned/VBD/O/condemn",
                "nsubj(held-2, Japan-1)", "root(ROOT-0, held-2)", "obj(held-2, drills-3)", "punct(move-6, ,-4)", "det(move-6, a-5)",
                "obl:npmod(held-2, move-6)", "nsubj(condemned-8, China-7)", "acl:relcl(move-6, condemned-8)"));
        assertTrue(move.contains("CHN>JPN 111 asserted 2024-04-16"), move.toString());
        List<String> recalled = summaries(new Docs().add("Guatemala/NNP/LOCATION recalled/VBD/O/recall its/PRP$ ambassador/NN/O/ambassador "
                        + "from/IN Nicaragua/NNP/LOCATION and/CC suspended/VBD/O/suspend talks/NNS/O/talk",
                "nsubj(recalled-2, Guatemala-1)", "root(ROOT-0, recalled-2)", "nmod:poss(ambassador-4, its-3)", "obj(recalled-2, ambassador-4)",
                "case(Nicaragua-6, from-5)", "obl(recalled-2, Nicaragua-6)", "cc(suspended-8, and-7)", "conj(recalled-2, suspended-8)",
                "obj(suspended-8, talks-9)"));
        assertTrue(recalled.contains("GTM>NIC 160 asserted 2024-04-16"), recalled.toString());
    }

    @Test
    void aVowedRetaliationIsAtTheAttackerWhoseAttackHappened() {
        List<Event> ev = events(new Docs().add("Pakistan/NNP/LOCATION vowed/VBD/O/vow to/TO retaliate/VB/O/retaliate after/IN "
                        + "Afghan/JJ forces/NNS fired/VBD/O/fire at/IN Pakistani/JJ troops/NNS on/IN Saturday/NNP",
                "nsubj(vowed-2, Pakistan-1)", "root(ROOT-0, vowed-2)", "mark(retaliate-4, to-3)", "xcomp(vowed-2, retaliate-4)",
                "mark(fired-8, after-5)", "amod(forces-7, Afghan-6)", "nsubj(fired-8, forces-7)", "advcl(retaliate-4, fired-8)",
                "case(troops-11, at-9)", "amod(troops-11, Pakistani-10)", "obl(fired-8, troops-11)",
                "case(Saturday-13, on-12)", "obl(fired-8, Saturday-13)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("AFGMIL>PAKMIL 190 asserted 2024-04-13"), "what is retaliated for happened: " + s);
        assertTrue(s.stream().anyMatch(x -> x.startsWith("PAK>AFGMIL 13") && x.contains("asserted")), "the threat is at the attacker: " + s);
    }

    @Test
    void theTwoLeadersAreTheTwoPartiesNamedLast() {
        List<String> ev = summaries(new Docs()
                .add("Indonesia/NNP/LOCATION hosted/VBD/O/host Australia/NNP/LOCATION 's/POS premier/NN ./.",
                        "nsubj(hosted-2, Indonesia-1)", "root(ROOT-0, hosted-2)", "nmod:poss(premier-5, Australia-3)",
                        "case(Australia-3, 's-4)", "obj(hosted-2, premier-5)", "punct(hosted-2, .-6)")
                .add("The/DT two/CD leaders/NNS/O/leader signed/VBD/O/sign an/DT agreement/NN/O/agreement",
                        "det(leaders-3, The-1)", "nummod(leaders-3, two-2)", "nsubj(signed-4, leaders-3)", "root(ROOT-0, signed-4)",
                        "det(agreement-6, an-5)", "obj(signed-4, agreement-6)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("IDN\\w*>AUS\\w* 057 asserted 2024-04-16"))
                && ev.stream().anyMatch(x -> x.matches("AUS\\w*>IDN\\w* 057 asserted 2024-04-16")), ev.toString());
        List<String> one = summaries(new Docs().add("Indonesia/NNP/LOCATION said/VBD/O/say the/DT two/CD leaders/NNS/O/leader "
                        + "signed/VBD/O/sign an/DT agreement/NN/O/agreement",
                "nsubj(said-2, Indonesia-1)", "root(ROOT-0, said-2)", "det(leaders-5, the-3)", "nummod(leaders-5, two-4)",
                "nsubj(signed-6, leaders-5)", "ccomp(said-2, signed-6)", "det(agreement-8, an-7)", "obj(signed-6, agreement-8)"));
        assertTrue(one.stream().noneMatch(x -> x.contains("057") && x.contains(">IDN")), "one party named is no pair: " + one);
        List<String> met = summaries(new Docs()
                .add("Indonesia/NNP/LOCATION hosted/VBD/O/host Australia/NNP/LOCATION 's/POS premier/NN ./.",
                        "nsubj(hosted-2, Indonesia-1)", "root(ROOT-0, hosted-2)", "nmod:poss(premier-5, Australia-3)",
                        "case(Australia-3, 's-4)", "obj(hosted-2, premier-5)", "punct(hosted-2, .-6)")
                .add("Japan/NNP/LOCATION met/VBD/O/meet both/DT leaders/NNS/O/leader",
                        "nsubj(met-2, Japan-1)", "root(ROOT-0, met-2)", "det(leaders-4, both-3)", "obj(met-2, leaders-4)"));
        assertTrue(met.stream().anyMatch(x -> x.matches("JPN>IDN\\w* 040 asserted 2024-04-16"))
                && met.stream().anyMatch(x -> x.matches("JPN>AUS\\w* 040 asserted 2024-04-16")), "the one meeting is not of the pair: " + met);
    }

    @Test
    void anInquiryIsAtThePlaceOfWhatItLooksInto() {
        List<String> ev = summaries(new Docs().add("The/DT UN/NNP/ORGANIZATION investigated/VBD/O/investigate crimes/NNS in/IN "
                        + "eastern/JJ Congo/NNP/LOCATION",
                "det(UN-2, The-1)", "nsubj(investigated-3, UN-2)", "root(ROOT-0, investigated-3)", "obj(investigated-3, crimes-4)",
                "case(Congo-7, in-5)", "amod(Congo-7, eastern-6)", "nmod(crimes-4, Congo-7)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("IGO\\w*>COD 090 asserted 2024-04-16")), ev.toString());
    }

    @Test
    void aFutureOneSideAnnouncesForSeveralIsThatSidesWordAndForToIsNotDone() {
        List<String> drills = summaries(new Docs().add("Iranian/JJ and/CC Russian/JJ navies/NNS/O/navy will/MD hold/VB/O/hold "
                        + "exercises/NNS/O/exercise ,/, Tehran/NNP/LOCATION said/VBD/O/say",
                "amod(navies-4, Iranian-1)", "cc(Russian-3, and-2)", "conj(Iranian-1, Russian-3)", "nsubj(hold-6, navies-4)",
                "aux(hold-6, will-5)", "root(ROOT-0, hold-6)", "obj(hold-6, exercises-7)", "punct(said-10, ,-8)", "nsubj(said-10, Tehran-9)",
                "parataxis(hold-6, said-10)"));
        assertTrue(drills.stream().anyMatch(x -> x.startsWith("IRN") && x.contains(" asserted")), drills.toString());
        assertTrue(drills.stream().noneMatch(x -> x.startsWith("RUS") && x.contains(" asserted")), "Russia said nothing: " + drills);
        List<String> permit = summaries(new Docs().add("Kenya/NNP/LOCATION issued/VBD/O/issue a/DT permit/NN for/IN protesters/NNS "
                        + "to/TO march/VB/O/march",
                "nsubj(issued-2, Kenya-1)", "root(ROOT-0, issued-2)", "det(permit-4, a-3)", "obj(issued-2, permit-4)",
                "mark(march-8, for-5)", "nsubj(march-8, protesters-6)", "mark(march-8, to-7)", "acl(permit-4, march-8)"));
        assertTrue(permit.stream().allMatch(x -> !x.contains(" 141 ") || x.contains("hypothetical")) && !permit.isEmpty(), permit.toString());
    }

    @Test
    void callingAnActACrimeAccusesTheOneWhoDidIt() {
        List<String> ev = summaries(new Docs()
                .add("Russian/JJ forces/NNS attacked/VBD/O/attack Kherson/NNP/LOCATION ./.",
                        "amod(forces-2, Russian-1)", "nsubj(attacked-3, forces-2)", "root(ROOT-0, attacked-3)", "obj(attacked-3, Kherson-4)",
                        "punct(attacked-3, .-5)")
                .add("Ukraine/NNP/LOCATION called/VBD/O/call the/DT attack/NN/O/attack a/DT war/NN crime/NN/O/crime",
                        "nsubj(called-2, Ukraine-1)", "root(ROOT-0, called-2)", "det(attack-4, the-3)", "nsubj(crime-7, attack-4)",
                        "det(crime-7, a-5)", "compound(crime-7, war-6)", "xcomp(called-2, crime-7)"));
        assertTrue(ev.contains("UKR>RUSMIL 112 asserted 2024-04-16"), ev.toString());
        List<String> plain = summaries(new Docs().add("Ukraine/NNP/LOCATION called/VBD/O/call the/DT plan/NN/O/plan a/DT success/NN/O/success",
                "nsubj(called-2, Ukraine-1)", "root(ROOT-0, called-2)", "det(plan-4, the-3)", "nsubj(success-6, plan-4)",
                "det(success-6, a-5)", "xcomp(called-2, success-6)"));
        assertTrue(plain.stream().noneMatch(x -> x.contains(" 11")), "a success is no accusation: " + plain);
    }

    @Test
    void aDenialIsAddressedToWhomTheDeniedActWouldBeDone() {
        List<String> ev = summaries(new Docs().add("Rwanda/NNP/LOCATION denied/VBD/O/deny sending/VBG/O/send troops/NNS/O/troop into/IN "
                        + "Congo/NNP/LOCATION",
                "nsubj(denied-2, Rwanda-1)", "root(ROOT-0, denied-2)", "xcomp(denied-2, sending-3)", "obj(sending-3, troops-4)",
                "case(Congo-6, into-5)", "obl(sending-3, Congo-6)"));
        assertTrue(ev.contains("RWA>COD 016 asserted 2024-04-16"), ev.toString());
        assertTrue(ev.contains("RWA>COD 190 negated 2024-04-16"), ev.toString());
    }

    @Test
    void forceOnThoseWorkingInAPlaceIsThere() {
        List<String> ev = summaries(new Docs().add("Armed/JJ men/NNS abducted/VBD/O/abduct three/CD engineers/NNS working/VBG/O/work on/IN "
                        + "a/DT project/NN in/IN Niger/NNP/LOCATION",
                "amod(men-2, Armed-1)", "nsubj(abducted-3, men-2)", "root(ROOT-0, abducted-3)", "nummod(engineers-5, three-4)",
                "obj(abducted-3, engineers-5)", "acl(engineers-5, working-6)", "case(project-9, on-7)", "det(project-9, a-8)",
                "obl(working-6, project-9)", "case(Niger-11, in-10)", "nmod(project-9, Niger-11)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("NERUAF>NER 181")), "unnamed armed men of the place, on its people: " + ev);
    }

    @Test
    void aNounSummingUpAClauseActedOnByAnAgentNamesTheClausesDoer() {
        // "Kenyan police arrested a lawyer, a move condemned by Britain": Britain condemns the police
        List<String> ev = summaries(new Docs().add("Kenyan/JJ police/NNS arrested/VBD/O/arrest a/DT lawyer/NN ,/, a/DT move/NN/O/move "
                        + "condemned/VBN/O/condemn by/IN Britain/NNP/LOCATION",
                "amod(police-2, Kenyan-1)", "nsubj(arrested-3, police-2)", "root(ROOT-0, arrested-3)", "det(lawyer-5, a-4)",
                "obj(arrested-3, lawyer-5)", "punct(move-8, ,-6)", "det(move-8, a-7)", "dep(arrested-3, move-8)",
                "acl(move-8, condemned-9)", "case(Britain-11, by-10)", "obl(condemned-9, Britain-11)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("GBR>KEN\\w* 111 asserted 2024-04-16")), ev.toString());
    }

    @Test
    void anActSaidOrIntendedByTheDoerOfACoordinatedActIsAtItsParty() {
        // "Poland accused Belarus and said it would close the border": the threat is at Belarus
        List<String> ev = summaries(new Docs().add("Poland/NNP/LOCATION accused/VBD/O/accuse Belarus/NNP/LOCATION and/CC said/VBD/O/say "
                        + "it/PRP would/MD close/VB/O/close the/DT border/NN/O/border",
                "nsubj(accused-2, Poland-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Belarus-3)", "cc(said-5, and-4)",
                "conj(accused-2, said-5)", "nsubj(close-8, it-6)", "aux(close-8, would-7)", "ccomp(said-5, close-8)",
                "det(border-10, the-9)", "obj(close-8, border-10)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("POL>BLR 13\\d* asserted 2024-04-16")), ev.toString());
        assertTrue(ev.stream().noneMatch(x -> x.matches("POL>BLR 191 asserted.*")), "the closing is not done: " + ev);
    }

    @Test
    void anActOfAnyOneIsSupposedNotTold() {
        String words = "%s/DT troops/NNS/O/troop sent/VBN/O/send into/IN Ukraine/NNP/LOCATION would/MD become/VB/O/become targets/NNS";
        String[] deps = {"det(troops-2, %s-1)", "nsubj(become-7, troops-2)", "acl(troops-2, sent-3)", "case(Ukraine-5, into-4)",
                "obl(sent-3, Ukraine-5)", "aux(become-7, would-6)", "root(ROOT-0, become-7)", "xcomp(become-7, targets-8)"};
        String[] any = deps.clone();
        any[0] = String.format(deps[0], "Any");
        List<String> supposed = summaries(new Docs().add(String.format(words, "Any"), any));
        assertTrue(supposed.stream().anyMatch(x -> x.contains(" 190 hypothetical")), supposed.toString());
        String[] the = deps.clone();
        the[0] = String.format(deps[0], "The");
        List<String> told = summaries(new Docs().add(String.format(words, "The"), the));
        assertTrue(told.stream().anyMatch(x -> x.contains(">UKR 190 asserted")), "troops that were sent: " + told);
    }

    @Test
    void aClaimOfResponsibilityNamingNoActIsOfTheLastAttackTold() {
        List<String> ev = summaries(new Docs()
                .add("Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ troops/NNS ./.",
                        "amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)",
                        "amod(troops-5, Chadian-4)", "obj(attacked-3, troops-5)", "punct(attacked-3, .-6)")
                .add("Sudanese/JJ rebels/NNS claimed/VBD/O/claim responsibility/NN/O/responsibility",
                        "amod(rebels-2, Sudanese-1)", "nsubj(claimed-3, rebels-2)", "root(ROOT-0, claimed-3)",
                        "obj(claimed-3, responsibility-4)"));
        assertTrue(ev.contains("SDNREB>TCDMIL 015 asserted 2024-04-16"), ev.toString());
    }

    @Test
    void aLabourStrikeIsAProtestAtHome() {
        List<String> ev = summaries(new Docs().add("Kenyan/JJ teachers/NNS launched/VBD/O/launch an/DT indefinite/JJ strike/NN/O/strike",
                "amod(teachers-2, Kenyan-1)", "nsubj(launched-3, teachers-2)", "root(ROOT-0, launched-3)", "det(strike-6, an-4)",
                "amod(strike-6, indefinite-5)", "obj(launched-3, strike-6)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("KEN\\w*>KEN 143 asserted 2024-04-16")), ev.toString());
        assertTrue(ev.stream().noneMatch(x -> x.contains(" 190 ")), "no military strike: " + ev);
    }

    @Test
    void anActUnderSuspicionIsNotEstablished() {
        List<String> ev = summaries(new Docs().add("Swedish/JJ police/NNS arrested/VBD/O/arrest a/DT Chinese/JJ agent/NN on/IN "
                        + "suspicion/NN/O/suspicion of/IN spying/VBG/O/spy on/IN Swedish/JJ officials/NNS",
                "amod(police-2, Swedish-1)", "nsubj(arrested-3, police-2)", "root(ROOT-0, arrested-3)", "det(agent-6, a-4)",
                "amod(agent-6, Chinese-5)", "obj(arrested-3, agent-6)", "case(suspicion-8, on-7)", "obl(arrested-3, suspicion-8)",
                "mark(spying-10, of-9)", "acl(suspicion-8, spying-10)", "case(officials-13, on-11)", "amod(officials-13, Swedish-12)",
                "obl(spying-10, officials-13)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("SWE\\w*>CHN\\w* 173 asserted 2024-04-16")), ev.toString());
        assertTrue(ev.stream().noneMatch(x -> x.contains(" 160 asserted")), "the spying is only suspected: " + ev);
    }

    @Test
    void theAgentOfANominalActMayHangOnWhatItActsOn() {
        // "the expulsion of two German diplomats by Moscow", with "by Moscow" parsed under the diplomats
        List<String> ev = summaries(new Docs().add("Berlin/NNP/LOCATION condemned/VBD/O/condemn the/DT expulsion/NN/O/expulsion of/IN "
                        + "two/CD German/JJ diplomats/NNS by/IN Moscow/NNP/LOCATION",
                "nsubj(condemned-2, Berlin-1)", "root(ROOT-0, condemned-2)", "det(expulsion-4, the-3)", "obj(condemned-2, expulsion-4)",
                "case(diplomats-8, of-5)", "nummod(diplomats-8, two-6)", "amod(diplomats-8, German-7)", "nmod(expulsion-4, diplomats-8)",
                "case(Moscow-10, by-9)", "nmod(diplomats-8, Moscow-10)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("RUS\\w*>DEU\\w* 174 asserted 2024-04-16")), ev.toString());
    }

    @Test
    void aRelativeClauseWithoutItsObjectActsOnItsNoun() {
        // "Britain sanctioned six Iranian officials it accused of abuses": "it" is Britain, the officials are accused
        List<String> ev = summaries(new Docs().add("Britain/NNP/LOCATION expelled/VBD/O/expel six/CD Iranian/JJ diplomats/NNS/O/diplomat "
                        + "it/PRP accused/VBD/O/accuse of/IN spying/NN",
                "nsubj(expelled-2, Britain-1)", "root(ROOT-0, expelled-2)", "nummod(diplomats-5, six-3)", "amod(diplomats-5, Iranian-4)",
                "obj(expelled-2, diplomats-5)", "nsubj(accused-7, it-6)", "acl:relcl(diplomats-5, accused-7)", "case(spying-9, of-8)",
                "obl(accused-7, spying-9)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("GBR>IRN\\w* 112 asserted 2024-04-16")), ev.toString());
    }

    @Test
    void peopleActedOnAreThePlacesAndCooperationNamingNoOneIsAtThePartyJustAddressed() {
        List<String> arrests = summaries(new Docs()
                .add("Kenya/NNP/LOCATION held/VBD/O/hold elections/NNS ./.", "nsubj(held-2, Kenya-1)", "root(ROOT-0, held-2)",
                        "obj(held-2, elections-3)", "punct(held-2, .-4)")
                .add("Police/NNS arrested/VBD/O/arrest 20/CD people/NNS/O/person", "nsubj(arrested-2, Police-1)", "root(ROOT-0, arrested-2)",
                        "nummod(people-4, 20-3)", "obj(arrested-2, people-4)"));
        assertTrue(arrests.stream().anyMatch(x -> x.matches("\\w*>KENCVL 173 asserted 2024-04-16")), arrests.toString());
        // "The Greek premier telephoned the Turkish president and pledged": the pledge is to Turkey
        List<String> pledge = summaries(new Docs().add("The/DT Greek/JJ premier/NN telephoned/VBD/O/telephone the/DT Turkish/JJ "
                        + "president/NN and/CC pledged/VBD/O/pledge",
                "det(premier-3, The-1)", "amod(premier-3, Greek-2)", "nsubj(telephoned-4, premier-3)", "root(ROOT-0, telephoned-4)",
                "det(president-7, the-5)", "amod(president-7, Turkish-6)", "obj(telephoned-4, president-7)", "cc(pledged-9, and-8)",
                "conj(telephoned-4, pledged-9)"));
        assertTrue(pledge.stream().anyMatch(x -> x.matches("GRC\\w*>TUR\\w* 030 asserted 2024-04-16")), pledge.toString());
    }

    @Test
    void aidToPeopleInAPlaceIsToItsCountryAndAPledgeToldAsAnAsideIsDatedWhenSaid() {
        List<String> aid = summaries(new Docs().add("The/DT EU/NNP/ORGANIZATION provided/VBD/O/provide aid/NN/O/aid to/IN victims/NNS "
                        + "in/IN eastern/JJ Libya/NNP/LOCATION",
                "det(EU-2, The-1)", "nsubj(provided-3, EU-2)", "root(ROOT-0, provided-3)", "obj(provided-3, aid-4)", "case(victims-6, to-5)",
                "obl(provided-3, victims-6)", "case(Libya-9, in-7)", "amod(Libya-9, eastern-8)", "nmod(victims-6, Libya-9)"));
        assertTrue(aid.stream().anyMatch(x -> x.matches("IGO\\w*>LBY 070 asserted 2024-04-16")), aid.toString());
        // "Norway will give Ukraine missiles, the minister said on Saturday" (published Tuesday 2024-04-16)
        List<String> pledge = summaries(new Docs().add("Norway/NNP/LOCATION will/MD give/VB/O/give Ukraine/NNP/LOCATION missiles/NNS/O/missile "
                        + ",/, the/DT minister/NN said/VBD/O/say on/IN Saturday/NNP",
                "nsubj(give-3, Norway-1)", "aux(give-3, will-2)", "root(ROOT-0, give-3)", "iobj(give-3, Ukraine-4)", "obj(give-3, missiles-5)",
                "punct(said-9, ,-6)", "det(minister-8, the-7)", "nsubj(said-9, minister-8)", "parataxis(give-3, said-9)",
                "case(Saturday-11, on-10)", "obl(said-9, Saturday-11)"));
        assertTrue(pledge.stream().anyMatch(x -> x.matches("NOR>UKR 03\\d* asserted 2024-04-13")), pledge.toString());
    }

    @Test
    void anArmedGroupTellingOfTheAttackClaimsItAndTheAttackIsTheOneToldBefore() {
        List<String> ev = summaries(new Docs()
                .add("Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ troops/NNS ./.",
                        "amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)",
                        "amod(troops-5, Chadian-4)", "obj(attacked-3, troops-5)", "punct(attacked-3, .-6)")
                .add("The/DT Sudanese/JJ rebels/NNS said/VBD/O/say they/PRP carried/VBD/O/carry out/RP the/DT attack/NN/O/attack",
                        "det(rebels-3, The-1)", "amod(rebels-3, Sudanese-2)", "nsubj(said-4, rebels-3)", "root(ROOT-0, said-4)",
                        "nsubj(carried-6, they-5)", "ccomp(said-4, carried-6)", "compound:prt(carried-6, out-7)", "det(attack-9, the-8)",
                        "obj(carried-6, attack-9)"));
        assertTrue(ev.contains("SDNREB>TCDMIL 015 asserted 2024-04-16"), "a claim of the attack on the troops: " + ev);
        assertTrue(ev.stream().noneMatch(x -> x.startsWith("SDNREB>--- 190")), "'the attack' is the one told before: " + ev);
    }

    @Test
    void drillsOfTwoCountriesAreHeldTogetherAndAVowToRespondIsAtTheOneAnswered() {
        List<String> drills = summaries(new Docs().add("Japan/NNP/LOCATION and/CC India/NNP/LOCATION held/VBD/O/hold their/PRP$ "
                        + "annual/JJ exercises/NNS/O/exercise",
                "nsubj(held-4, Japan-1)", "cc(India-3, and-2)", "conj(Japan-1, India-3)", "root(ROOT-0, held-4)",
                "nmod:poss(exercises-7, their-5)", "amod(exercises-7, annual-6)", "obj(held-4, exercises-7)"));
        assertTrue(drills.contains("JPN>IND 062 asserted 2024-04-16") && drills.contains("IND>JPN 062 asserted 2024-04-16"), drills.toString());
        List<String> vow = summaries(new Docs()
                .add("Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ troops/NNS ./.",
                        "amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)",
                        "amod(troops-5, Chadian-4)", "obj(attacked-3, troops-5)", "punct(attacked-3, .-6)")
                .add("Chad/NNP/LOCATION vowed/VBD/O/vow to/TO respond/VB/O/respond in/IN kind/NN",
                        "nsubj(vowed-2, Chad-1)", "root(ROOT-0, vowed-2)", "mark(respond-4, to-3)", "xcomp(vowed-2, respond-4)",
                        "case(kind-6, in-5)", "obl(respond-4, kind-6)"));
        assertTrue(vow.stream().anyMatch(x -> x.matches("TCD>SDNREB 13\\d* asserted 2024-04-16")), vow.toString());
    }

    @Test
    void aidFrozenInMoneyAndTalksMediatedByAThirdParty() {
        List<String> frozen = summaries(new Docs().add("Germany/NNP/LOCATION froze/VBD/O/freeze 30/CD million/CD euros/NNS/O/euro in/IN "
                        + "aid/NN to/IN Burundi/NNP/LOCATION",
                "nsubj(froze-2, Germany-1)", "root(ROOT-0, froze-2)", "compound(million-4, 30-3)", "nummod(euros-5, million-4)",
                "obj(froze-2, euros-5)", "case(aid-7, in-6)", "nmod(euros-5, aid-7)", "case(Burundi-9, to-8)", "obl(froze-2, Burundi-9)"));
        assertTrue(frozen.contains("DEU>BDI 1621 asserted 2024-04-16"), frozen.toString());
        List<String> talks = summaries(new Docs().add("Kenya/NNP/LOCATION and/CC Somalia/NNP/LOCATION met/VBD/O/meet in/IN talks/NNS/O/talk "
                        + "mediated/VBN/O/mediate by/IN Qatar/NNP/LOCATION",
                "nsubj(met-4, Kenya-1)", "cc(Somalia-3, and-2)", "conj(Kenya-1, Somalia-3)", "root(ROOT-0, met-4)", "case(talks-6, in-5)",
                "obl(met-4, talks-6)", "acl(talks-6, mediated-7)", "case(Qatar-9, by-8)", "obl(mediated-7, Qatar-9)"));
        assertTrue(talks.stream().anyMatch(x -> x.matches("QAT>(KEN|SOM) 045 asserted 2024-04-16")), talks.toString());
    }

    @Test
    void aWarningOfWhatNoPartyDoesIsPessimismAndAWarningTrailingADemandIsTheDemanders() {
        List<String> grim = summaries(new Docs().add("The/DT UN/NNP/ORGANIZATION warned/VBD/O/warn that/IN hospitals/NNS could/MD "
                        + "run/VB/O/run out/RP",
                "det(UN-2, The-1)", "nsubj(warned-3, UN-2)", "root(ROOT-0, warned-3)", "mark(run-7, that-4)", "nsubj(run-7, hospitals-5)",
                "aux(run-7, could-6)", "ccomp(warned-3, run-7)", "compound:prt(run-7, out-8)"));
        assertTrue(grim.stream().anyMatch(x -> x.matches("IGO\\w*>.* 012 asserted 2024-04-16")), grim.toString());
        assertTrue(grim.stream().noneMatch(x -> x.contains(" 130 ")), "no threat: " + grim);
        List<String> demand = summaries(new Docs().add("France/NNP/LOCATION called/VBD/O/call on/RP Iran/NNP/LOCATION to/TO "
                        + "stop/VB/O/stop ,/, warning/VBG/O/warn of/IN sanctions/NNS",
                "nsubj(called-2, France-1)", "root(ROOT-0, called-2)", "compound:prt(called-2, on-3)", "obj(called-2, Iran-4)",
                "mark(stop-6, to-5)", "xcomp(called-2, stop-6)", "punct(warning-8, ,-7)", "advcl(stop-6, warning-8)",
                "case(sanctions-10, of-9)", "obl(warning-8, sanctions-10)"));
        assertTrue(demand.stream().anyMatch(x -> x.startsWith("FRA>") && x.contains(" 130 asserted")), "France warns: " + demand);
        assertTrue(demand.stream().noneMatch(x -> x.startsWith("IRN>") && x.contains(" 130 ")), "Iran warns no one: " + demand);
    }

    @Test
    void troopsCrossingIntoAnotherCountrysTerritoryOccupyIt() {
        List<String> ev = summaries(new Docs().add("Somali/JJ troops/NNS crossed/VBD/O/cross into/IN Kenyan/JJ territory/NN/O/territory",
                "amod(troops-2, Somali-1)", "nsubj(crossed-3, troops-2)", "root(ROOT-0, crossed-3)", "case(territory-6, into-4)",
                "amod(territory-6, Kenyan-5)", "obl(crossed-3, territory-6)"));
        assertTrue(ev.stream().anyMatch(x -> x.matches("SOMMIL>KEN\\w* 192 asserted 2024-04-16")), ev.toString());
    }

    @Test
    void theTargetOfTheObjectsConjunctIsTheActsAndADemandsWarningIsAtTheOneAsked() {
        // "Washington imposed visa bans and asset freezes on Guatemalan officials": on the officials, not at home
        List<String> bans = summaries(new Docs().add("Washington/NNP/LOCATION imposed/VBD/O/impose visa/NN bans/NNS/O/ban and/CC asset/NN "
                        + "freezes/NNS/O/freeze on/IN Guatemalan/JJ officials/NNS",
                "nsubj(imposed-2, Washington-1)", "root(ROOT-0, imposed-2)", "compound(bans-4, visa-3)", "obj(imposed-2, bans-4)",
                "cc(freezes-7, and-5)", "compound(freezes-7, asset-6)", "conj(bans-4, freezes-7)", "case(officials-10, on-8)",
                "amod(officials-10, Guatemalan-9)", "nmod(freezes-7, officials-10)"));
        assertTrue(bans.stream().anyMatch(x -> x.matches("USAGOV>GTM\\w* 163 asserted 2024-04-16")), bans.toString());
        List<String> warning = summaries(new Docs().add("China/NNP/LOCATION demanded/VBD/O/demand that/IN Washington/NNP/LOCATION "
                        + "cancel/VB/O/cancel the/DT sale/NN ,/, warning/VBG/O/warn of/IN consequences/NNS",
                "nsubj(demanded-2, China-1)", "root(ROOT-0, demanded-2)", "mark(cancel-5, that-3)", "nsubj(cancel-5, Washington-4)",
                "ccomp(demanded-2, cancel-5)", "det(sale-7, the-6)", "obj(cancel-5, sale-7)", "punct(warning-9, ,-8)",
                "advcl(cancel-5, warning-9)", "case(consequences-11, of-10)", "obl(warning-9, consequences-11)"));
        assertTrue(warning.contains("CHN>USAGOV 130 asserted 2024-04-16"), warning.toString());
    }

    @Test
    void protestersGatheringAndProtestsInAPlaceAreByItsPeople() {
        List<String> gathered = summaries(new Docs().add("Thousands/NNS of/IN protesters/NNS gathered/VBD/O/gather in/IN "
                        + "Nairobi/NNP/LOCATION",
                "nsubj(gathered-4, Thousands-1)", "case(protesters-3, of-2)", "nmod(Thousands-1, protesters-3)", "root(ROOT-0, gathered-4)",
                "case(Nairobi-6, in-5)", "obl(gathered-4, Nairobi-6)"));
        assertTrue(gathered.contains("KENCVL>KEN 141 asserted 2024-04-16"), gathered.toString());
        List<String> leaders = summaries(new Docs().add("Leaders/NNS gathered/VBD/O/gather in/IN Nairobi/NNP/LOCATION",
                "nsubj(gathered-2, Leaders-1)", "root(ROOT-0, gathered-2)", "case(Nairobi-4, in-3)", "obl(gathered-2, Nairobi-4)"));
        assertTrue(leaders.stream().noneMatch(x -> x.contains(" 141 ")), "leaders meeting are no protest: " + leaders);
        List<String> protests = summaries(new Docs().add("Protests/NNS/O/protest in/IN Nairobi/NNP/LOCATION turned/VBD/O/turn violent/JJ",
                "nsubj(turned-4, Protests-1)", "case(Nairobi-3, in-2)", "nmod(Protests-1, Nairobi-3)", "root(ROOT-0, turned-4)",
                "xcomp(turned-4, violent-5)"));
        assertTrue(protests.contains("KENCVL>KEN 141 asserted 2024-04-16"), protests.toString());
        // a month is no march
        List<String> month = summaries(new Docs().add("Kenya/NNP/LOCATION voted/VBD/O/vote in/IN March/NNP/O/march 2023/CD",
                "nsubj(voted-2, Kenya-1)", "root(ROOT-0, voted-2)", "case(March-4, in-3)", "obl(voted-2, March-4)", "nummod(March-4, 2023-5)"));
        assertTrue(month.stream().noneMatch(x -> x.contains(" 141 ")), month.toString());
    }

    @Test
    void whatAPartyCallsSomethingIsActedOnAndTheirMinistersAreTheTwoNamedTogether() {
        // "Israeli jets struck what the army called Hezbollah depots"
        List<String> what = summaries(new Docs().add("Israeli/JJ jets/NNS struck/VBD/O/strike what/WP the/DT army/NN called/VBD/O/call "
                        + "Hezbollah/NNP/ORGANIZATION depots/NNS",
                "amod(jets-2, Israeli-1)", "nsubj(struck-3, jets-2)", "root(ROOT-0, struck-3)", "obj(struck-3, what-4)",
                "det(army-6, the-5)", "nsubj(called-7, army-6)", "acl:relcl(what-4, called-7)", "compound(depots-9, Hezbollah-8)",
                "xcomp(called-7, depots-9)"));
        assertTrue(what.stream().anyMatch(x -> x.startsWith("ISRMIL>LBN") && x.contains(" 190 asserted")), what.toString());
        List<String> their = summaries(new Docs().add("Kenya/NNP/LOCATION and/CC Somalia/NNP/LOCATION agreed/VBD/O/agree after/IN "
                        + "talks/NNS/O/talk between/IN their/PRP$ ministers/NNS/O/minister",
                "nsubj(agreed-4, Kenya-1)", "cc(Somalia-3, and-2)", "conj(Kenya-1, Somalia-3)", "root(ROOT-0, agreed-4)",
                "case(talks-6, after-5)", "obl(agreed-4, talks-6)", "case(ministers-9, between-7)", "nmod:poss(ministers-9, their-8)",
                "nmod(talks-6, ministers-9)"));
        assertTrue(their.contains("KEN>SOM 046 asserted 2024-04-16") && their.contains("SOM>KEN 046 asserted 2024-04-16"), their.toString());
        assertTrue(their.stream().noneMatch(x -> x.startsWith("KEN>KEN") || x.startsWith("SOM>SOM")), "no talks with oneself: " + their);
    }

    @Test
    void aRejectionNamingNoOneAnswersTheLastWordsAgainstTheRejecterAndCoreferenceFollowsTitlesAndBodies() {
        List<String> ev = summaries(new Docs()
                .add("Japan/NNP/LOCATION 's/POS foreign/JJ minister/NN ,/, Taro/NNP/PERSON Sato/NNP/PERSON ,/, criticised/VBD/O/criticise "
                                + "China/NNP/LOCATION ./.",
                        "nmod:poss(minister-4, Japan-1)", "case(Japan-1, 's-2)", "amod(minister-4, foreign-3)", "nsubj(criticised-9, minister-4)",
                        "punct(Sato-7, ,-5)", "compound(Sato-7, Taro-6)", "appos(minister-4, Sato-7)", "punct(Sato-7, ,-8)",
                        "root(ROOT-0, criticised-9)", "obj(criticised-9, China-10)", "punct(criticised-9, .-11)")
                .add("He/PRP criticised/VBD/O/criticise China/NNP/LOCATION again/RB ./.",
                        "nsubj(criticised-2, He-1)", "root(ROOT-0, criticised-2)", "obj(criticised-2, China-3)", "advmod(criticised-2, again-4)",
                        "punct(criticised-2, .-5)")
                .add("China/NNP/LOCATION rejected/VBD/O/reject the/DT criticism/NN/O/criticism",
                        "nsubj(rejected-2, China-1)", "root(ROOT-0, rejected-2)", "det(criticism-4, the-3)", "obj(rejected-2, criticism-4)"));
        assertTrue(ev.stream().filter(x -> x.startsWith("JPNGOV>CHN 111")).count() >= 1, ev.toString());
        assertTrue(ev.contains("CHN>JPNGOV 120 asserted 2024-04-16"), "the rejection answers Japan: " + ev);
        List<String> bloc = summaries(new Docs()
                .add("The/DT European/NNP/ORGANIZATION Union/NNP/ORGANIZATION condemned/VBD/O/condemn Belarus/NNP/LOCATION ./.",
                        "det(Union-3, The-1)", "compound(Union-3, European-2)", "nsubj(condemned-4, Union-3)", "root(ROOT-0, condemned-4)",
                        "obj(condemned-4, Belarus-5)", "punct(condemned-4, .-6)")
                .add("The/DT bloc/NN called/VBD/O/call for/IN her/PRP$ release/NN/O/release",
                        "det(bloc-2, The-1)", "nsubj(called-3, bloc-2)", "root(ROOT-0, called-3)", "case(release-6, for-4)",
                        "nmod:poss(release-6, her-5)", "obl(called-3, release-6)"));
        assertTrue(bloc.stream().anyMatch(x -> x.startsWith("IGO") && x.contains(" 1053 asserted")), "the bloc is the EU: " + bloc);
    }

    @Test
    void aReactionToADefiniteActIsAddressedToItsDoerAndAPartysOwnWouldIsItsIntention() {
        Docs expelled = new Docs().add("Germany/NNP/LOCATION expelled/VBD/O/expel two/CD Russian/JJ diplomats/NNS/O/diplomat ./.",
                "nsubj(expelled-2, Germany-1)", "root(ROOT-0, expelled-2)", "nummod(diplomats-5, two-3)", "amod(diplomats-5, Russian-4)",
                "obj(expelled-2, diplomats-5)", "punct(expelled-2, .-6)");
        List<String> move = summaries(expelled.add("Moscow/NNP/LOCATION condemned/VBD/O/condemn the/DT move/NN ./.",
                "nsubj(condemned-2, Moscow-1)", "root(ROOT-0, condemned-2)", "det(move-4, the-3)", "obj(condemned-2, move-4)",
                "punct(condemned-2, .-5)"));
        assertTrue(move.contains("RUSGOV>DEU 111 asserted 2024-04-16"), "the move is Germany's: " + move);
        List<String> violence = summaries(new Docs().add("Germany/NNP/LOCATION expelled/VBD/O/expel two/CD Russian/JJ diplomats/NNS/O/diplomat ./.",
                        "nsubj(expelled-2, Germany-1)", "root(ROOT-0, expelled-2)", "nummod(diplomats-5, two-3)", "amod(diplomats-5, Russian-4)",
                        "obj(expelled-2, diplomats-5)", "punct(expelled-2, .-6)")
                .add("Moscow/NNP/LOCATION condemned/VBD/O/condemn the/DT violence/NN ./.",
                        "nsubj(condemned-2, Moscow-1)", "root(ROOT-0, condemned-2)", "det(violence-4, the-3)", "obj(condemned-2, violence-4)",
                        "punct(condemned-2, .-5)"));
        assertTrue(violence.contains("RUSGOV>--- 111 asserted 2024-04-16"), "violence is no act of Germany's: " + violence);

        // "Tehran said Iran would respond": the party's own "will", reported; another's forecast stays a possibility
        String[] deps = {"nsubj(said-2, %s-1)", "root(ROOT-0, said-2)", "nsubj(respond-5, Iran-3)", "aux(respond-5, would-4)",
                "ccomp(said-2, respond-5)", "punct(said-2, .-6)"};
        String words = "%s/NNP/LOCATION said/VBD/O/say Iran/NNP/LOCATION would/MD respond/VB/O/respond ./.";
        Docs own = new Docs().add("Israel/NNP/LOCATION struck/VBD/O/strike Iran/NNP/LOCATION ./.",
                "nsubj(struck-2, Israel-1)", "root(ROOT-0, struck-2)", "obj(struck-2, Iran-3)", "punct(struck-2, .-4)");
        String[] ownDeps = deps.clone();
        ownDeps[0] = String.format(deps[0], "Tehran");
        List<String> vowed = summaries(own.add(String.format(words, "Tehran"), ownDeps));
        assertTrue(vowed.contains("IRN>ISR 190 intended 2024-04-16"), vowed.toString());
        assertTrue(vowed.contains("IRN>ISR 138 asserted 2024-04-16"), "a threat, said: " + vowed);
        String[] otherDeps = deps.clone();
        otherDeps[0] = String.format(deps[0], "Washington");
        List<String> forecast = summaries(new Docs().add("Israel/NNP/LOCATION struck/VBD/O/strike Iran/NNP/LOCATION ./.",
                        "nsubj(struck-2, Israel-1)", "root(ROOT-0, struck-2)", "obj(struck-2, Iran-3)", "punct(struck-2, .-4)")
                .add(String.format(words, "Washington"), otherDeps));
        assertTrue(forecast.stream().noneMatch(x -> x.contains(" 138 ") || x.contains(" intended ")), "Washington's forecast: " + forecast);
    }

    @Test
    void anAppealAboutADefiniteActAndADenialOfCoercionAnswerTheDoerAndPeopleShotAreOfThePlace() {
        String[] strike = {"Israeli/JJ jets/NNS struck/VBD/O/strike the/DT camp/NN ./.", "amod(jets-2, Israeli-1)", "nsubj(struck-3, jets-2)",
                "root(ROOT-0, struck-3)", "det(camp-5, the-4)", "obj(struck-3, camp-5)", "punct(struck-3, .-6)"};
        List<String> into = summaries(new Docs().add(strike[0], java.util.Arrays.copyOfRange(strike, 1, strike.length))
                .add("The/DT UN/NNP/ORGANIZATION called/VBD/O/call for/IN an/DT investigation/NN into/IN the/DT strikes/NNS/O/strike ./.",
                        "det(UN-2, The-1)", "nsubj(called-3, UN-2)", "root(ROOT-0, called-3)", "case(investigation-6, for-4)",
                        "det(investigation-6, an-5)", "obl(called-3, investigation-6)", "case(strikes-9, into-7)", "det(strikes-9, the-8)",
                        "nmod(investigation-6, strikes-9)", "punct(called-3, .-10)"));
        assertTrue(into.stream().anyMatch(x -> x.startsWith("IGOUNO>ISRMIL 020 asserted")), "the strikes are Israel's: " + into);
        List<String> bare = summaries(new Docs().add(strike[0], java.util.Arrays.copyOfRange(strike, 1, strike.length))
                .add("The/DT UN/NNP/ORGANIZATION called/VBD/O/call for/IN an/DT investigation/NN ./.",
                        "det(UN-2, The-1)", "nsubj(called-3, UN-2)", "root(ROOT-0, called-3)", "case(investigation-6, for-4)",
                        "det(investigation-6, an-5)", "obl(called-3, investigation-6)", "punct(called-3, .-7)"));
        assertTrue(bare.stream().anyMatch(x -> x.startsWith("IGOUNO>--- 020 asserted")), "an investigation of nothing named: " + bare);

        List<String> denied = summaries(new Docs()
                .add("A/DT Kenyan/JJ court/NN sentenced/VBD/O/sentence a/DT Kenyan/JJ journalist/NN ./.",
                        "det(court-3, A-1)", "amod(court-3, Kenyan-2)", "nsubj(sentenced-4, court-3)", "root(ROOT-0, sentenced-4)",
                        "det(journalist-7, a-5)", "amod(journalist-7, Kenyan-6)", "obj(sentenced-4, journalist-7)", "punct(sentenced-4, .-8)")
                .add("The/DT journalist/NN denied/VBD/O/deny the/DT charges/NNS ./.",
                        "det(journalist-2, The-1)", "nsubj(denied-3, journalist-2)", "root(ROOT-0, denied-3)", "det(charges-5, the-4)",
                        "obj(denied-3, charges-5)", "punct(denied-3, .-6)"));
        assertTrue(denied.contains("KENMED>KENJUD 016 asserted 2024-04-16"), "the journalist answers the court: " + denied);

        List<String> shot = summaries(new Docs().add("Kenyan/JJ police/NNS shot/VBD/O/shoot two/CD men/NNS/O/man in/IN Kisumu/NNP/LOCATION ./.",
                "amod(police-2, Kenyan-1)", "nsubj(shot-3, police-2)", "root(ROOT-0, shot-3)", "nummod(men-5, two-4)", "obj(shot-3, men-5)",
                "case(Kisumu-7, in-6)", "obl(shot-3, Kisumu-7)", "punct(shot-3, .-8)"));
        assertTrue(shot.stream().anyMatch(x -> x.startsWith("KENCOP>KEN")), "men shot in Kenya are Kenyans: " + shot);
    }

    @Test
    void theFirstOfCoordinatedObjectsIsTheLightVerbsNounAndTheOthersGoWithIt() {
        List<String> ev = summaries(new Docs().add("China/NNP/LOCATION sent/VBD/O/send aircraft/NN/O/aircraft and/CC warships/NNS/O/warship "
                        + "into/IN waters/NNS/O/water around/IN Taiwan/NNP/LOCATION ./.",
                "nsubj(sent-2, China-1)", "root(ROOT-0, sent-2)", "obj(sent-2, aircraft-3)", "cc(warships-5, and-4)",
                "conj(aircraft-3, warships-5)", "case(waters-7, into-6)", "obl(sent-2, waters-7)", "case(Taiwan-9, around-8)",
                "nmod(waters-7, Taiwan-9)", "punct(sent-2, .-10)"));
        assertTrue(ev.contains("CHN>TWN 150 asserted 2024-04-16"), "into waters around Taiwan, not at China's own warships: " + ev);
    }

    @Test
    void theNounOfAPassiveRelativeClauseIsActedOnAndBrusselsNextToTheEuIsTheEu() {
        List<String> shot = summaries(new Docs().add("Police/NNS found/VBD/O/find a/DT Kenyan/JJ activist/NN who/WP was/VBD shot/VBN/O/shoot "
                        + "by/IN gunmen/NNS ./.",
                "nsubj(found-2, Police-1)", "root(ROOT-0, found-2)", "det(activist-5, a-3)", "amod(activist-5, Kenyan-4)",
                "obj(found-2, activist-5)", "nsubj:pass(shot-8, who-6)", "aux:pass(shot-8, was-7)", "acl:relcl(activist-5, shot-8)",
                "case(gunmen-10, by-9)", "obl(shot-8, gunmen-10)", "punct(found-2, .-11)"));
        assertTrue(shot.stream().anyMatch(x -> x.contains(">KENCVL 18")), "the activist was shot: " + shot);
        String[] deps = {"nsubj(accused-2, Hungary-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Brussels-3)", "punct(accused-2, .-4)"};
        String words = "Hungary/NNP/LOCATION accused/VBD/O/accuse Brussels/NNP/LOCATION ./.";
        List<String> eu = summaries(new Docs().add("The/DT European/NNP/ORGANIZATION Union/NNP/ORGANIZATION criticised/VBD/O/criticise "
                        + "Hungary/NNP/LOCATION ./.", "det(Union-3, The-1)", "compound(Union-3, European-2)", "nsubj(criticised-4, Union-3)",
                        "root(ROOT-0, criticised-4)", "obj(criticised-4, Hungary-5)", "punct(criticised-4, .-6)")
                .add(words, deps));
        assertTrue(eu.stream().anyMatch(x -> x.startsWith("HUN>IGOEU") && x.contains(" 112 ")), "Brussels is the EU here: " + eu);
        List<String> belgium = summaries(new Docs().add(words, deps));
        assertTrue(belgium.stream().anyMatch(x -> x.startsWith("HUN>BEL") && x.contains(" 112 ")), "no EU named: " + belgium);
    }

    @Test
    void aProtestOrACallForReleaseNamingNoOneAnswersTheActAgainstTheProtesterAndAnOfferForOthersIsNotTheirs() {
        List<String> protest = summaries(new Docs()
                .add("Chinese/JJ ships/NNS fired/VBD/O/fire at/IN a/DT Philippine/JJ boat/NN ./.",
                        "amod(ships-2, Chinese-1)", "nsubj(fired-3, ships-2)", "root(ROOT-0, fired-3)", "case(boat-7, at-4)",
                        "det(boat-7, a-5)", "amod(boat-7, Philippine-6)", "obl(fired-3, boat-7)", "punct(fired-3, .-8)")
                .add("Manila/NNP/LOCATION lodged/VBD/O/lodge a/DT protest/NN/O/protest ./.",
                        "nsubj(lodged-2, Manila-1)", "root(ROOT-0, lodged-2)", "det(protest-4, a-3)", "obj(lodged-2, protest-4)",
                        "punct(lodged-2, .-5)"));
        assertTrue(protest.stream().anyMatch(x -> x.startsWith("PHLGOV>CHN") && x.contains(" 114 asserted")), protest.toString());
        List<String> release = summaries(new Docs()
                .add("Venezuelan/JJ soldiers/NNS detained/VBD/O/detain six/CD Guyanese/JJ miners/NNS ./.",
                        "amod(soldiers-2, Venezuelan-1)", "nsubj(detained-3, soldiers-2)", "root(ROOT-0, detained-3)", "nummod(miners-6, six-4)",
                        "amod(miners-6, Guyanese-5)", "obj(detained-3, miners-6)", "punct(detained-3, .-7)")
                .add("Georgetown/NNP/LOCATION called/VBD/O/call for/IN the/DT miners/NNS 's/POS release/NN/O/release ./.",
                        "nsubj(called-2, Georgetown-1)", "root(ROOT-0, called-2)", "case(release-7, for-3)", "det(miners-5, the-4)",
                        "nmod:poss(release-7, miners-5)", "case(miners-5, 's-6)", "obl(called-2, release-7)", "punct(called-2, .-8)"));
        assertTrue(release.stream().anyMatch(x -> x.startsWith("GUYGOV>VENMIL 1053 asserted")), "asked of the captors: " + release);
        List<String> offer = summaries(new Docs().add("Kazakhstan/NNP/LOCATION offered/VBD/O/offer to/TO host/VB talks/NNS/O/talk between/IN "
                        + "Kyrgyzstan/NNP/LOCATION and/CC Tajikistan/NNP/LOCATION ./.",
                "nsubj(offered-2, Kazakhstan-1)", "root(ROOT-0, offered-2)", "mark(host-4, to-3)", "xcomp(offered-2, host-4)",
                "obj(host-4, talks-5)", "case(Kyrgyzstan-7, between-6)", "nmod(talks-5, Kyrgyzstan-7)", "cc(Tajikistan-9, and-8)",
                "conj(Kyrgyzstan-7, Tajikistan-9)", "punct(offered-2, .-10)"));
        assertTrue(offer.stream().noneMatch(x -> (x.startsWith("KGZ>") || x.startsWith("TJK>")) && x.contains(" asserted")),
                "Kazakhstan's offer is no pledge of the two: " + offer);
    }

    @Test
    void armedForcesOfTwoCountriesFightEachOtherAndEachSidesDeadAreTheOthersVictims() {
        String words = "Serbian/JJ and/CC Albanian/JJ %s/NNS fought/VBD/O/fight ./.";
        String[] deps = {"amod(%1$s-4, Serbian-1)", "cc(Albanian-3, and-2)", "conj(Serbian-1, Albanian-3)", "nsubj(fought-5, %1$s-4)",
                "root(ROOT-0, fought-5)", "punct(fought-5, .-6)"};
        List<String> forces = summaries(new Docs().add(String.format(words, "forces"), java.util.Arrays.stream(deps).map(d -> String.format(d, "forces")).toArray(String[]::new)));
        assertTrue(forces.contains("SRBMIL>ALBMIL 190 asserted 2024-04-16") && forces.contains("ALBMIL>SRBMIL 190 asserted 2024-04-16"), forces.toString());
        List<String> students = summaries(new Docs().add(String.format(words, "students"), java.util.Arrays.stream(deps).map(d -> String.format(d, "students")).toArray(String[]::new)));
        assertTrue(students.stream().noneMatch(x -> x.startsWith("SRBEDU>ALB")), "rival students fighting are no war: " + students);
        List<String> killed = summaries(new Docs().add("Armenian/JJ and/CC Azerbaijani/JJ troops/NNS exchanged/VBD/O/exchange fire/NN/O/fire ,/, "
                        + "killing/VBG/O/kill two/CD Armenian/JJ soldiers/NNS and/CC an/DT Azerbaijani/JJ soldier/NN ./.",
                "amod(troops-4, Armenian-1)", "cc(Azerbaijani-3, and-2)", "conj(Armenian-1, Azerbaijani-3)", "nsubj(exchanged-5, troops-4)",
                "root(ROOT-0, exchanged-5)", "obj(exchanged-5, fire-6)", "punct(exchanged-5, ,-7)", "advcl(exchanged-5, killing-8)",
                "nummod(soldiers-11, two-9)", "amod(soldiers-11, Armenian-10)", "obj(killing-8, soldiers-11)", "cc(soldier-15, and-12)",
                "det(soldier-15, an-13)", "amod(soldier-15, Azerbaijani-14)", "conj(soldiers-11, soldier-15)", "punct(exchanged-5, .-16)"));
        assertTrue(killed.contains("AZEMIL>ARMMIL 190 asserted 2024-04-16") && killed.contains("ARMMIL>AZEMIL 190 asserted 2024-04-16"), killed.toString());
        assertTrue(killed.stream().noneMatch(x -> x.startsWith("ARMMIL>ARMMIL 190") || x.startsWith("AZEMIL>AZEMIL 190")),
                "no side killed its own: " + killed);
    }

    @Test
    void aTruceBrokeredOrTalksHostedNamingNoOneAreForBothSidesOfTheLastActBetweenOthers() {
        List<String> truce = summaries(new Docs()
                .add("Ethiopian/JJ forces/NNS shelled/VBD/O/shell Eritrean/JJ troops/NNS ./.",
                        "amod(forces-2, Ethiopian-1)", "nsubj(shelled-3, forces-2)", "root(ROOT-0, shelled-3)", "amod(troops-5, Eritrean-4)",
                        "obj(shelled-3, troops-5)", "punct(shelled-3, .-6)")
                .add("Kenya/NNP/LOCATION brokered/VBD/O/broker the/DT truce/NN/O/truce ./.",
                        "nsubj(brokered-2, Kenya-1)", "root(ROOT-0, brokered-2)", "det(truce-4, the-3)", "obj(brokered-2, truce-4)",
                        "punct(brokered-2, .-5)"));
        assertTrue(truce.contains("KEN>ETHMIL 045 asserted 2024-04-16") && truce.contains("KEN>ERIMIL 045 asserted 2024-04-16"), truce.toString());
        List<String> talks = summaries(new Docs()
                .add("Armenia/NNP/LOCATION and/CC Azerbaijan/NNP/LOCATION fought/VBD/O/fight ./.",
                        "nsubj(fought-4, Armenia-1)", "cc(Azerbaijan-3, and-2)", "conj(Armenia-1, Azerbaijan-3)", "root(ROOT-0, fought-4)",
                        "punct(fought-4, .-5)")
                .add("Russia/NNP/LOCATION hosted/VBD/O/host talks/NNS/O/talk ./.",
                        "nsubj(hosted-2, Russia-1)", "root(ROOT-0, hosted-2)", "obj(hosted-2, talks-3)", "punct(hosted-2, .-4)"));
        assertTrue(talks.contains("ARM>AZE 190 asserted 2024-04-16") && talks.contains("AZE>ARM 190 asserted 2024-04-16"), "two states fight each other: " + talks);
        assertTrue(talks.contains("RUS>ARM 043 asserted 2024-04-16") && talks.contains("RUS>AZE 043 asserted 2024-04-16"), talks.toString());
        List<String> alone = summaries(new Docs().add("Russia/NNP/LOCATION hosted/VBD/O/host talks/NNS/O/talk ./.",
                "nsubj(hosted-2, Russia-1)", "root(ROOT-0, hosted-2)", "obj(hosted-2, talks-3)", "punct(hosted-2, .-4)"));
        assertEquals(List.of("RUS>--- 043 asserted 2024-04-16"), alone, "with no one told before, no one named");
    }

    @Test
    void anAppealToAllSidesIsToTheLastActsPartiesAndAThreatIsAtWhoeverActedOnTheThreatener() {
        Docs fired = new Docs().add("Bolivian/JJ police/NNS fired/VBD/O/fire at/IN Peruvian/JJ protesters/NNS ./.",
                "amod(police-2, Bolivian-1)", "nsubj(fired-3, police-2)", "root(ROOT-0, fired-3)", "case(protesters-6, at-4)",
                "amod(protesters-6, Peruvian-5)", "obl(fired-3, protesters-6)", "punct(fired-3, .-7)");
        List<String> all = summaries(fired.add("Spain/NNP/LOCATION urged/VBD/O/urge all/DT sides/NNS to/TO talk/VB ./.",
                "nsubj(urged-2, Spain-1)", "root(ROOT-0, urged-2)", "det(sides-4, all-3)", "obj(urged-2, sides-4)", "mark(talk-6, to-5)",
                "xcomp(urged-2, talk-6)", "punct(urged-2, .-7)"));
        assertTrue(all.contains("ESP>BOLCOP 020 asserted 2024-04-16") && all.stream().anyMatch(x -> x.startsWith("ESP>PER") && x.contains(" 020 ")), all.toString());
        List<String> threat = summaries(new Docs()
                .add("Syrian/JJ troops/NNS shelled/VBD/O/shell Turkish/JJ posts/NNS ./.",
                        "amod(troops-2, Syrian-1)", "nsubj(shelled-3, troops-2)", "root(ROOT-0, shelled-3)", "amod(posts-5, Turkish-4)",
                        "obj(shelled-3, posts-5)", "punct(shelled-3, .-6)")
                .add("Turkey/NNP/LOCATION warned/VBD/O/warn ./.", "nsubj(warned-2, Turkey-1)", "root(ROOT-0, warned-2)", "punct(warned-2, .-3)"));
        assertTrue(threat.contains("TUR>SYRMIL 130 asserted 2024-04-16"), threat.toString());
    }

    @Test
    void aVerdictIsACourtsActAndWordsOfTheSameSentenceShareTheirTarget() {
        List<String> ev = summaries(new Docs()
                .add("A/DT court/NN in/IN Minsk/NNP/LOCATION sentenced/VBD/O/sentence a/DT Lithuanian/JJ journalist/NN ./.",
                        "det(court-2, A-1)", "nsubj(sentenced-5, court-2)", "case(Minsk-4, in-3)", "nmod(court-2, Minsk-4)",
                        "root(ROOT-0, sentenced-5)", "det(journalist-8, a-6)", "amod(journalist-8, Lithuanian-7)", "obj(sentenced-5, journalist-8)",
                        "punct(sentenced-5, .-9)")
                .add("Lithuania/NNP/LOCATION condemned/VBD/O/condemn the/DT verdict/NN and/CC warned/VBD/O/warn ./.",
                        "nsubj(condemned-2, Lithuania-1)", "root(ROOT-0, condemned-2)", "det(verdict-4, the-3)", "obj(condemned-2, verdict-4)",
                        "cc(warned-6, and-5)", "conj(condemned-2, warned-6)", "punct(condemned-2, .-7)"));
        assertTrue(ev.contains("LTU>BLRJUD 111 asserted 2024-04-16"), "the verdict is the court's: " + ev);
        assertTrue(ev.contains("LTU>BLRJUD 130 asserted 2024-04-16"), "the warning goes where the condemnation does: " + ev);
    }

    @Test
    void aCharacterisationMayBeAnAdjectiveOfTheNounItCallsTheActButNotOfTheActNamed() {
        Docs shelled = new Docs().add("British/JJ troops/NNS shelled/VBD/O/shell Russian/JJ posts/NNS ./.",
                "amod(troops-2, British-1)", "nsubj(shelled-3, troops-2)", "root(ROOT-0, shelled-3)", "amod(posts-5, Russian-4)",
                "obj(shelled-3, posts-5)", "punct(shelled-3, .-6)");
        List<String> hostile = summaries(shelled.add("Moscow/NNP/LOCATION called/VBD/O/call the/DT shelling/NN a/DT hostile/JJ act/NN ./.",
                "nsubj(called-2, Moscow-1)", "root(ROOT-0, called-2)", "det(shelling-4, the-3)", "obj(called-2, shelling-4)",
                "det(act-7, a-5)", "amod(act-7, hostile-6)", "xcomp(called-2, act-7)", "punct(called-2, .-8)"));
        assertTrue(hostile.contains("RUSGOV>GBRMIL 111 asserted 2024-04-16"), hostile.toString());
        List<String> matter = summaries(new Docs().add("British/JJ troops/NNS shelled/VBD/O/shell Russian/JJ posts/NNS ./.",
                        "amod(troops-2, British-1)", "nsubj(shelled-3, troops-2)", "root(ROOT-0, shelled-3)", "amod(posts-5, Russian-4)",
                        "obj(shelled-3, posts-5)", "punct(shelled-3, .-6)")
                .add("Moscow/NNP/LOCATION called/VBD/O/call the/DT hostile/JJ shelling/NN a/DT matter/NN ./.",
                        "nsubj(called-2, Moscow-1)", "root(ROOT-0, called-2)", "det(shelling-5, the-3)", "amod(shelling-5, hostile-4)",
                        "obj(called-2, shelling-5)", "det(matter-7, a-6)", "xcomp(called-2, matter-7)", "punct(called-2, .-8)"));
        assertTrue(matter.stream().noneMatch(x -> x.contains(" 111 ")), "what the act is called is a matter, not hostile: " + matter);
    }

    @Test
    void aReactionAnActDrewIsAtItsDoerAndAnEnvoyRecalledIsRecalledFromTheExpeller() {
        List<String> drew = summaries(new Docs().add("Egypt/NNP/LOCATION 's/POS crackdown/NN/O/crackdown drew/VBD/O/draw "
                        + "condemnation/NN/O/condemnation from/IN Britain/NNP/LOCATION ./.",
                "nmod:poss(crackdown-3, Egypt-1)", "case(Egypt-1, 's-2)", "nsubj(drew-4, crackdown-3)", "root(ROOT-0, drew-4)",
                "obj(drew-4, condemnation-5)", "case(Britain-7, from-6)", "obl(drew-4, Britain-7)", "punct(drew-4, .-8)"));
        assertTrue(drew.contains("GBR>EGY 111 asserted 2024-04-16"), drew.toString());
        List<String> recalled = summaries(new Docs()
                .add("Niger/NNP/LOCATION expelled/VBD/O/expel the/DT French/JJ ambassador/NN/O/ambassador ./.",
                        "nsubj(expelled-2, Niger-1)", "root(ROOT-0, expelled-2)", "det(ambassador-5, the-3)", "amod(ambassador-5, French-4)",
                        "obj(expelled-2, ambassador-5)", "punct(expelled-2, .-6)")
                .add("France/NNP/LOCATION recalled/VBD/O/recall its/PRP$ envoy/NN/O/envoy ./.",
                        "nsubj(recalled-2, France-1)", "root(ROOT-0, recalled-2)", "nmod:poss(envoy-4, its-3)", "obj(recalled-2, envoy-4)",
                        "punct(recalled-2, .-5)"));
        assertTrue(recalled.stream().anyMatch(x -> x.startsWith("FRA>NER") && x.contains(" 161 asserted")), recalled.toString());
        assertTrue(recalled.stream().noneMatch(x -> x.startsWith("FRA>FRA")), "not recalled from itself: " + recalled);
    }

    @Test
    void aidWhatAVehicleIsLoadedWithAndAidNamingNoRecipientGoesWhereTheLastAidWent() {
        List<String> ev = summaries(new Docs()
                .add("Australia/NNP/LOCATION sent/VBD/O/send food/NN/O/food to/IN Tonga/NNP/LOCATION ./.",
                        "nsubj(sent-2, Australia-1)", "root(ROOT-0, sent-2)", "obj(sent-2, food-3)", "case(Tonga-5, to-4)",
                        "obl(sent-2, Tonga-5)", "punct(sent-2, .-6)")
                .add("Japan/NNP/LOCATION sent/VBD/O/send planes/NNS/O/plane loaded/VBN/O/load with/IN medicine/NN/O/medicine ./.",
                        "nsubj(sent-2, Japan-1)", "root(ROOT-0, sent-2)", "obj(sent-2, planes-3)", "acl(planes-3, loaded-4)",
                        "case(medicine-6, with-5)", "obl(loaded-4, medicine-6)", "punct(sent-2, .-7)"));
        assertTrue(ev.contains("JPN>TON 073 asserted 2024-04-16"), "the planes stand for the medicine they hold, sent to Tonga too: " + ev);
    }

    @Test
    void bansOnAnotherCountrysPeopleOrTradeAreSanctionsAndAnOrderToLeaveIsAnExpulsion() {
        List<String> bans = summaries(new Docs().add("Britain/NNP/LOCATION imposed/VBD/O/impose travel/NN bans/NNS/O/ban on/IN Russian/JJ officials/NNS ./.",
                "nsubj(imposed-2, Britain-1)", "root(ROOT-0, imposed-2)", "compound(bans-4, travel-3)", "obj(imposed-2, bans-4)",
                "case(officials-7, on-5)", "amod(officials-7, Russian-6)", "obl(imposed-2, officials-7)", "punct(imposed-2, .-8)"));
        assertTrue(bans.contains("GBR>RUSGOV 163 asserted 2024-04-16"), bans.toString());
        List<String> home = summaries(new Docs().add("Britain/NNP/LOCATION imposed/VBD/O/impose travel/NN bans/NNS/O/ban on/IN British/JJ officials/NNS ./.",
                "nsubj(imposed-2, Britain-1)", "root(ROOT-0, imposed-2)", "compound(bans-4, travel-3)", "obj(imposed-2, bans-4)",
                "case(officials-7, on-5)", "amod(officials-7, British-6)", "obl(imposed-2, officials-7)", "punct(imposed-2, .-8)"));
        assertTrue(home.contains("GBR>GBRGOV 172 asserted 2024-04-16"), "at home, administrative sanctions: " + home);
        List<String> trade = summaries(new Docs().add("Japan/NNP/LOCATION imposed/VBD/O/impose bans/NNS/O/ban on/IN exports/NNS/O/export "
                        + "to/IN Vietnam/NNP/LOCATION ./.",
                "nsubj(imposed-2, Japan-1)", "root(ROOT-0, imposed-2)", "obj(imposed-2, bans-3)", "case(exports-5, on-4)",
                "nmod(bans-3, exports-5)", "case(Vietnam-7, to-6)", "nmod(exports-5, Vietnam-7)", "punct(imposed-2, .-8)"));
        assertTrue(trade.stream().anyMatch(x -> x.startsWith("JPN>VNM 163 asserted")), "the trading partner: " + trade);
        List<String> leave = summaries(new Docs().add("Ecuador/NNP/LOCATION ordered/VBD/O/order two/CD Venezuelan/JJ diplomats/NNS "
                        + "to/TO leave/VB/O/leave ./.",
                "nsubj(ordered-2, Ecuador-1)", "root(ROOT-0, ordered-2)", "nummod(diplomats-5, two-3)", "amod(diplomats-5, Venezuelan-4)",
                "obj(ordered-2, diplomats-5)", "mark(leave-7, to-6)", "xcomp(ordered-2, leave-7)", "punct(ordered-2, .-8)"));
        assertTrue(leave.stream().anyMatch(x -> x.startsWith("ECU>VEN") && x.contains(" 166 asserted")), leave.toString());
    }

    @Test
    void anInfinitiveHungOnAVerbThroughANounOfIntentIsTheDoersPlanAndConcernOverAnActAbroadIsAtItsPlace() {
        List<String> plans = summaries(new Docs().add("A/DT U.S./NNP/LOCATION delegation/NN announced/VBD/O/announce plans/NNS/O/plan "
                        + "to/TO visit/VB/O/visit Canberra/NNP/LOCATION ./.",
                "det(delegation-3, A-1)", "compound(delegation-3, U.S.-2)", "nsubj(announced-4, delegation-3)", "root(ROOT-0, announced-4)",
                "obj(announced-4, plans-5)", "mark(visit-7, to-6)", "xcomp(announced-4, visit-7)", "obj(visit-7, Canberra-8)",
                "punct(announced-4, .-9)"));
        assertTrue(plans.stream().anyMatch(x -> x.startsWith("USAGOV>AUSGOV 042 intended")), "the delegation's plan: " + plans);
        assertTrue(plans.stream().noneMatch(x -> x.contains(" 042 asserted")), "a planned visit is not made yet: " + plans);
        List<String> concern = summaries(new Docs().add("Chile/NNP/LOCATION expressed/VBD/O/express concern/NN/O/concern over/IN "
                        + "the/DT arrests/NNS/O/arrest in/IN Bolivia/NNP/LOCATION ./.",
                "nsubj(expressed-2, Chile-1)", "root(ROOT-0, expressed-2)", "obj(expressed-2, concern-3)", "case(arrests-6, over-4)",
                "det(arrests-6, the-5)", "nmod(concern-3, arrests-6)", "case(Bolivia-8, in-7)", "nmod(arrests-6, Bolivia-8)",
                "punct(expressed-2, .-9)"));
        assertTrue(concern.stream().anyMatch(x -> x.startsWith("CHL>BOL 012 asserted")), concern.toString());
        List<String> home = summaries(new Docs().add("Chile/NNP/LOCATION expressed/VBD/O/express concern/NN/O/concern over/IN "
                        + "the/DT arrests/NNS/O/arrest in/IN Santiago/NNP/LOCATION ./.",
                "nsubj(expressed-2, Chile-1)", "root(ROOT-0, expressed-2)", "obj(expressed-2, concern-3)", "case(arrests-6, over-4)",
                "det(arrests-6, the-5)", "nmod(concern-3, arrests-6)", "case(Santiago-8, in-7)", "nmod(arrests-6, Santiago-8)",
                "punct(expressed-2, .-9)"));
        assertTrue(home.stream().noneMatch(x -> x.startsWith("CHL>CHL")), "concern at home names no one: " + home);
    }

    @Test
    void crowdsOfCrowdsActAsWhatTheyAreOfAndAidReceivedIsTheGiversAct() {
        List<String> strike = summaries(new Docs().add("Hundreds/NNS of/IN thousands/NNS of/IN Spanish/JJ workers/NNS "
                        + "went/VBD/O/go on/IN strike/NN/O/strike ./.",
                "nsubj(went-7, Hundreds-1)", "case(thousands-3, of-2)", "nmod(Hundreds-1, thousands-3)", "case(workers-6, of-4)",
                "amod(workers-6, Spanish-5)", "nmod(thousands-3, workers-6)", "root(ROOT-0, went-7)", "case(strike-9, on-8)",
                "obl(went-7, strike-9)", "punct(went-7, .-10)"));
        assertTrue(strike.stream().anyMatch(x -> x.startsWith("ESPLAB>") && x.contains(" 143 asserted")), strike.toString());
        List<String> received = summaries(new Docs().add("Egypt/NNP/LOCATION received/VBD/O/receive medicine/NN/O/medicine "
                        + "from/IN China/NNP/LOCATION ./.",
                "nsubj(received-2, Egypt-1)", "root(ROOT-0, received-2)", "obj(received-2, medicine-3)", "case(China-5, from-4)",
                "obl(received-2, China-5)", "punct(received-2, .-6)"));
        assertEquals(List.of("CHN>EGY 073 asserted 2024-04-16"), received, "the giver gives to the receiver");
        List<String> condemned = summaries(new Docs().add("Peru/NNP/LOCATION denounced/VBD/O/denounce the/DT strikes/NNS as/IN "
                        + "an/DT attack/NN/O/attack on/IN Peru/NNP/LOCATION ./.",
                "nsubj(denounced-2, Peru-1)", "root(ROOT-0, denounced-2)", "det(strikes-4, the-3)", "obj(denounced-2, strikes-4)",
                "case(attack-7, as-5)", "det(attack-7, an-6)", "obl(denounced-2, attack-7)", "case(Peru-9, on-8)", "nmod(attack-7, Peru-9)",
                "punct(denounced-2, .-10)"));
        assertTrue(condemned.stream().noneMatch(x -> x.contains(" 190 ")), "what an act is denounced as is no new attack: " + condemned);
    }

    @Test
    void bothSidesPullingBackTheirTroopsDoSoTowardsEachOtherAndWhoseTroopsAreTheAntecedents() {
        List<String> pull = summaries(new Docs().add("Armenia/NNP/LOCATION and/CC Azerbaijan/NNP/LOCATION withdrew/VBD/O/withdraw "
                        + "Armenian/JJ troops/NNS ./.",
                "nsubj(withdrew-4, Armenia-1)", "cc(Azerbaijan-3, and-2)", "conj(Armenia-1, Azerbaijan-3)", "root(ROOT-0, withdrew-4)",
                "amod(troops-6, Armenian-5)", "obj(withdrew-4, troops-6)", "punct(withdrew-4, .-7)"));
        assertTrue(pull.contains("ARM>AZE 0874 asserted 2024-04-16") && pull.contains("AZE>ARM 0874 asserted 2024-04-16"), pull.toString());
        List<String> whose = summaries(new Docs().add("Eritrea/NNP/LOCATION ,/, whose/WP$ troops/NNS fought/VBD/O/fight alongside/IN "
                        + "Ethiopian/JJ forces/NNS ,/, stayed/VBD/O/stay away/RB ./.",
                "nsubj(stayed-10, Eritrea-1)", "punct(Eritrea-1, ,-2)", "nmod:poss(troops-4, whose-3)", "nsubj(fought-5, troops-4)",
                "acl:relcl(Eritrea-1, fought-5)", "case(forces-8, alongside-6)", "amod(forces-8, Ethiopian-7)", "obl(fought-5, forces-8)",
                "punct(Eritrea-1, ,-9)", "root(ROOT-0, stayed-10)", "advmod(stayed-10, away-11)", "punct(stayed-10, .-12)"));
        assertEquals(List.of("ERI>ETHMIL 062 asserted 2024-04-16"), whose, "fighting alongside is helping, and the troops are Eritrea's");
    }

    @Test
    void troopsOfNoStatedCountryAreTheirMoversOwnAndTheBorderTheyAreMassedAtNamesTheOtherSide() {
        List<String> massed = summaries(new Docs().add("Russia/NNP/LOCATION massed/VBD/O/mass troops/NNS/O/troop near/IN "
                        + "the/DT Ukrainian/JJ border/NN/O/border ./.",
                "nsubj(massed-2, Russia-1)", "root(ROOT-0, massed-2)", "obj(massed-2, troops-3)", "case(border-7, near-4)",
                "det(border-7, the-5)", "amod(border-7, Ukrainian-6)", "obl(massed-2, border-7)", "punct(massed-2, .-8)"));
        assertEquals(List.of("RUS>UKR 154 asserted 2024-04-16"), massed);
        List<String> offered = summaries(new Docs().add("Ghana/NNP/LOCATION offered/VBD/O/offer to/TO deploy/VB/O/deploy troops/NNS/O/troop "
                        + "to/IN Mali/NNP/LOCATION ./.",
                "nsubj(offered-2, Ghana-1)", "root(ROOT-0, offered-2)", "mark(deploy-4, to-3)", "xcomp(offered-2, deploy-4)",
                "obj(deploy-4, troops-5)", "case(Mali-7, to-6)", "obl(deploy-4, Mali-7)", "punct(offered-2, .-8)"));
        assertTrue(offered.contains("GHA>MLI 0334 asserted 2024-04-16"), "troops offered are help offered, no threat: " + offered);
    }

    @Test
    void anAdjectiveOfFeelingWithItsCopulaIsAPredicateAndFramesFireOnIt() {
        List<String> ev = summaries(new Docs().add("Kenya/NNP/LOCATION was/VBD/O/be concerned/JJ/O/concerned about/IN the/DT fighting/NN "
                        + "in/IN Sudan/NNP/LOCATION ./.",
                "nsubj(concerned-3, Kenya-1)", "cop(concerned-3, was-2)", "root(ROOT-0, concerned-3)", "case(fighting-6, about-4)",
                "det(fighting-6, the-5)", "obl(concerned-3, fighting-6)", "case(Sudan-8, in-7)", "nmod(fighting-6, Sudan-8)",
                "punct(concerned-3, .-9)"));
        assertEquals(List.of("KEN>SDN 012 asserted 2024-04-16"), ev);
    }

    @Test
    void aRejectionNamingNoOneAnswersTheAppealMadeToTheRejecter() {
        List<String> ev = summaries(new Docs()
                .add("Britain/NNP/LOCATION urged/VBD/O/urge Iran/NNP/LOCATION to/TO talk/VB ./.",
                        "nsubj(urged-2, Britain-1)", "root(ROOT-0, urged-2)", "obj(urged-2, Iran-3)", "mark(talk-5, to-4)",
                        "xcomp(urged-2, talk-5)", "punct(urged-2, .-6)")
                .add("Iran/NNP/LOCATION rejected/VBD/O/reject the/DT proposal/NN/O/proposal ./.",
                        "nsubj(rejected-2, Iran-1)", "root(ROOT-0, rejected-2)", "det(proposal-4, the-3)", "obj(rejected-2, proposal-4)",
                        "punct(rejected-2, .-5)"));
        assertTrue(ev.contains("IRN>GBR 120 asserted 2024-04-16"), "the appeal rejected is Britain's: " + ev);
    }

    @Test
    void theBlocOrTheWatchdogWithAPhraseOfReasonOrChargeIsTheBodyNamedBefore() {
        List<String> bloc = summaries(new Docs()
                .add("The/DT European/NNP/ORGANIZATION Union/NNP/ORGANIZATION met/VBD/O/meet ./.",
                        "det(Union-3, The-1)", "compound(Union-3, European-2)", "nsubj(met-4, Union-3)", "root(ROOT-0, met-4)",
                        "punct(met-4, .-5)")
                .add("Minsk/NNP/LOCATION condemned/VBD/O/condemn the/DT bloc/NN for/IN interference/NN ./.",
                        "nsubj(condemned-2, Minsk-1)", "root(ROOT-0, condemned-2)", "det(bloc-4, the-3)", "obj(condemned-2, bloc-4)",
                        "case(interference-6, for-5)", "nmod(bloc-4, interference-6)", "punct(condemned-2, .-7)"));
        assertTrue(bloc.contains("BLRGOV>IGOEUREEC 111 asserted 2024-04-16"), bloc.toString());
        List<String> watchdog = summaries(new Docs()
                .add("The/DT OPCW/NNP/ORGANIZATION met/VBD/O/meet ./.",
                        "det(OPCW-2, The-1)", "nsubj(met-3, OPCW-2)", "root(ROOT-0, met-3)", "punct(met-3, .-4)")
                .add("Damascus/NNP/LOCATION accused/VBD/O/accuse the/DT watchdog/NN of/IN bias/NN ./.",
                        "nsubj(accused-2, Damascus-1)", "root(ROOT-0, accused-2)", "det(watchdog-4, the-3)", "obj(accused-2, watchdog-4)",
                        "case(bias-6, of-5)", "nmod(watchdog-4, bias-6)", "punct(accused-2, .-7)"));
        assertTrue(watchdog.contains("SYRGOV>IGO 112 asserted 2024-04-16"), watchdog.toString());
    }

    @Test
    void theOppositionOfTheDoersCountryNamedByItsObjectIsActedOnButItsForcesAreNot() {
        List<String> ev = summaries(new Docs().add("The/DT Kenyan/JJ government/NN rejected/VBD/O/reject opposition/NN criticism/NN/O/criticism ./.",
                "det(government-3, The-1)", "amod(government-3, Kenyan-2)", "nsubj(rejected-4, government-3)", "root(ROOT-0, rejected-4)",
                "compound(criticism-6, opposition-5)", "obj(rejected-4, criticism-6)", "punct(rejected-4, .-7)"));
        assertTrue(ev.contains("KENGOV>KENOPP 120 asserted 2024-04-16"), ev.toString());
    }

    @Test
    void aRebuttalInARelativeClauseOnAnAllegedActIsTold() {
        // the parser's reading of "Kenya accused Somalia of shelling towns, a charge Somali officials rejected"
        List<String> ev = summaries(new Docs().add("Kenya/NNP/LOCATION accused/VBD/O/accuse Somalia/NNP/LOCATION of/IN shelling/VBG/O/shell "
                        + "towns/NNS ,/, a/DT charge/NN/O/charge Somali/JJ officials/NNS rejected/VBD/O/reject ./.",
                "nsubj(accused-2, Kenya-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Somalia-3)", "case(towns-6, of-4)",
                "amod(towns-6, shelling-5)", "obl(accused-2, towns-6)", "punct(towns-6, ,-7)", "det(charge-9, a-8)",
                "amod(officials-11, Somali-10)", "obj(rejected-12, charge-9)", "nsubj(rejected-12, officials-11)",
                "acl:relcl(towns-6, rejected-12)", "punct(accused-2, .-13)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("SOMGOV>KEN ") && x.contains(" asserted")), "the rejection happened: " + ev);
    }

    @Test
    void anActCalledShamefulIsCriticisedAndADenialAnswersFirstWhoeverActedOnTheDenierItself() {
        Docs d = new Docs()
                .add("A/DT Kenyan/JJ court/NN sentenced/VBD/O/sentence a/DT Kenyan/JJ journalist/NN ./.",
                        "det(court-3, A-1)", "amod(court-3, Kenyan-2)", "nsubj(sentenced-4, court-3)", "root(ROOT-0, sentenced-4)",
                        "det(journalist-7, a-5)", "amod(journalist-7, Kenyan-6)", "obj(sentenced-4, journalist-7)", "punct(sentenced-4, .-8)")
                .add("Britain/NNP/LOCATION called/VBD/O/call the/DT verdict/NN shameful/JJ ./.",
                        "nsubj(called-2, Britain-1)", "root(ROOT-0, called-2)", "det(verdict-4, the-3)", "nsubj(shameful-5, verdict-4)",
                        "xcomp(called-2, shameful-5)", "punct(called-2, .-6)")
                .add("The/DT journalist/NN denied/VBD/O/deny the/DT charges/NNS ./.",
                        "det(journalist-2, The-1)", "nsubj(denied-3, journalist-2)", "root(ROOT-0, denied-3)", "det(charges-5, the-4)",
                        "obj(denied-3, charges-5)", "punct(denied-3, .-6)");
        List<String> ev = summaries(d);
        assertTrue(ev.contains("GBR>KENJUD 111 asserted 2024-04-16"), "calling the verdict shameful criticises the court: " + ev);
        assertTrue(ev.contains("KENMED>KENJUD 016 asserted 2024-04-16"), "the journalist answers the court, not Britain: " + ev);
    }

    @Test
    void sayingOneWillSeekAMeetingExpressesTheIntentToMeet() {
        List<String> ev = summaries(new Docs().add("Kenya/NNP/LOCATION said/VBD/O/say it/PRP would/MD seek/VB/O/seek a/DT meeting/NN/O/meeting "
                        + "with/IN Somalia/NNP/LOCATION ./.",
                "nsubj(said-2, Kenya-1)", "root(ROOT-0, said-2)", "nsubj(seek-5, it-3)", "aux(seek-5, would-4)", "ccomp(said-2, seek-5)",
                "det(meeting-7, a-6)", "obj(seek-5, meeting-7)", "case(Somalia-9, with-8)", "nmod(meeting-7, Somalia-9)", "punct(said-2, .-10)"));
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("KEN>SOM 036 intended")), ev.toString());
        assertTrue(ev.stream().anyMatch(x -> x.startsWith("KEN>SOM 036 asserted")), "the intent, expressed: " + ev);
    }

    @Test
    void talksMediatedByAThirdPartyAreBetweenThePartiesOfTheVerbTheyHangFromHoweverDeep() {
        List<String> ev = summaries(new Docs().add("Kenya/NNP/LOCATION and/CC Somalia/NNP/LOCATION met/VBD/O/meet for/IN a/DT round/NN of/IN "
                        + "talks/NNS/O/talk mediated/VBN/O/mediate by/IN Qatar/NNP/LOCATION ./.",
                "nsubj(met-4, Kenya-1)", "cc(Somalia-3, and-2)", "conj(Kenya-1, Somalia-3)", "root(ROOT-0, met-4)", "case(round-7, for-5)",
                "det(round-7, a-6)", "obl(met-4, round-7)", "case(talks-9, of-8)", "nmod(round-7, talks-9)", "acl(talks-9, mediated-10)",
                "case(Qatar-12, by-11)", "obl(mediated-10, Qatar-12)", "punct(met-4, .-13)"));
        assertTrue(ev.contains("QAT>KEN 045 asserted 2024-04-16") && ev.contains("QAT>SOM 045 asserted 2024-04-16"), ev.toString());
    }

    @Test
    void forcesSentToAPartOfACountryNoOneNamesAreSentAtHome() {
        String words = "The/DT Kenyan/JJ army/NN deployed/VBD/O/deploy soldiers/NNS/O/soldier %s/IN the/DT %s ./.";
        String[] deps = {"det(army-3, The-1)", "amod(army-3, Kenyan-2)", "nsubj(deployed-4, army-3)", "root(ROOT-0, deployed-4)",
                "obj(deployed-4, soldiers-5)", "case(%s-8, %s-6)", "det(%s-8, the-7)", "obl(deployed-4, %s-8)", "punct(deployed-4, .-9)"};
        List<String> home = summaries(new Docs().add(String.format(words, "to", "province/NN"), fill(deps, "province", "to")));
        assertTrue(home.stream().anyMatch(x -> x.startsWith("KENMIL>KEN 154 asserted")), "sent within Kenya: " + home);
        List<String> abroad = summaries(new Docs().add(String.format(words, "along", "border/NN"), fill(deps, "border", "along")));
        assertTrue(abroad.stream().anyMatch(x -> x.startsWith("KENMIL>--- 154 asserted")), "a border may face abroad: " + abroad);
    }

    private static String[] fill(String[] deps, String noun, String prep) {
        String[] out = deps.clone();
        out[5] = String.format(deps[5], noun, prep);
        out[6] = String.format(deps[6], noun);
        out[7] = String.format(deps[7], noun);
        return out;
    }

    @Test
    void aLightVerbWithAnOpenComplementWord() {
        List<Event> ev = events(new Docs().add("Chad/NNP/LOCATION held/VBD/O/hold Sudanese/JJ rebels/NNS responsible/JJ ./.",
                "nsubj(held-2, Chad-1)", "root(ROOT-0, held-2)", "amod(rebels-4, Sudanese-3)", "obj(held-2, rebels-4)",
                "xcomp(held-2, responsible-5)", "punct(held-2, .-6)"));
        assertEquals(List.of("TCD>SDNREB 112 asserted 2024-04-16"), ev.stream().map(DependencyFrameCoderTest::summary).toList());
        List<Event> none = events(new Docs().add("Chad/NNP/LOCATION held/VBD/O/hold Sudanese/JJ rebels/NNS ./.",
                "nsubj(held-2, Chad-1)", "root(ROOT-0, held-2)", "amod(rebels-4, Sudanese-3)", "obj(held-2, rebels-4)",
                "punct(held-2, .-5)"));
        assertTrue(none.isEmpty(), "holding someone is no accusation: " + none);
    }

    @Test
    void aBorderOpenedOrClosedByBothIsOpenedToEachOther() {
        List<Event> ev = events(new Docs().add("Chad/NNP/LOCATION and/CC Sudan/NNP/LOCATION reopened/VBD/O/reopen the/DT border/NN ./.",
                "nsubj(reopened-4, Chad-1)", "cc(Sudan-3, and-2)", "conj(Chad-1, Sudan-3)", "root(ROOT-0, reopened-4)",
                "det(border-6, the-5)", "obj(reopened-4, border-6)", "punct(reopened-4, .-7)"));
        assertEquals(List.of("TCD>SDN 0863 asserted 2024-04-16", "SDN>TCD 0863 asserted 2024-04-16"),
                ev.stream().map(DependencyFrameCoderTest::summary).toList());
    }

    @Test
    void aClosureOrARecallNamingNoOneAnswersTheLastActBetweenTheParties() {
        List<Event> closed = events(new Docs().add("Chad/NNP/LOCATION deported/VBD/O/deport Sudanese/JJ traders/NNS and/CC "
                        + "closed/VBD/O/close the/DT border/NN ./.",
                "nsubj(deported-2, Chad-1)", "root(ROOT-0, deported-2)", "amod(traders-4, Sudanese-3)", "obj(deported-2, traders-4)",
                "cc(closed-6, and-5)", "conj(deported-2, closed-6)", "det(border-8, the-7)", "obj(closed-6, border-8)",
                "punct(deported-2, .-9)"));
        assertEquals(List.of("TCD>SDNBUS 174 asserted 2024-04-16", "TCD>SDNBUS 191 asserted 2024-04-16"),
                closed.stream().map(DependencyFrameCoderTest::summary).toList());
        List<Event> recalled = events(new Docs()
                .add("Chad/NNP/LOCATION deported/VBD/O/deport Sudanese/JJ traders/NNS ./.",
                        "nsubj(deported-2, Chad-1)", "root(ROOT-0, deported-2)", "amod(traders-4, Sudanese-3)", "obj(deported-2, traders-4)",
                        "punct(deported-2, .-5)")
                .add("Sudan/NNP/LOCATION recalled/VBD/O/recall its/PRP$ ambassador/NN ./.",
                        "nsubj(recalled-2, Sudan-1)", "root(ROOT-0, recalled-2)", "nmod:poss(ambassador-4, its-3)",
                        "obj(recalled-2, ambassador-4)", "punct(recalled-2, .-5)"));
        assertEquals("SDN>TCD 161 asserted 2024-04-16", summary(recalled.get(1)), "the recall answers the deportation");
    }

    @Test
    void eachSideAccusingTheOtherIsEachPartysActOnTheOther() {
        List<Event> ev = events(new Docs().add("Chadian/JJ and/CC Sudanese/JJ troops/NNS clashed/VBD/O/clash ,/, and/CC each/DT "
                        + "side/NN accused/VBD/O/accuse the/DT other/JJ ./.",
                "amod(troops-4, Chadian-1)", "cc(Sudanese-3, and-2)", "conj(Chadian-1, Sudanese-3)", "nsubj(clashed-5, troops-4)",
                "root(ROOT-0, clashed-5)", "punct(accused-10, ,-6)", "cc(accused-10, and-7)", "det(side-9, each-8)",
                "nsubj(accused-10, side-9)", "conj(clashed-5, accused-10)", "det(other-12, the-11)", "obj(accused-10, other-12)",
                "punct(clashed-5, .-13)"));
        List<String> accusations = ev.stream().filter(e -> e.cameoCode().equals("112") && e.asserted())
                .map(e -> e.source().actor().country() + ">" + e.target().actor().country()).sorted().toList();
        assertEquals(List.of("SDN>TCD", "TCD>SDN"), accusations);
    }

    @Test
    void talksHostedBetweenTheTwoSidesAreNotTheHostsOwn() {
        List<Event> ev = events(new Docs()
                .add("Egypt/NNP/LOCATION and/CC Ethiopia/NNP/LOCATION disagree/VBP ./.",
                        "nsubj(disagree-4, Egypt-1)", "cc(Ethiopia-3, and-2)", "conj(Egypt-1, Ethiopia-3)", "root(ROOT-0, disagree-4)",
                        "punct(disagree-4, .-5)")
                .add("Sudan/NNP/LOCATION ,/, which/WDT hosted/VBD/O/host talks/NNS/O/talk between/IN the/DT two/CD sides/NNS/O/side ,/, spoke/VBD/O/speak ./.",
                        "nsubj(spoke-11, Sudan-1)", "punct(hosted-4, ,-2)", "nsubj(hosted-4, which-3)", "acl:relcl(Sudan-1, hosted-4)",
                        "obj(hosted-4, talks-5)", "case(sides-9, between-6)", "det(sides-9, the-7)", "nummod(sides-9, two-8)",
                        "nmod(talks-5, sides-9)", "punct(hosted-4, ,-10)", "root(ROOT-0, spoke-11)", "punct(spoke-11, .-12)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("SDN>EGY 045 asserted 2024-04-16") && s.contains("SDN>ETH 045 asserted 2024-04-16"), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.contains("046") && x.contains("SDN")), "the host is not a side of the talks: " + s);
    }

    @Test
    void callingAClaimGroundlessRejectsItsMaker() {
        List<Event> ev = events(new Docs()
                .add("Chadian/JJ troops/NNS attacked/VBD/O/attack Sudanese/JJ rebels/NNS ./.",
                        "amod(troops-2, Chadian-1)", "nsubj(attacked-3, troops-2)", "root(ROOT-0, attacked-3)", "amod(rebels-5, Sudanese-4)",
                        "obj(attacked-3, rebels-5)", "punct(attacked-3, .-6)")
                .add("Sudan/NNP/LOCATION called/VBD/O/call the/DT attack/NN groundless/JJ ./.",
                        "nsubj(called-2, Sudan-1)", "root(ROOT-0, called-2)", "det(attack-4, the-3)", "obj(called-2, attack-4)",
                        "xcomp(called-2, groundless-5)", "punct(called-2, .-6)"));
        assertTrue(ev.stream().map(DependencyFrameCoderTest::summary).anyMatch(x -> x.matches("SDN>TCD\\w* 120 asserted .*")),
                ev.stream().map(DependencyFrameCoderTest::summary).toList().toString());
    }

    @Test
    void aReactionToTheNounSummingUpTheClauseAnswersItsDoer() {
        List<Event> ev = events(new Docs().add("Iran/NNP/LOCATION expelled/VBD/O/expel British/JJ diplomats/NNS/O/diplomat ,/, a/DT "
                        + "move/NN Britain/NNP/LOCATION condemned/VBD/O/condemn ./.",
                "nsubj(expelled-2, Iran-1)", "root(ROOT-0, expelled-2)", "amod(diplomats-4, British-3)", "obj(expelled-2, diplomats-4)",
                "punct(move-7, ,-5)", "det(move-7, a-6)", "appos(diplomats-4, move-7)", "nsubj(condemned-9, Britain-8)",
                "acl:relcl(move-7, condemned-9)", "punct(expelled-2, .-10)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("GBR>IRN 111 asserted 2024-04-16"), s.toString());
    }

    @Test
    void anOfferToMediateNamingNoOneIsMadeToBothSidesOfTheLastConflict() {
        List<Event> ev = events(new Docs()
                .add("Chadian/JJ troops/NNS attacked/VBD/O/attack Sudanese/JJ rebels/NNS ./.",
                        "amod(troops-2, Chadian-1)", "nsubj(attacked-3, troops-2)", "root(ROOT-0, attacked-3)", "amod(rebels-5, Sudanese-4)",
                        "obj(attacked-3, rebels-5)", "punct(attacked-3, .-6)")
                .add("Egypt/NNP/LOCATION offered/VBD/O/offer mediation/NN ./.",
                        "nsubj(offered-2, Egypt-1)", "root(ROOT-0, offered-2)", "obj(offered-2, mediation-3)", "punct(offered-2, .-4)"));
        List<String> offers = ev.stream().filter(e -> e.cameoCode().equals("039"))
                .map(e -> e.source().actor().country() + ">" + e.target().actor().country()).sorted().toList();
        assertEquals(List.of("EGY>SDN", "EGY>TCD"), offers);
        assertEquals(ev.size(), ev.stream().map(Event::id).distinct().count(), "each event keeps an id of its own");
    }

    @Test
    void refusingToCooperateWithANamedActAnswersItsDoer() {
        List<Event> ev = events(new Docs()
                .add("Egypt/NNP/LOCATION investigated/VBD/O/investigate Chadian/JJ troops/NNS ./.",
                        "nsubj(investigated-2, Egypt-1)", "root(ROOT-0, investigated-2)", "amod(troops-4, Chadian-3)",
                        "obj(investigated-2, troops-4)", "punct(investigated-2, .-5)")
                .add("Chad/NNP/LOCATION will/MD not/RB cooperate/VB/O/cooperate with/IN the/DT investigation/NN ./.",
                        "nsubj(cooperate-4, Chad-1)", "aux(cooperate-4, will-2)", "advmod(cooperate-4, not-3)", "root(ROOT-0, cooperate-4)",
                        "case(investigation-7, with-5)", "det(investigation-7, the-6)", "obl(cooperate-4, investigation-7)",
                        "punct(cooperate-4, .-8)"));
        List<String> refusals = ev.stream().filter(e -> e.asserted() && e.cameoRoot().equals("12"))
                .map(e -> e.source().actor().country() + ">" + (e.target() == null ? "---" : e.target().actor().country())).toList();
        assertEquals(List.of("TCD>EGY"), refusals);
    }

    @Test
    void theDestinationHungDeepInWhatIsSentIsTheTarget() {
        List<Event> ev = events(new Docs().add("Norway/NNP/LOCATION will/MD send/VB/O/send weapons/NNS/O/weapon worth/JJ "
                        + "millions/NNS to/IN Ukraine/NNP/LOCATION ./.",
                "nsubj(send-3, Norway-1)", "aux(send-3, will-2)", "root(ROOT-0, send-3)", "obj(send-3, weapons-4)",
                "amod(weapons-4, worth-5)", "dep(worth-5, millions-6)", "case(Ukraine-8, to-7)", "obl(worth-5, Ukraine-8)",
                "punct(send-3, .-9)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("NOR>UKR 0332 asserted 2024-04-16"), "the pledge is to Ukraine: " + s);
        assertTrue(s.contains("NOR>UKR 072 intended 2024-04-16"), s.toString());
    }

    @Test
    void anAmountOrAVehicleStandsForWhatItHolds() {
        List<Event> amount = events(new Docs().add("Japan/NNP/LOCATION provided/VBD/O/provide $/$ 5/CD million/CD in/IN aid/NN "
                        + "to/IN Nepal/NNP/LOCATION ./.",
                "nsubj(provided-2, Japan-1)", "root(ROOT-0, provided-2)", "obj(provided-2, $-3)", "compound(million-5, 5-4)",
                "nummod($-3, million-5)", "case(aid-7, in-6)", "nmod($-3, aid-7)", "case(Nepal-9, to-8)", "obl(provided-2, Nepal-9)",
                "punct(provided-2, .-10)"));
        assertEquals(List.of("JPN>NPL 070 asserted 2024-04-16"), amount.stream().map(DependencyFrameCoderTest::summary).toList());
        List<Event> carried = events(new Docs().add("Japan/NNP/LOCATION sent/VBD/O/send planes/NNS carrying/VBG/O/carry weapons/NNS/O/weapon "
                        + "to/IN Nepal/NNP/LOCATION ./.",
                "nsubj(sent-2, Japan-1)", "root(ROOT-0, sent-2)", "obj(sent-2, planes-3)", "acl(planes-3, carrying-4)",
                "obj(carrying-4, weapons-5)", "case(Nepal-7, to-6)", "obl(carrying-4, Nepal-7)", "punct(sent-2, .-8)"));
        assertEquals(List.of("JPN>NPL 072 asserted 2024-04-16"), carried.stream().map(DependencyFrameCoderTest::summary).toList());
    }

    @Test
    void anAppealToBothSidesGoesToTheLastConflictsPartiesAndWhatItAsksIsNotDone() {
        List<Event> ev = events(new Docs()
                .add("Chadian/JJ troops/NNS attacked/VBD/O/attack Sudanese/JJ rebels/NNS ./.",
                        "amod(troops-2, Chadian-1)", "nsubj(attacked-3, troops-2)", "root(ROOT-0, attacked-3)", "amod(rebels-5, Sudanese-4)",
                        "obj(attacked-3, rebels-5)", "punct(attacked-3, .-6)")
                .add("Egypt/NNP/LOCATION appealed/VBD/O/appeal to/IN both/DT sides/NNS/O/side to/TO halt/VB/O/halt attacks/NNS/O/attack ./.",
                        "nsubj(appealed-2, Egypt-1)", "root(ROOT-0, appealed-2)", "mark(halt-7, to-3)", "det(sides-5, both-4)",
                        "nsubj(halt-7, sides-5)", "mark(halt-7, to-6)", "advcl(appealed-2, halt-7)", "obj(halt-7, attacks-8)",
                        "punct(appealed-2, .-9)"));
        List<String> appeals = ev.stream().filter(e -> e.cameoCode().equals("020"))
                .map(e -> e.source().actor().country() + ">" + (e.target() == null ? "---" : e.target().actor().country())).sorted().toList();
        assertEquals(List.of("EGY>SDN", "EGY>TCD"), appeals);
        assertTrue(ev.stream().noneMatch(e -> e.cameoCode().equals("087") && e.asserted()), "the halt is asked for, not made: "
                + ev.stream().map(DependencyFrameCoderTest::summary).toList());
    }

    @Test
    void welcomingADealTwoSignedWelcomesBothAndTheWelcomersDoNotWelcomeEachOther() {
        List<Event> ev = events(new Docs()
                .add("Chad/NNP/LOCATION and/CC Sudan/NNP/LOCATION signed/VBD/O/sign a/DT deal/NN ./.",
                        "nsubj(signed-4, Chad-1)", "cc(Sudan-3, and-2)", "conj(Chad-1, Sudan-3)", "root(ROOT-0, signed-4)",
                        "det(deal-6, a-5)", "obj(signed-4, deal-6)", "punct(signed-4, .-7)")
                .add("France/NNP/LOCATION and/CC Egypt/NNP/LOCATION welcomed/VBD/O/welcome the/DT deal/NN ./.",
                        "nsubj(welcomed-4, France-1)", "cc(Egypt-3, and-2)", "conj(France-1, Egypt-3)", "root(ROOT-0, welcomed-4)",
                        "det(deal-6, the-5)", "obj(welcomed-4, deal-6)", "punct(welcomed-4, .-7)"));
        List<String> welcomes = ev.stream().filter(e -> e.cameoCode().equals("051"))
                .map(e -> e.source().actor().country() + ">" + (e.target() == null ? "---" : e.target().actor().country())).sorted().toList();
        assertEquals(List.of("EGY>SDN", "EGY>TCD", "FRA>SDN", "FRA>TCD"), welcomes);
        assertEquals(ev.size(), ev.stream().map(Event::id).distinct().count(), "each event keeps an id of its own");
    }

    @Test
    void sanctionsAPartyApprovedAreItsOwn() {
        List<Event> ev = events(new Docs().add("Britain/NNP/LOCATION approved/VBD/O/approve sanctions/NNS/O/sanction against/IN "
                        + "Chad/NNP/LOCATION ./.",
                "nsubj(approved-2, Britain-1)", "root(ROOT-0, approved-2)", "obj(approved-2, sanctions-3)", "case(Chad-5, against-4)",
                "nmod(sanctions-3, Chad-5)", "punct(approved-2, .-6)"));
        assertEquals(List.of("GBR>TCD 163 asserted 2024-04-16"), ev.stream().map(DependencyFrameCoderTest::summary).toList());
    }

    @Test
    void anObjectPronounIsNotTheReporterWhoseSideIsItsVerbsSubject() {
        List<Event> ev = events(new Docs().add("Egypt/NNP/LOCATION 's/POS president/NN urged/VBD/O/urge them/PRP/O/they to/TO "
                        + "talk/VB ,/, Cairo/NNP/LOCATION said/VBD/O/say ./.",
                "nmod:poss(president-3, Egypt-1)", "case(Egypt-1, 's-2)", "nsubj(urged-4, president-3)", "ccomp(said-10, urged-4)",
                "obj(urged-4, them-5)", "mark(talk-7, to-6)", "xcomp(urged-4, talk-7)", "punct(said-10, ,-8)", "nsubj(said-10, Cairo-9)",
                "root(ROOT-0, said-10)", "punct(said-10, .-11)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.stream().anyMatch(x -> x.startsWith("EGY") && x.contains(" 020 asserted")), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.matches("EGY\\w*>EGY.*")), "Egypt urged others: " + s);
    }

    @Test
    void theLeadersOfBothCountriesSpokenWithAreTheTwoNamedBeforeNotTheSpeaker() {
        List<Event> ev = events(new Docs()
                .add("Chadian/JJ troops/NNS attacked/VBD/O/attack Sudanese/JJ rebels/NNS ./.",
                        "amod(troops-2, Chadian-1)", "nsubj(attacked-3, troops-2)", "root(ROOT-0, attacked-3)", "amod(rebels-5, Sudanese-4)",
                        "obj(attacked-3, rebels-5)", "punct(attacked-3, .-6)")
                .add("Egypt/NNP/LOCATION spoke/VBD/O/speak with/IN the/DT leaders/NNS/O/leader of/IN both/DT countries/NNS/O/country ./.",
                        "nsubj(spoke-2, Egypt-1)", "root(ROOT-0, spoke-2)", "case(leaders-5, with-3)", "det(leaders-5, the-4)",
                        "obl(spoke-2, leaders-5)", "case(countries-8, of-6)", "det(countries-8, both-7)", "nmod(leaders-5, countries-8)",
                        "punct(spoke-2, .-9)"));
        List<String> calls = ev.stream().filter(e -> e.cameoCode().equals("040") && e.source().actor().country().equals("EGY"))
                .map(e -> e.target().actor().country()).sorted().toList();
        assertEquals(List.of("SDN", "TCD"), calls);
    }

    @Test
    void anInvestigationIntoTheActToldIsOfItsDoerThoughARelativeClauseNamesAnother() {
        List<Event> ev = events(new Docs()
                .add("Chadian/JJ troops/NNS attacked/VBD/O/attack Sudanese/JJ rebels/NNS ./.",
                        "amod(troops-2, Chadian-1)", "nsubj(attacked-3, troops-2)", "root(ROOT-0, attacked-3)", "amod(rebels-5, Sudanese-4)",
                        "obj(attacked-3, rebels-5)", "punct(attacked-3, .-6)")
                .add("Sudan/NNP/LOCATION opened/VBD/O/open an/DT investigation/NN/O/investigation into/IN the/DT attack/NN/O/attack ,/, "
                        + "which/WDT Egypt/NNP/LOCATION condemned/VBD/O/condemn ./.",
                        "nsubj(opened-2, Sudan-1)", "root(ROOT-0, opened-2)", "det(investigation-4, an-3)", "obj(opened-2, investigation-4)",
                        "case(attack-7, into-5)", "det(attack-7, the-6)", "nmod(investigation-4, attack-7)", "punct(attack-7, ,-8)",
                        "obj(condemned-11, which-9)", "nsubj(condemned-11, Egypt-10)", "acl:relcl(attack-7, condemned-11)",
                        "punct(opened-2, .-12)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.stream().anyMatch(x -> x.matches("SDN>TCD\\w* 090 asserted .*")), s.toString());
    }

    @Test
    void aPledgeNamingNoOneAnswersWhoeverReproachedItsMaker() {
        List<Event> ev = events(new Docs()
                .add("Sudan/NNP/LOCATION accused/VBD/O/accuse Chad/NNP/LOCATION ./.",
                        "nsubj(accused-2, Sudan-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Chad-3)", "punct(accused-2, .-4)")
                .add("Chad/NNP/LOCATION pledged/VBD/O/pledge ./.",
                        "nsubj(pledged-2, Chad-1)", "root(ROOT-0, pledged-2)", "punct(pledged-2, .-3)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("TCD>SDN 030 asserted 2024-04-16"), s.toString());
        // a mediator is no one the pledge answers
        List<Event> mediated = events(new Docs()
                .add("Egypt/NNP/LOCATION mediated/VBD/O/mediate ./.",
                        "nsubj(mediated-2, Egypt-1)", "root(ROOT-0, mediated-2)", "punct(mediated-2, .-3)")
                .add("Chad/NNP/LOCATION pledged/VBD/O/pledge ./.",
                        "nsubj(pledged-2, Chad-1)", "root(ROOT-0, pledged-2)", "punct(pledged-2, .-3)"));
        assertTrue(mediated.stream().filter(e -> e.cameoCode().equals("030")).allMatch(e -> e.target() == null),
                mediated.stream().map(DependencyFrameCoderTest::summary).toList().toString());
    }

    @Test
    void anOfferBesideARejectionSharesTheRejectionsParty() {
        List<Event> ev = events(new Docs()
                .add("Sudan/NNP/LOCATION accused/VBD/O/accuse Chad/NNP/LOCATION ./.",
                        "nsubj(accused-2, Sudan-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Chad-3)", "punct(accused-2, .-4)")
                .add("Chad/NNP/LOCATION rejected/VBD/O/reject the/DT charge/NN and/CC cooperated/VBD/O/cooperate ./.",
                        "nsubj(rejected-2, Chad-1)", "root(ROOT-0, rejected-2)", "det(charge-4, the-3)", "obj(rejected-2, charge-4)",
                        "cc(cooperated-6, and-5)", "conj(rejected-2, cooperated-6)", "punct(rejected-2, .-7)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("TCD>SDN 120 asserted 2024-04-16"), s.toString());
        assertTrue(s.contains("TCD>SDN 050 asserted 2024-04-16"), "the cooperation is with the accuser its maker answered: " + s);
    }

    @Test
    void anActNoSignTellsOfIsNotDoneAndOneSignsTellOfIsNotEstablished() {
        java.util.function.Function<String, Event> attack = det -> events(new Docs().add("Egypt/NNP/LOCATION saw/VBD/O/see " + det + "/DT"
                        + " sign/NN/O/sign that/IN Chad/NNP/LOCATION attacked/VBD/O/attack Sudan/NNP/LOCATION ./.",
                "nsubj(saw-2, Egypt-1)", "root(ROOT-0, saw-2)", "det(sign-4, " + det + "-3)", "obj(saw-2, sign-4)", "mark(attacked-7, that-5)",
                "nsubj(attacked-7, Chad-6)", "acl(sign-4, attacked-7)", "obj(attacked-7, Sudan-8)", "punct(saw-2, .-9)"))
                .stream().filter(e -> e.cameoCode().equals("190")).findFirst().orElseThrow();
        assertEquals(Modality.NEGATED, attack.apply("no").modality());
        assertEquals(Modality.HYPOTHETICAL, attack.apply("a").modality());
    }

    @Test
    void aResponseAnswersTheLastNamedAttackerAndARepelledAssaultItsMaker() {
        List<Event> ev = events(new Docs()
                .add("Sudanese/JJ rebels/NNS attacked/VBD/O/attack Chadian/JJ troops/NNS ./.",
                        "amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)", "amod(troops-5, Chadian-4)",
                        "obj(attacked-3, troops-5)", "punct(attacked-3, .-6)")
                .add("Chadian/JJ soldiers/NNS/O/soldier were/VBD killed/VBN/O/kill ./.",
                        "amod(soldiers-2, Chadian-1)", "nsubj:pass(killed-4, soldiers-2)", "aux:pass(killed-4, were-3)", "root(ROOT-0, killed-4)",
                        "punct(killed-4, .-5)")
                .add("Chadian/JJ troops/NNS responded/VBD/O/respond ./.",
                        "amod(troops-2, Chadian-1)", "nsubj(responded-3, troops-2)", "root(ROOT-0, responded-3)", "punct(responded-3, .-4)")
                .add("Chadian/JJ troops/NNS repelled/VBD/O/repel the/DT assault/NN/O/assault ./.",
                        "amod(troops-2, Chadian-1)", "nsubj(repelled-3, troops-2)", "root(ROOT-0, repelled-3)", "det(assault-5, the-4)",
                        "obj(repelled-3, assault-5)", "punct(repelled-3, .-6)"));
        List<String> answers = ev.stream().filter(e -> e.sentence() >= 2 && e.cameoCode().equals("190"))
                .map(e -> e.trigger().text() + ">" + (e.target() == null ? "---" : e.target().actor().code())).sorted().toList();
        assertEquals(List.of("repelled the assault>SDNREB", "responded>SDNREB"), answers);
    }

    @Test
    void sayingAnActWasUnfoundedOrBiasedNamesItAsCallingItDoes() {
        List<Event> ev = events(new Docs()
                .add("Britain/NNP/LOCATION expelled/VBD/O/expel two/CD Russian/JJ diplomats/NNS/O/diplomat ./.",
                        "nsubj(expelled-2, Britain-1)", "root(ROOT-0, expelled-2)", "nummod(diplomats-5, two-3)", "amod(diplomats-5, Russian-4)",
                        "obj(expelled-2, diplomats-5)", "punct(expelled-2, .-6)")
                .add("Russia/NNP/LOCATION said/VBD/O/say the/DT expulsions/NNS/O/expulsion were/VBD/O/be unfounded/JJ and/CC "
                        + "the/DT investigation/NN/O/investigation was/VBD/O/be biased/JJ ./.",
                        "nsubj(said-2, Russia-1)", "root(ROOT-0, said-2)", "det(expulsions-4, the-3)", "nsubj(unfounded-6, expulsions-4)",
                        "cop(unfounded-6, were-5)", "ccomp(said-2, unfounded-6)", "cc(biased-11, and-7)", "det(investigation-9, the-8)",
                        "nsubj(biased-11, investigation-9)", "cop(biased-11, was-10)", "ccomp(said-2, biased-11)", "punct(said-2, .-12)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("RUS>GBR 120 asserted 2024-04-16"), "the expulsions were Britain's: " + s);
        assertTrue(s.stream().noneMatch(x -> x.startsWith("RUS>GBR 111")), "no investigation was told, so no one is named biased: " + s);
    }

    @Test
    void countermeasuresAnswerTheSanctionsTold() {
        List<Event> ev = events(new Docs()
                .add("Britain/NNP/LOCATION imposed/VBD/O/impose sanctions/NNS/O/sanction on/IN Chad/NNP/LOCATION ./.",
                        "nsubj(imposed-2, Britain-1)", "root(ROOT-0, imposed-2)", "obj(imposed-2, sanctions-3)", "case(Chad-5, on-4)",
                        "obl(imposed-2, Chad-5)", "punct(imposed-2, .-6)")
                .add("Chad/NNP/LOCATION took/VBD/O/take countermeasures/NNS/O/countermeasure ./.",
                        "nsubj(took-2, Chad-1)", "root(ROOT-0, took-2)", "obj(took-2, countermeasures-3)", "punct(took-2, .-4)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("TCD>GBR 170 asserted 2024-04-16"), s.toString());
    }

    @Test
    void aVisitorWelcomedAtTheAirportIsHostedAndASigningDueIsNoWordGiven() {
        List<Event> ev = events(new Docs()
                .add("Chad/NNP/LOCATION 's/POS envoy/NN arrived/VBD/O/arrive and/CC was/VBD welcomed/VBN/O/welcome at/IN the/DT "
                                + "airport/NN by/IN Sudan/NNP/LOCATION ./.",
                        "nmod:poss(envoy-3, Chad-1)", "case(Chad-1, 's-2)", "nsubj(arrived-4, envoy-3)", "root(ROOT-0, arrived-4)",
                        "cc(welcomed-7, and-5)", "aux:pass(welcomed-7, was-6)", "conj(arrived-4, welcomed-7)", "case(airport-10, at-8)",
                        "det(airport-10, the-9)", "obl(welcomed-7, airport-10)", "case(Sudan-12, by-11)", "obl(welcomed-7, Sudan-12)",
                        "punct(arrived-4, .-13)")
                .add("Chad/NNP/LOCATION is/VBZ due/JJ/O/due to/TO sign/VB/O/sign a/DT deal/NN ./.",
                        "nsubj(due-3, Chad-1)", "cop(due-3, is-2)", "root(ROOT-0, due-3)", "mark(sign-5, to-4)", "xcomp(due-3, sign-5)",
                        "det(deal-7, a-6)", "obj(sign-5, deal-7)", "punct(due-3, .-8)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.stream().anyMatch(x -> x.matches("SDN>TCD\\w* 043 asserted .*")), s.toString());
        assertTrue(ev.stream().filter(e -> e.sentence() == 1).noneMatch(Event::asserted), "a signing due is neither done nor promised: " + s);
    }

    @Test
    void aQuotedNameAfterTheThingNamedDenouncesItHoweverParsed() {
        List<Event> ev = events(new Docs()
                .add("Britain/NNP/LOCATION expelled/VBD/O/expel two/CD Russian/JJ diplomats/NNS/O/diplomat ./.",
                        "nsubj(expelled-2, Britain-1)", "root(ROOT-0, expelled-2)", "nummod(diplomats-5, two-3)", "amod(diplomats-5, Russian-4)",
                        "obj(expelled-2, diplomats-5)", "punct(expelled-2, .-6)")
                .add("Russia/NNP/LOCATION called/VBD/O/call the/DT expulsions/NNS/O/expulsion ``/`` unfriendly/JJ ''/'' ./.",
                        "nsubj(called-2, Russia-1)", "root(ROOT-0, called-2)", "det(expulsions-4, the-3)", "obj(called-2, expulsions-4)",
                        "punct(unfriendly-6, ``-5)", "parataxis(called-2, unfriendly-6)", "punct(unfriendly-6, ''-7)", "punct(called-2, .-8)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("RUS>GBR 111 asserted 2024-04-16"), s.toString());
    }

    @Test
    void reliefCarriedFlownOrPledgedGoesToTheStrickenCountry() {
        List<Event> ev = events(new Docs()
                .add("Tonga/NNP/LOCATION asked/VBD/O/ask for/IN help/NN ./.",
                        "nsubj(asked-2, Tonga-1)", "root(ROOT-0, asked-2)", "case(help-4, for-3)", "obl(asked-2, help-4)", "punct(asked-2, .-5)")
                .add("A/DT Japanese/JJ plane/NN carrying/VBG/O/carry food/NN landed/VBD/O/land in/IN Tonga/NNP/LOCATION ./.",
                        "det(plane-3, A-1)", "amod(plane-3, Japanese-2)", "nsubj(landed-6, plane-3)", "acl(plane-3, carrying-4)",
                        "obj(carrying-4, food-5)", "root(ROOT-0, landed-6)", "case(Tonga-8, in-7)", "obl(landed-6, Tonga-8)", "punct(landed-6, .-9)")
                .add("Australia/NNP/LOCATION flew/VBD/O/fly tents/NNS/O/tent to/IN the/DT kingdom/NN ./.",
                        "nsubj(flew-2, Australia-1)", "root(ROOT-0, flew-2)", "obj(flew-2, tents-3)", "case(kingdom-6, to-4)",
                        "det(kingdom-6, the-5)", "obl(flew-2, kingdom-6)", "punct(flew-2, .-7)")
                .add("Britain/NNP/LOCATION pledged/VBD/O/pledge five/CD million/CD Australian/JJ dollars/NNS/O/dollar ./.",
                        "nsubj(pledged-2, Britain-1)", "root(ROOT-0, pledged-2)", "compound(million-4, five-3)", "nummod(dollars-6, million-4)",
                        "amod(dollars-6, Australian-5)", "obj(pledged-2, dollars-6)", "punct(pledged-2, .-7)"));
        List<String> s = ev.stream().map(DependencyFrameCoderTest::summary).toList();
        assertTrue(s.contains("JPN>TON 073 asserted 2024-04-16"), "a plane carrying food brings aid: " + s);
        assertTrue(s.contains("AUS>TON 073 asserted 2024-04-16"), "the kingdom is not the flier's own: " + s);
        assertTrue(s.contains("GBR>TON 0331 asserted 2024-04-16"), "a pledge goes where the aid went, not to the currency's country: " + s);
    }

    @Test
    void twoPartiesBreakingACeasefireBreakItOnEachOther() {
        List<Event> ev = events(new Docs().add("Chadian/JJ troops/NNS and/CC Sudanese/JJ rebels/NNS violated/VBD/O/violate the/DT "
                        + "ceasefire/NN ./.",
                "amod(troops-2, Chadian-1)", "nsubj(violated-6, troops-2)", "cc(rebels-5, and-3)", "amod(rebels-5, Sudanese-4)",
                "conj(troops-2, rebels-5)", "root(ROOT-0, violated-6)", "det(ceasefire-8, the-7)", "obj(violated-6, ceasefire-8)",
                "punct(violated-6, .-9)"));
        assertEquals(List.of("SDNREB>TCDMIL 196 asserted 2024-04-16", "TCDMIL>SDNREB 196 asserted 2024-04-16"),
                ev.stream().map(DependencyFrameCoderTest::summary).sorted().toList());
    }

    @Test
    void tellingOneThatAnotherMustActDemandsItOfTheOther() {
        List<Event> ev = events(new Docs().add("Egypt/NNP/LOCATION told/VBD/O/tell Britain/NNP/LOCATION that/IN Chad/NNP/LOCATION "
                        + "must/MD withdraw/VB/O/withdraw ./.",
                "nsubj(told-2, Egypt-1)", "root(ROOT-0, told-2)", "obj(told-2, Britain-3)", "mark(withdraw-7, that-4)",
                "nsubj(withdraw-7, Chad-5)", "aux(withdraw-7, must-6)", "ccomp(told-2, withdraw-7)", "punct(told-2, .-8)"));
        List<String> demands = ev.stream().filter(e -> e.cameoCode().equals("100"))
                .map(e -> e.source().actor().code() + ">" + (e.target() == null ? "---" : e.target().actor().code())).toList();
        assertEquals(List.of("EGY>TCD"), demands);
    }

    @Test
    void forceOnNoOneNamedToldByAStateAtOddsWithTheDoerIsOnThatState() {
        java.util.function.Function<String, List<String>> shelled = teller -> events(new Docs()
                .add("Chad/NNP/LOCATION accused/VBD/O/accuse Sudan/NNP/LOCATION ./.",
                        "nsubj(accused-2, Chad-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Sudan-3)", "punct(accused-2, .-4)")
                .add("The/DT " + teller + " army/NN said/VBD/O/say Sudanese/JJ troops/NNS shelled/VBD/O/shell villages/NNS ./.",
                        "det(army-3, The-1)", "amod(army-3, " + teller.split("/")[0] + "-2)", "nsubj(said-4, army-3)", "root(ROOT-0, said-4)",
                        "amod(troops-6, Sudanese-5)", "nsubj(shelled-7, troops-6)", "ccomp(said-4, shelled-7)", "obj(shelled-7, villages-8)",
                        "punct(said-4, .-9)"))
                .stream().filter(e -> e.cameoCode().equals("194")).map(DependencyFrameCoderTest::summary).toList();
        assertEquals(List.of("SDNMIL>TCD 194 asserted 2024-04-16"), shelled.apply("Chadian/JJ"));
        assertEquals(List.of("SDNMIL>--- 194 asserted 2024-04-16"), shelled.apply("Egyptian/JJ"), "a third party's report names no victim");
    }

    @Test
    void aShipOwnedOrOperatedByACountrysFirmIsThatCountrys() {
        List<Event> ev = events(new Docs().add("Sudanese/JJ rebels/NNS attacked/VBD/O/attack a/DT British/JJ -/HYPH owned/VBN/O/own "
                        + "tanker/NN ./.",
                "amod(rebels-2, Sudanese-1)", "nsubj(attacked-3, rebels-2)", "root(ROOT-0, attacked-3)", "det(tanker-8, a-4)",
                "dep(owned-7, British-5)", "punct(owned-7, --6)", "amod(tanker-8, owned-7)", "obj(attacked-3, tanker-8)",
                "punct(attacked-3, .-9)"));
        assertEquals(List.of("SDNREB>GBR 190 asserted 2024-04-16"), ev.stream().map(DependencyFrameCoderTest::summary).toList());
    }

    @Test
    void theTwoRivalsAreTheLastTwoNamedTogetherNotTheLastTwoNamed() {
        List<Event> ev = events(new Docs()
                .add("Chad/NNP/LOCATION and/CC Sudan/NNP/LOCATION met/VBD/O/meet in/IN Egypt/NNP/LOCATION ./.",
                        "nsubj(met-4, Chad-1)", "cc(Sudan-3, and-2)", "conj(Chad-1, Sudan-3)", "root(ROOT-0, met-4)", "case(Egypt-6, in-5)",
                        "obl(met-4, Egypt-6)", "punct(met-4, .-7)")
                .add("The/DT two/CD rivals/NNS/O/rival pledged/VBD/O/pledge ./.",
                        "det(rivals-3, The-1)", "nummod(rivals-3, two-2)", "nsubj(pledged-4, rivals-3)", "root(ROOT-0, pledged-4)",
                        "punct(pledged-4, .-5)"));
        List<String> pledges = ev.stream().filter(e -> e.cameoCode().equals("030"))
                .map(e -> e.source().actor().country() + ">" + e.target().actor().country()).sorted().toList();
        assertEquals(List.of("SDN>TCD", "TCD>SDN"), pledges);
    }

    @Test
    void aYearInAParticipleHungOnTheObjectDatesNotTheAct() {
        List<Event> ev = events(new Docs().add("Chad/NNP/LOCATION pledged/VBD/O/pledge to/TO study/VB/O/study the/DT border/NN "
                        + ",/, closed/VBN/O/close since/IN 1994/CD ./.",
                "nsubj(pledged-2, Chad-1)", "root(ROOT-0, pledged-2)", "mark(study-4, to-3)", "xcomp(pledged-2, study-4)",
                "det(border-6, the-5)", "obj(study-4, border-6)", "punct(closed-8, ,-7)", "dep(study-4, closed-8)",
                "case(1994-10, since-9)", "obl(closed-8, 1994-10)", "punct(pledged-2, .-11)"));
        Event pledge = ev.stream().filter(e -> e.cameoCode().equals("030")).findFirst()
                .orElseThrow(() -> new AssertionError(ev.stream().map(DependencyFrameCoderTest::summary).toList().toString()));
        assertEquals("2024-04-16", pledge.eventDate().toString());
    }

    @Test
    void anActInANounOfTimeAfterWhichSomethingWillBeDoneHasHappened() {
        List<Event> ev = events(new Docs().add("Georgia/NNP/LOCATION would/MD withdraw/VB/O/withdraw the/DT law/NN after/IN two/CD "
                        + "nights/NNS/O/night of/IN Russian/JJ protests/NNS/O/protest ./.",
                "nsubj(withdraw-3, Georgia-1)", "aux(withdraw-3, would-2)", "root(ROOT-0, withdraw-3)", "det(law-5, the-4)",
                "obj(withdraw-3, law-5)", "case(nights-8, after-6)", "nummod(nights-8, two-7)", "obl(withdraw-3, nights-8)",
                "case(protests-11, of-9)", "amod(protests-11, Russian-10)", "nmod(nights-8, protests-11)", "punct(withdraw-3, .-12)"));
        Event protest = ev.stream().filter(e -> e.cameoCode().equals("141")).findFirst()
                .orElseThrow(() -> new AssertionError(ev.stream().map(DependencyFrameCoderTest::summary).toList().toString()));
        assertEquals(Modality.ASSERTED, protest.modality());
    }
}
