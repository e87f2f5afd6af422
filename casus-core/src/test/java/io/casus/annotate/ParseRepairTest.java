package io.casus.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.casus.lexicon.Lexicons;
import io.casus.model.Dependency;
import io.casus.model.Sentence;
import io.casus.testing.Parses;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseRepairTest {
    private final ParseRepair repair = new ParseRepair(Lexicons.standard()::isReportingVerb);

    private static String relationOf(List<Dependency> deps, int dependent) {
        for (Dependency d : deps) {
            if (d.dependent() == dependent) {
                return d.relation() + "(" + d.governor() + ")";
            }
        }
        return "none";
    }

    @Test
    void clauseHungUnderTheObjectGetsItsSubjectBack() {
        // the parser's reading of "Interpol said it will send a team": "it" object of "said", "send" a dep of "said"
        Sentence s = Parses.sentence("Interpol/NNP/ORGANIZATION said/VBD/O/say it/PRP will/MD send/VB a/DT team/NN ./.",
                "nsubj(said-2, Interpol-1)", "root(ROOT-0, said-2)", "obj(said-2, it-3)", "aux(send-5, will-4)",
                "dep(said-2, send-5)", "det(team-7, a-6)", "obj(send-5, team-7)", "punct(said-2, .-8)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("nsubj(4)", relationOf(fixed, 2), "'it' is the subject of 'send'");
        assertEquals("ccomp(1)", relationOf(fixed, 4), "'send' is the clause 'said' reports");
        assertEquals("root(-1)", relationOf(fixed, 1));
        assertEquals(s.dependencies().size(), fixed.size(), "every token keeps one governor");
    }

    @Test
    void particleHungOnTheNounAfterItIsTheVerbsAndTheNounItsObject() {
        // the parser's reading of "workers walked off the job": "off" a dep of "job", "job" an oblique
        Sentence s = Parses.sentence("workers/NNS walked/VBD/O/walk off/RP the/DT job/NN ./.",
                "nsubj(walked-2, workers-1)", "root(ROOT-0, walked-2)", "dep(job-5, off-3)", "det(job-5, the-4)", "obl(walked-2, job-5)",
                "punct(walked-2, .-6)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("compound:prt(1)", relationOf(fixed, 2));
        assertEquals("obj(1)", relationOf(fixed, 4));
        Sentence with = Parses.sentence("troops/NNS marched/VBD/O/march off/RP toward/IN the/DT border/NN",
                "nsubj(marched-2, troops-1)", "root(ROOT-0, marched-2)", "dep(border-6, off-3)", "case(border-6, toward-4)",
                "det(border-6, the-5)", "obl(marched-2, border-6)");
        assertEquals(with.dependencies(), repair.repair(with.tokens(), with.dependencies()), "a noun with its own preposition keeps it");
    }

    @Test
    void sentenceReadAsOneNounPhraseGetsItsVerbBack() {
        // "Turkish aircraft bombed hideouts in Iraq, killing six": "bombed" an adjective of "hideouts", the sentence's root
        Sentence s = Parses.sentence("Turkish/JJ aircraft/NN bombed/VBN/O/bomb hideouts/NNS/O/hideout in/IN Iraq/NNP/LOCATION "
                        + ",/, killing/VBG/O/kill six/CD ./.",
                "amod(aircraft-2, Turkish-1)", "compound(hideouts-4, aircraft-2)", "amod(hideouts-4, bombed-3)", "root(ROOT-0, hideouts-4)",
                "case(Iraq-6, in-5)", "nmod(hideouts-4, Iraq-6)", "punct(hideouts-4, ,-7)", "acl(hideouts-4, killing-8)",
                "obj(killing-8, six-9)", "punct(hideouts-4, .-10)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("root(-1)", relationOf(fixed, 2));
        assertEquals("nsubj(2)", relationOf(fixed, 1));
        assertEquals("obj(2)", relationOf(fixed, 3));
        assertEquals("nmod(3)", relationOf(fixed, 5), "the object keeps its own phrase");
        assertEquals("advcl(2)", relationOf(fixed, 7), "the participle after the comma is the clause's");
        Sentence said = Parses.sentence("Turkish/JJ aircraft/NN bombed/VBN/O/bomb hideouts/NNS/O/hideout ,/, officials/NNS said/VBD/O/say",
                "amod(aircraft-2, Turkish-1)", "compound(hideouts-4, aircraft-2)", "amod(hideouts-4, bombed-3)", "nsubj(said-7, hideouts-4)",
                "punct(said-7, ,-5)", "nsubj(said-7, officials-6)", "root(ROOT-0, said-7)");
        assertEquals("ccomp(6)", relationOf(repair.repair(said.tokens(), said.dependencies()), 2), "what the officials said");
        Sentence phrase = Parses.sentence("the/DT armed/VBN militant/JJ groups/NNS",
                "det(groups-4, the-1)", "amod(groups-4, armed-2)", "amod(groups-4, militant-3)", "root(ROOT-0, groups-4)");
        assertEquals(phrase.dependencies(), repair.repair(phrase.tokens(), phrase.dependencies()), "a participle with no noun before it stays");
    }

    @Test
    void passiveOfAVerbOfFeelingIsItsSubjectsState() {
        Sentence s = Parses.sentence("Chile/NNP/LOCATION is/VBZ/O/be concerned/VBN/O/concern by/IN the/DT arrests/NNS",
                "nsubj:pass(concerned-3, Chile-1)", "aux:pass(concerned-3, is-2)", "root(ROOT-0, concerned-3)", "case(arrests-6, by-4)",
                "det(arrests-6, the-5)", "obl(concerned-3, arrests-6)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("nsubj(2)", relationOf(fixed, 0), "Chile is concerned, not concerned by the arrests as their patient");
        assertEquals("cop(2)", relationOf(fixed, 1));
        Sentence attacked = Parses.sentence("Chile/NNP/LOCATION was/VBD/O/be attacked/VBN/O/attack by/IN rebels/NNS",
                "nsubj:pass(attacked-3, Chile-1)", "aux:pass(attacked-3, was-2)", "root(ROOT-0, attacked-3)", "case(rebels-5, by-4)",
                "obl(attacked-3, rebels-5)");
        assertEquals(attacked.dependencies(), repair.repair(attacked.tokens(), attacked.dependencies()), "other passives stay passive");
    }

    @Test
    void reportingVerbParsedAsClausalSubjectIsTurnedBack() {
        // "Israel said a bomb was fired at it": the parser made "said" the clausal subject of "fired"
        Sentence s = Parses.sentence("Israel/NNP/LOCATION said/VBD/O/say a/DT bomb/NN was/VBD/O/be fired/VBN/O/fire at/IN it/PRP",
                "nsubj(said-2, Israel-1)", "csubj:pass(fired-6, said-2)", "det(bomb-4, a-3)", "obj(said-2, bomb-4)",
                "aux:pass(fired-6, was-5)", "root(ROOT-0, fired-6)", "case(it-8, at-7)", "obl(fired-6, it-8)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("root(-1)", relationOf(fixed, 1));
        assertEquals("ccomp(1)", relationOf(fixed, 5));
        assertEquals("nsubj:pass(5)", relationOf(fixed, 3), "a passive clause gets a passive subject");
        assertEquals("obl(5)", relationOf(fixed, 7), "the clause keeps its own dependents");
    }

    @Test
    void reportingVerbParsedAsAdverbialOfItsClauseGovernsIt() {
        // "as Israel announced it would free prisoners": "announced" an adverbial of "free"
        Sentence s = Parses.sentence("talks/NNS came/VBD/O/come as/IN Israel/NNP/LOCATION announced/VBD/O/announce it/PRP "
                        + "would/MD free/VB/O/free prisoners/NNS/O/prisoner",
                "nsubj(came-2, talks-1)", "root(ROOT-0, came-2)", "mark(announced-5, as-3)", "nsubj(announced-5, Israel-4)",
                "advcl(free-8, announced-5)", "nsubj(free-8, it-6)", "aux(free-8, would-7)", "ccomp(came-2, free-8)",
                "obj(free-8, prisoners-9)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("ccomp(1)", relationOf(fixed, 4), "'announced' takes the place of its clause");
        assertEquals("ccomp(4)", relationOf(fixed, 7));
        assertEquals("nsubj(7)", relationOf(fixed, 5));
    }

    @Test
    void aParticipleAfterItsNounModifiesItAndTheNounGoesBackToTheVerb() {
        // "Police prevented the demonstration staged by students": "staged" parsed as a clause with "demonstration" its subject
        Sentence obj = Parses.sentence("Police/NNS prevented/VBD/O/prevent the/DT demonstration/NN staged/VBN/O/stage by/IN students/NNS",
                "nsubj(prevented-2, Police-1)", "root(ROOT-0, prevented-2)", "det(demonstration-4, the-3)",
                "nsubj(staged-5, demonstration-4)", "dep(prevented-2, staged-5)", "case(students-7, by-6)", "obl(staged-5, students-7)");
        List<Dependency> fixed = repair.repair(obj.tokens(), obj.dependencies());
        assertEquals("obj(1)", relationOf(fixed, 3));
        assertEquals("acl(3)", relationOf(fixed, 4));
        // "Workers affiliated with the union stopped work": "affiliated" parsed as the sentence's verb
        Sentence subj = Parses.sentence("Workers/NNS affiliated/VBN/O/affiliate with/IN the/DT union/NN stopped/VBD/O/stop work/NN on/IN Monday/NNP",
                "nsubj(affiliated-2, Workers-1)", "root(ROOT-0, affiliated-2)", "case(union-5, with-3)", "det(union-5, the-4)",
                "obl(affiliated-2, union-5)", "dep(affiliated-2, stopped-6)", "obj(stopped-6, work-7)", "case(Monday-9, on-8)",
                "obl(affiliated-2, Monday-9)");
        fixed = repair.repair(subj.tokens(), subj.dependencies());
        assertEquals("root(-1)", relationOf(fixed, 5));
        assertEquals("nsubj(5)", relationOf(fixed, 0));
        assertEquals("acl(0)", relationOf(fixed, 1));
        assertEquals("obl(5)", relationOf(fixed, 8), "what follows the verb is the verb's");
        // a real passive keeps its reading: "the demonstration was staged by students"
        Sentence passive = Parses.sentence("the/DT demonstration/NN was/VBD/O/be staged/VBN/O/stage by/IN students/NNS",
                "det(demonstration-2, the-1)", "nsubj:pass(staged-4, demonstration-2)", "aux:pass(staged-4, was-3)",
                "root(ROOT-0, staged-4)", "case(students-6, by-5)", "obl(staged-4, students-6)");
        assertSame(passive.dependencies(), repair.repair(passive.tokens(), passive.dependencies()));
    }

    @Test
    void aParticipleAfterACommaBelongsToTheClause() {
        // "shelled the areas, killing civilians": "killing" parsed as a modifier of "areas"
        Sentence s = Parses.sentence("forces/NNS shelled/VBD/O/shell areas/NNS ,/, killing/VBG/O/kill civilians/NNS",
                "nsubj(shelled-2, forces-1)", "root(ROOT-0, shelled-2)", "obj(shelled-2, areas-3)", "punct(killing-5, ,-4)",
                "acl(areas-3, killing-5)", "obj(killing-5, civilians-6)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("advcl(1)", relationOf(fixed, 4));
        // without the comma it is a modifier: "an attack targeting shoppers"
        Sentence modifier = Parses.sentence("they/PRP condemned/VBD/O/condemn an/DT attack/NN targeting/VBG/O/target shoppers/NNS",
                "nsubj(condemned-2, they-1)", "root(ROOT-0, condemned-2)", "det(attack-4, an-3)", "obj(condemned-2, attack-4)",
                "acl(attack-4, targeting-5)", "obj(targeting-5, shoppers-6)");
        assertSame(modifier.dependencies(), repair.repair(modifier.tokens(), modifier.dependencies()));
    }

    @Test
    void calledOnGetsItsObliqueBack() {
        // "Kyiv called on China to use its influence": "on" parsed as a mark of "use", China as its subject
        Sentence s = Parses.sentence("Kyiv/NNP called/VBD/O/call on/IN China/NNP to/TO use/VB/O/use influence/NN",
                "nsubj(called-2, Kyiv-1)", "root(ROOT-0, called-2)", "mark(use-6, on-3)", "nsubj(use-6, China-4)", "mark(use-6, to-5)",
                "advcl(called-2, use-6)", "obj(use-6, influence-7)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("obl(1)", relationOf(fixed, 3));
        assertEquals("case(3)", relationOf(fixed, 2));
        assertEquals("xcomp(1)", relationOf(fixed, 5));
    }

    @Test
    void aLoneIndirectObjectIsTheObject() {
        Sentence lone = Parses.sentence("the/DT junta/NN suspended/VBD/O/suspend the/DT broadcaster/NN",
                "det(junta-2, the-1)", "nsubj(suspended-3, junta-2)", "root(ROOT-0, suspended-3)", "det(broadcaster-5, the-4)",
                "iobj(suspended-3, broadcaster-5)");
        assertEquals("obj(2)", relationOf(repair.repair(lone.tokens(), lone.dependencies()), 4));
        // "gave Kyiv tanks": an indirect object beside a direct one stays
        Sentence both = Parses.sentence("Berlin/NNP gave/VBD/O/give Kyiv/NNP tanks/NNS",
                "nsubj(gave-2, Berlin-1)", "root(ROOT-0, gave-2)", "iobj(gave-2, Kyiv-3)", "obj(gave-2, tanks-4)");
        assertSame(both.dependencies(), repair.repair(both.tokens(), both.dependencies()));
    }

    @Test
    void aFiniteVerbCoordinatedWithAGerundJoinsTheVerbTheGerundComplements() {
        // "Rwanda denied backing the rebels and accused Congo": "accused" is Rwanda's second act, not something denied
        Sentence s = Parses.sentence("Rwanda/NNP denied/VBD/O/deny backing/VBG/O/back rebels/NNS and/CC accused/VBN/O/accuse Congo/NNP",
                "nsubj(denied-2, Rwanda-1)", "root(ROOT-0, denied-2)", "dep(denied-2, backing-3)", "obj(backing-3, rebels-4)",
                "cc(accused-6, and-5)", "conj(backing-3, accused-6)", "obj(accused-6, Congo-7)");
        assertEquals("conj(1)", relationOf(repair.repair(s.tokens(), s.dependencies()), 5));
    }

    @Test
    void soundParsesAndOtherConstructionsAreLeftAlone() {
        // "told" has an addressee object: "told Austin he would respond" is parsed right and is not a reporting verb
        Sentence told = Parses.sentence("Gallant/NNP/PERSON told/VBD/O/tell Austin/NNP/PERSON Israel/NNP/LOCATION would/MD respond/VB",
                "nsubj(told-2, Gallant-1)", "root(ROOT-0, told-2)", "obj(told-2, Austin-3)", "nsubj(respond-6, Israel-4)",
                "aux(respond-6, would-5)", "dep(told-2, respond-6)");
        assertSame(told.dependencies(), repair.repair(told.tokens(), told.dependencies()));
        // a to-infinitive is no reported clause: "said Iran to be ready" stays as parsed
        Sentence to = Parses.sentence("they/PRP said/VBD/O/say Iran/NNP/LOCATION to/TO be/VB/O/be ready/JJ",
                "nsubj(said-2, they-1)", "root(ROOT-0, said-2)", "obj(said-2, Iran-3)", "mark(ready-6, to-4)",
                "cop(ready-6, be-5)", "xcomp(said-2, ready-6)");
        assertSame(to.dependencies(), repair.repair(to.tokens(), to.dependencies()));
        // "As Politico reported, Trump would win": a parenthetical set off by a comma
        Sentence as = Parses.sentence("As/IN Politico/NNP/ORGANIZATION reported/VBD/O/report ,/, Trump/NNP/PERSON would/MD win/VB",
                "mark(reported-3, As-1)", "nsubj(reported-3, Politico-2)", "advcl(win-7, reported-3)", "punct(win-7, ,-4)",
                "nsubj(win-7, Trump-5)", "aux(win-7, would-6)", "root(ROOT-0, win-7)");
        assertSame(as.dependencies(), repair.repair(as.tokens(), as.dependencies()));
        // "all I can say is thank you": the object stands before the verb
        Sentence all = Parses.sentence("all/DT I/PRP can/MD say/VB/O/say is/VBZ/O/be thank/VB you/PRP",
                "obj(say-4, all-1)", "nsubj(say-4, I-2)", "aux(say-4, can-3)", "csubj(thank-6, say-4)", "aux(thank-6, is-5)",
                "root(ROOT-0, thank-6)", "obj(thank-6, you-7)");
        assertSame(all.dependencies(), repair.repair(all.tokens(), all.dependencies()));
    }
    @Test
    void aDayParsedAsTheSubjectOfAnInfinitiveDatesTheVerbBefore() {
        // the parser's reading of "Students marched on Wednesday to demand reforms": "on" a mark, Wednesday a subject
        Sentence s = Parses.sentence("Students/NNS marched/VBD/O/march on/IN Wednesday/NNP to/TO demand/VB/O/demand reforms/NNS",
                "nsubj(marched-2, Students-1)", "root(ROOT-0, marched-2)", "mark(demand-6, on-3)", "nsubj(demand-6, Wednesday-4)",
                "mark(demand-6, to-5)", "advcl(marched-2, demand-6)", "obj(demand-6, reforms-7)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("obl(1)", relationOf(fixed, 3), "Wednesday dates the march");
        assertEquals("case(3)", relationOf(fixed, 2));
        assertEquals("advcl(1)", relationOf(fixed, 5), "the demand stays the march's purpose");
        Sentence people = Parses.sentence("Students/NNS marched/VBD/O/march on/IN Monday/NNP ,/, and/CC police/NNS watched/VBD/O/watch",
                "nsubj(marched-2, Students-1)", "root(ROOT-0, marched-2)", "case(Monday-4, on-3)", "obl(marched-2, Monday-4)",
                "punct(watched-8, ,-5)", "cc(watched-8, and-6)", "nsubj(watched-8, police-7)", "conj(marched-2, watched-8)");
        assertSame(people.dependencies(), repair.repair(people.tokens(), people.dependencies()), "a right parse is left alone");
    }

    @Test
    void aNounTakenForTheSubjectOfItsInfinitiveHeadsItsPhraseAgain() {
        // "Moscow's offer to mediate was rejected": "offer" parsed as the subject of "mediate", the clausal subject of "rejected"
        Sentence s = Parses.sentence("Moscow/NNP/LOCATION 's/POS offer/NN/O/offer to/TO mediate/VB/O/mediate was/VBD/O/be "
                        + "rejected/VBN/O/reject ./.",
                "nmod:poss(offer-3, Moscow-1)", "case(Moscow-1, 's-2)", "nsubj(mediate-5, offer-3)", "mark(mediate-5, to-4)",
                "csubj:pass(rejected-7, mediate-5)", "aux:pass(rejected-7, was-6)", "root(ROOT-0, rejected-7)",
                "punct(rejected-7, .-8)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("nsubj:pass(6)", relationOf(fixed, 2), "the offer is what was rejected");
        assertEquals("acl(2)", relationOf(fixed, 4), "mediating is what the offer is of");
        assertEquals("mark(4)", relationOf(fixed, 3));
    }

    @Test
    void aNounTakenForTheSubjectOfAComplementIsTheVerbsObject() {
        // "The court rejected Peru's request to extradite him": "request" the subject of "extradite", "to" a dep
        Sentence s = Parses.sentence("The/DT court/NN rejected/VBD/O/reject Peru/NNP/LOCATION 's/POS request/NN/O/request to/IN "
                        + "extradite/VB/O/extradite him/PRP",
                "det(court-2, The-1)", "nsubj(rejected-3, court-2)", "root(ROOT-0, rejected-3)", "nmod:poss(request-6, Peru-4)",
                "case(Peru-4, 's-5)", "nsubj(extradite-8, request-6)", "dep(extradite-8, to-7)", "ccomp(rejected-3, extradite-8)",
                "obj(extradite-8, him-9)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("obj(2)", relationOf(fixed, 5), "the request is what was rejected");
        assertEquals("acl(5)", relationOf(fixed, 7));
        assertEquals("mark(7)", relationOf(fixed, 6));
    }

    @Test
    void anInfinitiveWithForOrABareHeadlineNounKeepsItsSubject() {
        Sentence withFor = Parses.sentence("They/PRP called/VBD/O/call for/IN the/DT army/NN to/TO withdraw/VB/O/withdraw",
                "nsubj(called-2, They-1)", "root(ROOT-0, called-2)", "mark(withdraw-7, for-3)", "det(army-5, the-4)",
                "nsubj(withdraw-7, army-5)", "mark(withdraw-7, to-6)", "advcl(called-2, withdraw-7)");
        assertSame(withFor.dependencies(), repair.repair(withFor.tokens(), withFor.dependencies()));
        Sentence headline = Parses.sentence("Army/NN to/TO withdraw/VB/O/withdraw from/IN border/NN",
                "nsubj(withdraw-3, Army-1)", "mark(withdraw-3, to-2)", "root(ROOT-0, withdraw-3)", "case(border-5, from-4)",
                "obl(withdraw-3, border-5)");
        assertSame(headline.dependencies(), repair.repair(headline.tokens(), headline.dependencies()));
    }

    @Test
    void aGerundReadAsTheAdjectiveOfItsObjectHeadsItsClause() {
        // "Russia retaliated by expelling 23 diplomats": "expelling" parsed as an adjective of "diplomats"
        Sentence s = Parses.sentence("Russia/NNP/LOCATION retaliated/VBD/O/retaliate by/IN expelling/VBG/O/expel 23/CD "
                        + "diplomats/NNS/O/diplomat",
                "nsubj(retaliated-2, Russia-1)", "root(ROOT-0, retaliated-2)", "case(diplomats-6, by-3)",
                "amod(diplomats-6, expelling-4)", "nummod(diplomats-6, 23-5)", "obl(retaliated-2, diplomats-6)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("advcl(1)", relationOf(fixed, 3), "expelling is how Russia retaliated");
        assertEquals("mark(3)", relationOf(fixed, 2));
        assertEquals("obj(3)", relationOf(fixed, 5), "the diplomats are who was expelled");
        assertEquals("nummod(5)", relationOf(fixed, 4));
        Sentence adjective = Parses.sentence("prices/NNS were/VBD/O/be driven/VBN/O/drive up/RP amid/IN rising/VBG/O/rise demand/NN",
                "nsubj:pass(driven-3, prices-1)", "aux:pass(driven-3, were-2)", "root(ROOT-0, driven-3)",
                "compound:prt(driven-3, up-4)", "case(demand-7, amid-5)", "amod(demand-7, rising-6)", "obl(driven-3, demand-7)");
        assertSame(adjective.dependencies(), repair.repair(adjective.tokens(), adjective.dependencies()));
    }

    @Test
    void anActReadAsItsSubjectsModifierIsWhatTheSpeakerSaid() {
        // "The navy arrested 14 fishermen and seized their trawlers, a navy spokesman said", with "arrested" tagged VBN
        Sentence s = Parses.sentence("The/DT navy/NN arrested/VBN/O/arrest 14/CD fishermen/NNS and/CC seized/VBD/O/seize their/PRP$ "
                        + "trawlers/NNS ,/, a/DT navy/NN spokesman/NN said/VBD/O/say ./.",
                "det(navy-2, The-1)", "nsubj(said-14, navy-2)", "acl(navy-2, arrested-3)", "nummod(fishermen-5, 14-4)",
                "obj(arrested-3, fishermen-5)", "cc(seized-7, and-6)", "conj(arrested-3, seized-7)", "nmod:poss(trawlers-9, their-8)",
                "obj(seized-7, trawlers-9)", "punct(spokesman-13, ,-10)", "det(spokesman-13, a-11)", "compound(spokesman-13, navy-12)",
                "appos(trawlers-9, spokesman-13)", "root(ROOT-0, said-14)", "punct(said-14, .-15)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("ccomp(13)", relationOf(fixed, 2), "the arrest is what was said");
        assertEquals("nsubj(2)", relationOf(fixed, 1), "the navy arrested");
        assertEquals("nsubj(13)", relationOf(fixed, 12), "the spokesman said");
        assertEquals("conj(2)", relationOf(fixed, 6), "the seizure stays with the arrest");
    }

    @Test
    void aTrailingReporterGivesBackTheClauseItTook() {
        // "Korea threatened on Friday to strike, media reported": "reported" parsed as the complement of "threatened"
        Sentence s = Parses.sentence("Korea/NNP/LOCATION threatened/VBD/O/threaten on/IN Friday/NNP to/TO strike/VB/O/strike ,/, "
                        + "media/NNS reported/VBD/O/report",
                "nsubj(threatened-2, Korea-1)", "root(ROOT-0, threatened-2)", "case(Friday-4, on-3)", "obl(reported-9, Friday-4)",
                "mark(strike-6, to-5)", "advcl(reported-9, strike-6)", "punct(reported-9, ,-7)", "nsubj(reported-9, media-8)",
                "ccomp(threatened-2, reported-9)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("advcl(1)", relationOf(fixed, 5), "the strike is what was threatened");
        assertEquals("obl(1)", relationOf(fixed, 3));
        assertEquals("parataxis(1)", relationOf(fixed, 8), "the report is an aside");
    }


    @Test
    void aTrailingReporterGivesBackTheObjectItTookAsASubject() {
        // "Chile eased curbs on imports, a day after Peru acted, the ministry said": "curbs" parsed as a subject of "said"
        Sentence s = Parses.sentence("Chile/NNP/LOCATION eased/VBD/O/ease curbs/NNS/O/curb on/IN imports/NNS ,/, a/DT day/NN "
                        + "after/IN Peru/NNP/LOCATION acted/VBD/O/act ,/, the/DT ministry/NN said/VBD/O/say",
                "nsubj(eased-2, Chile-1)", "root(ROOT-0, eased-2)", "nsubj(said-15, curbs-3)", "case(imports-5, on-4)",
                "nmod(curbs-3, imports-5)", "punct(curbs-3, ,-6)", "det(day-8, a-7)", "dep(acted-11, day-8)", "mark(acted-11, after-9)",
                "nsubj(acted-11, Peru-10)", "advcl(said-15, acted-11)", "punct(said-15, ,-12)", "det(ministry-14, the-13)",
                "nsubj(said-15, ministry-14)", "ccomp(eased-2, said-15)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("obj(1)", relationOf(fixed, 2), "what was eased is the object again");
        assertEquals("advcl(1)", relationOf(fixed, 10), "the after-clause is the easing's");
        assertEquals("nsubj(14)", relationOf(fixed, 13), "the ministry still said it");
        assertEquals("parataxis(1)", relationOf(fixed, 14));
    }
    @Test
    void aRelativeClauseWithoutPronounModifiesItsNounAgain() {
        // "sanctions on officials it accused of abuses": "accused" parsed as an aside of "imposed"
        Sentence s = Parses.sentence("Britain/NNP/LOCATION imposed/VBD/O/impose sanctions/NNS on/IN officials/NNS it/PRP "
                        + "accused/VBD/O/accuse of/IN abuses/NNS",
                "nsubj(imposed-2, Britain-1)", "root(ROOT-0, imposed-2)", "obj(imposed-2, sanctions-3)", "case(officials-5, on-4)",
                "obl(imposed-2, officials-5)", "nsubj(accused-7, it-6)", "parataxis(imposed-2, accused-7)", "case(abuses-9, of-8)",
                "obl(accused-7, abuses-9)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("acl:relcl(4)", relationOf(fixed, 6), "the officials are whom Britain accused");
        Sentence own = Parses.sentence("Britain/NNP/LOCATION imposed/VBD/O/impose sanctions/NNS ,/, it/PRP said/VBD/O/say",
                "nsubj(imposed-2, Britain-1)", "root(ROOT-0, imposed-2)", "obj(imposed-2, sanctions-3)", "punct(said-6, ,-4)",
                "nsubj(said-6, it-5)", "parataxis(imposed-2, said-6)");
        assertSame(own.dependencies(), repair.repair(own.tokens(), own.dependencies()), "an aside after a comma stays an aside");
    }

    @Test
    void aNounSummingUpTheClauseIsNoSecondObjectNorTheSubjectOfItsParticiple() {
        // "jailed a lawyer, a move condemned by Britain": "move" parsed as a second object of "jailed"
        Sentence second = Parses.sentence("Police/NNS jailed/VBD/O/jail a/DT lawyer/NN ,/, a/DT move/NN condemned/VBN/O/condemn "
                        + "by/IN Britain/NNP/LOCATION",
                "nsubj(jailed-2, Police-1)", "root(ROOT-0, jailed-2)", "det(lawyer-4, a-3)", "obj(jailed-2, lawyer-4)",
                "punct(move-7, ,-5)", "det(move-7, a-6)", "obj(jailed-2, move-7)", "acl(move-7, condemned-8)",
                "case(Britain-10, by-9)", "obl(condemned-8, Britain-10)");
        List<Dependency> fixed = repair.repair(second.tokens(), second.dependencies());
        assertEquals("obj(1)", relationOf(fixed, 3), "the lawyer stays the object");
        assertEquals("dep(1)", relationOf(fixed, 6), "the move sums the clause up");
        // "accused Armenia of firing, an allegation dismissed by Yerevan": "allegation" parsed as the participle's subject
        Sentence subject = Parses.sentence("Baku/NNP/LOCATION accused/VBD/O/accuse Armenia/NNP/LOCATION ,/, an/DT allegation/NN "
                        + "dismissed/VBN/O/dismiss by/IN Yerevan/NNP/LOCATION",
                "nsubj(accused-2, Baku-1)", "root(ROOT-0, accused-2)", "obj(accused-2, Armenia-3)", "punct(dismissed-7, ,-4)",
                "det(allegation-6, an-5)", "nsubj(dismissed-7, allegation-6)", "dep(accused-2, dismissed-7)", "case(Yerevan-9, by-8)",
                "obl(dismissed-7, Yerevan-9)");
        fixed = repair.repair(subject.tokens(), subject.dependencies());
        assertEquals("dep(1)", relationOf(fixed, 5), "the allegation sums the clause up");
        assertEquals("acl(5)", relationOf(fixed, 6), "and is what was dismissed");
    }

    @Test
    void aParticipleReadAsAClausalSubjectModifiesItsNoun() {
        // "A priest kidnapped in Mali has been freed": "kidnapped/VBD" with "priest" its subject, the clausal subject of "freed"
        Sentence s = Parses.sentence("A/DT priest/NN kidnapped/VBD/O/kidnap in/IN Mali/NNP/LOCATION has/VBZ been/VBN freed/VBN/O/free",
                "det(priest-2, A-1)", "nsubj(kidnapped-3, priest-2)", "case(Mali-5, in-4)", "obl(kidnapped-3, Mali-5)",
                "csubj:pass(freed-8, kidnapped-3)", "aux(freed-8, has-6)", "aux:pass(freed-8, been-7)", "root(ROOT-0, freed-8)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("nsubj:pass(7)", relationOf(fixed, 1), "the priest was freed");
        assertEquals("acl(1)", relationOf(fixed, 2), "and had been kidnapped");
        // a clausal subject with its own object is a clause: "Whoever [kidnapped the priest] ..." is left alone
        Sentence clause = Parses.sentence("Rebels/NNS kidnapped/VBD/O/kidnap him/PRP was/VBD reported/VBN/O/report",
                "nsubj(kidnapped-2, Rebels-1)", "obj(kidnapped-2, him-3)", "csubj:pass(reported-5, kidnapped-2)",
                "aux:pass(reported-5, was-4)", "root(ROOT-0, reported-5)");
        assertSame(clause.dependencies(), repair.repair(clause.tokens(), clause.dependencies()));
    }

    @Test
    void aParticipleAfterACommaReadAsItsObjectsAdjectiveHeadsItsClause() {
        // "Rome said on Monday, thanking Malian authorities": "thanking" parsed as an adjective of "authorities"
        Sentence s = Parses.sentence("Rome/NNP/LOCATION said/VBD/O/say on/IN Monday/NNP ,/, thanking/VBG/O/thank Malian/JJ "
                        + "authorities/NNS/O/authority",
                "nsubj(said-2, Rome-1)", "root(ROOT-0, said-2)", "case(Monday-4, on-3)", "obl(said-2, Monday-4)", "punct(said-2, ,-5)",
                "amod(authorities-8, thanking-6)", "amod(authorities-8, Malian-7)", "obj(said-2, authorities-8)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("advcl(1)", relationOf(fixed, 5));
        assertEquals("obj(5)", relationOf(fixed, 7), "the authorities are thanked");
        // a participle that works as a preposition stays: ", including civilians"
        Sentence including = Parses.sentence("Rebels/NNS killed/VBD/O/kill ten/CD ,/, including/VBG/O/include civilians/NNS",
                "nsubj(killed-2, Rebels-1)", "root(ROOT-0, killed-2)", "obj(killed-2, ten-3)", "punct(killed-2, ,-4)",
                "amod(civilians-6, including-5)", "obj(killed-2, civilians-6)");
        assertEquals("amod(5)", relationOf(repair.repair(including.tokens(), including.dependencies()), 4));
    }

    @Test
    void aClauseAfterAPrepositionGetsItsSubjectBack() {
        // "The talks came after rebels attacked a camp, officials said": "rebels" the object of "after", "attacked" a dep
        Sentence s = Parses.sentence("The/DT talks/NNS came/VBD/O/come after/IN rebels/NNS attacked/VBD/O/attack a/DT camp/NN ,/, "
                        + "officials/NNS said/VBD/O/say",
                "det(talks-2, The-1)", "nsubj(came-3, talks-2)", "dep(said-11, came-3)", "case(rebels-5, after-4)", "obl(came-3, rebels-5)",
                "dep(said-11, attacked-6)", "det(camp-8, a-7)", "obj(attacked-6, camp-8)", "punct(said-11, ,-9)",
                "nsubj(said-11, officials-10)", "root(ROOT-0, said-11)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("nsubj(5)", relationOf(fixed, 4), "the rebels attacked");
        assertEquals("mark(5)", relationOf(fixed, 3));
        assertEquals("advcl(2)", relationOf(fixed, 5), "the attack is what the talks came after");
        // a verb with its own subject is left alone: "came after the raid; rebels attacked"
        Sentence own = Parses.sentence("Talks/NNS came/VBD/O/come after/IN the/DT raid/NN rebels/NNS attacked/VBD/O/attack",
                "nsubj(came-2, Talks-1)", "root(ROOT-0, came-2)", "case(raid-5, after-3)", "det(raid-5, the-4)", "obl(came-2, raid-5)",
                "nsubj(attacked-7, rebels-6)", "parataxis(came-2, attacked-7)");
        assertSame(own.dependencies(), repair.repair(own.tokens(), own.dependencies()));
    }

    @Test
    void aVerbOfSayingSharingItsSubjectAlsoGetsItsClauseBack() {
        // "Tehran condemned the move and said Iran would respond": "Iran" object of "said", "respond" its xcomp
        Sentence s = Parses.sentence("Tehran/NNP/LOCATION condemned/VBD/O/condemn the/DT move/NN and/CC said/VBD/O/say "
                        + "Iran/NNP/LOCATION would/MD respond/VB/O/respond ./.",
                "nsubj(condemned-2, Tehran-1)", "root(ROOT-0, condemned-2)", "det(move-4, the-3)", "obj(condemned-2, move-4)",
                "cc(said-6, and-5)", "conj(condemned-2, said-6)", "obj(said-6, Iran-7)", "aux(respond-9, would-8)",
                "xcomp(said-6, respond-9)", "punct(condemned-2, .-10)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("nsubj(8)", relationOf(fixed, 6), "'Iran' is the subject of 'respond'");
        assertEquals("ccomp(5)", relationOf(fixed, 8));
        // a verb with no subject at all, shared or its own, is left alone ("and said Iran would ..." opening a fragment)
        Sentence bare = Parses.sentence("said/VBD/O/say Iran/NNP/LOCATION would/MD respond/VB/O/respond",
                "root(ROOT-0, said-1)", "obj(said-1, Iran-2)", "aux(respond-4, would-3)", "xcomp(said-1, respond-4)");
        assertSame(bare.dependencies(), repair.repair(bare.tokens(), bare.dependencies()));
    }

    @Test
    void aSecondVerbOfUrgingGoesOnTheSpeakersWordsNotTheReportedClause() {
        // "The envoy said soldiers showed wounds and urged an inquiry": "urged" joined to "showed" by the parser
        Sentence s = Parses.sentence("The/DT envoy/NN said/VBD/O/say soldiers/NNS showed/VBD/O/show wounds/NNS and/CC urged/VBD/O/urge "
                        + "an/DT inquiry/NN",
                "det(envoy-2, The-1)", "nsubj(said-3, envoy-2)", "root(ROOT-0, said-3)", "nsubj(showed-5, soldiers-4)", "ccomp(said-3, showed-5)",
                "obj(showed-5, wounds-6)", "cc(urged-8, and-7)", "conj(showed-5, urged-8)", "det(inquiry-10, an-9)", "obj(urged-8, inquiry-10)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("conj(2)", relationOf(fixed, 7), "'urged' goes on from 'said'");
        // a second act of the reported clause stays there: "said soldiers showed wounds and killed a man"
        Sentence act = Parses.sentence("The/DT envoy/NN said/VBD/O/say soldiers/NNS showed/VBD/O/show wounds/NNS and/CC killed/VBD/O/kill "
                        + "a/DT man/NN",
                "det(envoy-2, The-1)", "nsubj(said-3, envoy-2)", "root(ROOT-0, said-3)", "nsubj(showed-5, soldiers-4)", "ccomp(said-3, showed-5)",
                "obj(showed-5, wounds-6)", "cc(killed-8, and-7)", "conj(showed-5, killed-8)", "det(man-10, a-9)", "obj(killed-8, man-10)");
        assertSame(act.dependencies(), repair.repair(act.tokens(), act.dependencies()));
    }

    @Test
    void aSecondVerbOfAccusingAfterAPastPerfectIsTheSpeakersToo() {
        // "The spokesman said the guard had acted lawfully and accused Manila": "accused" tagged VBN after "had acted"
        Sentence s = Parses.sentence("The/DT spokesman/NN said/VBD/O/say the/DT guard/NN had/VBD/O/have acted/VBN/O/act "
                        + "lawfully/RB and/CC accused/VBN/O/accuse Manila/NNP/LOCATION",
                "det(spokesman-2, The-1)", "nsubj(said-3, spokesman-2)", "root(ROOT-0, said-3)", "det(guard-5, the-4)",
                "nsubj(acted-7, guard-5)", "aux(acted-7, had-6)", "ccomp(said-3, acted-7)", "advmod(acted-7, lawfully-8)",
                "cc(accused-10, and-9)", "conj(acted-7, accused-10)", "obj(accused-10, Manila-11)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("conj(2)", relationOf(fixed, 9), "the accusation goes on from 'said'");
        // without "had" a participle is the reported clause's own: "said the guard acted and was accused"
        Sentence plain = Parses.sentence("The/DT spokesman/NN said/VBD/O/say the/DT guard/NN acted/VBD/O/act "
                        + "lawfully/RB and/CC accused/VBN/O/accuse Manila/NNP/LOCATION",
                "det(spokesman-2, The-1)", "nsubj(said-3, spokesman-2)", "root(ROOT-0, said-3)", "det(guard-5, the-4)",
                "nsubj(acted-6, guard-5)", "ccomp(said-3, acted-6)", "advmod(acted-6, lawfully-7)",
                "cc(accused-9, and-8)", "conj(acted-6, accused-9)", "obj(accused-9, Manila-10)");
        assertSame(plain.dependencies(), repair.repair(plain.tokens(), plain.dependencies()));
    }

    @Test
    void aTrailingAsideGivesBackTheClauseBeforeItsCommaAndThePhraseEndingIt() {
        // "The sides agreed after Russia spoke by phone with both leaders, the Kremlin said": the parser hung "spoke"
        // and "with both leaders" on the aside "said"
        Sentence s = Parses.sentence("The/DT sides/NNS agreed/VBD/O/agree after/IN Russia/NNP/LOCATION spoke/VBD/O/speak by/IN "
                        + "phone/NN with/IN both/CC leaders/NNS ,/, the/DT Kremlin/NNP/ORGANIZATION said/VBD/O/say",
                "det(sides-2, The-1)", "nsubj(agreed-3, sides-2)", "root(ROOT-0, agreed-3)", "mark(spoke-6, after-4)",
                "nsubj(spoke-6, Russia-5)", "advcl(said-15, spoke-6)", "case(phone-8, by-7)", "obl(spoke-6, phone-8)",
                "case(leaders-11, with-9)", "cc:preconj(leaders-11, both-10)", "obl(said-15, leaders-11)", "punct(said-15, ,-12)",
                "det(Kremlin-14, the-13)", "nsubj(said-15, Kremlin-14)", "parataxis(agreed-3, said-15)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("advcl(2)", relationOf(fixed, 5), "the call is when they agreed");
        assertEquals("obl(5)", relationOf(fixed, 10), "the leaders are whom Russia spoke with");
        assertEquals("parataxis(2)", relationOf(fixed, 14), "the Kremlin's word stays an aside");
        // an aside with nothing of the clause before it is left alone
        Sentence own = Parses.sentence("The/DT sides/NNS agreed/VBD/O/agree ,/, the/DT Kremlin/NNP/ORGANIZATION said/VBD/O/say",
                "det(sides-2, The-1)", "nsubj(agreed-3, sides-2)", "root(ROOT-0, agreed-3)", "punct(said-7, ,-4)",
                "det(Kremlin-6, the-5)", "nsubj(said-7, Kremlin-6)", "parataxis(agreed-3, said-7)");
        assertSame(own.dependencies(), repair.repair(own.tokens(), own.dependencies()));
    }

    @Test
    void aRelativeVerbThatTookTheClauseBeforeItGivesItBack() {
        // "OAS condemned it, while Britain imposed curbs on commanders it held responsible": the parser hung the
        // while-clause on "held"
        Sentence s = Parses.sentence("OAS/NNP/ORGANIZATION condemned/VBD/O/condemn it/PRP ,/, while/IN Britain/NNP/LOCATION "
                        + "imposed/VBD/O/impose curbs/NNS on/IN commanders/NNS it/PRP held/VBD/O/hold responsible/JJ",
                "nsubj(condemned-2, OAS-1)", "root(ROOT-0, condemned-2)", "obj(condemned-2, it-3)", "punct(held-12, ,-4)",
                "mark(imposed-7, while-5)", "nsubj(imposed-7, Britain-6)", "advcl(held-12, imposed-7)", "obj(imposed-7, curbs-8)",
                "case(commanders-10, on-9)", "obl(imposed-7, commanders-10)", "nsubj(held-12, it-11)", "parataxis(condemned-2, held-12)",
                "xcomp(held-12, responsible-13)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("advcl(1)", relationOf(fixed, 6), "the while-clause is the condemning's");
        assertEquals("acl:relcl(9)", relationOf(fixed, 11), "the commanders are whom Britain held responsible");
    }

    @Test
    void aLooseVerbAfterANounAndItsSubjectIsTheNounsRelativeClause() {
        // "Iran expelled envoys, a move the world body condemned": "condemned" left a loose dependent of "move"
        Sentence s = Parses.sentence("Iran/NNP/LOCATION expelled/VBD/O/expel envoys/NNS ,/, a/DT move/NN the/DT world/NN body/NN "
                        + "condemned/VBN/O/condemn",
                "nsubj(expelled-2, Iran-1)", "root(ROOT-0, expelled-2)", "obj(expelled-2, envoys-3)", "punct(move-6, ,-4)",
                "det(move-6, a-5)", "appos(envoys-3, move-6)", "det(body-9, the-7)", "compound(body-9, world-8)",
                "nsubj(condemned-10, body-9)", "dep(move-6, condemned-10)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("acl:relcl(5)", relationOf(fixed, 9));
        // a verb with an object of its own is no relative clause of the noun before its subject
        Sentence own = Parses.sentence("a/DT move/NN Iran/NNP/LOCATION condemned/VBD/O/condemn it/PRP",
                "det(move-2, a-1)", "root(ROOT-0, move-2)", "nsubj(condemned-4, Iran-3)", "dep(move-2, condemned-4)", "obj(condemned-4, it-5)");
        assertSame(own.dependencies(), repair.repair(own.tokens(), own.dependencies()));
    }

    @Test
    void aMainVerbTakenForARelativeClauseGivesTheSentenceBack() {
        // "Lithuania, which hosts exiles, welcomed the decision": "welcomed" a relative clause of "Lithuania" with "which"
        // its object, "hosts" its subject
        Sentence s = Parses.sentence("Lithuania/NNP/LOCATION ,/, which/WDT hosts/VBZ/O/host exiles/NNS ,/, welcomed/VBD/O/welcome "
                        + "the/DT decision/NN ./.",
                "root(ROOT-0, Lithuania-1)", "punct(Lithuania-1, ,-2)", "obj(welcomed-7, which-3)", "nsubj(welcomed-7, hosts-4)",
                "obj(hosts-4, exiles-5)", "punct(welcomed-7, ,-6)", "acl:relcl(Lithuania-1, welcomed-7)", "det(decision-9, the-8)",
                "obj(welcomed-7, decision-9)", "punct(Lithuania-1, .-10)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("root(-1)", relationOf(fixed, 6));
        assertEquals("nsubj(6)", relationOf(fixed, 0));
        assertEquals("acl:relcl(0)", relationOf(fixed, 3));
        assertEquals("nsubj(3)", relationOf(fixed, 2));
        assertEquals("obj(6)", relationOf(fixed, 8));
        assertEquals("punct(6)", relationOf(fixed, 9));
        // a relative clause read right is left alone
        Sentence right = Parses.sentence("Chad/NNP/LOCATION ,/, which/WDT borders/VBZ/O/border Sudan/NNP/LOCATION ,/, closed/VBD/O/close it/PRP",
                "nsubj(closed-7, Chad-1)", "punct(Chad-1, ,-2)", "nsubj(borders-4, which-3)", "acl:relcl(Chad-1, borders-4)",
                "obj(borders-4, Sudan-5)", "punct(closed-7, ,-6)", "root(ROOT-0, closed-7)", "obj(closed-7, it-8)");
        assertSame(right.dependencies(), repair.repair(right.tokens(), right.dependencies()));
    }

    @Test
    void anInfinitiveLeftLooseUnderAnAdjectiveIsItsOpenComplement() {
        Sentence s = Parses.sentence("Whitford/NNP/PERSON is/VBZ due/JJ to/TO sign/VB/O/sign a/DT deal/NN",
                "nsubj(due-3, Whitford-1)", "cop(due-3, is-2)", "root(ROOT-0, due-3)", "mark(sign-5, to-4)", "dep(due-3, sign-5)",
                "det(deal-7, a-6)", "obj(sign-5, deal-7)");
        assertEquals("xcomp(2)", relationOf(repair.repair(s.tokens(), s.dependencies()), 4));
        Sentence noun = Parses.sentence("a/DT deal/NN to/TO sign/VB/O/sign",
                "det(deal-2, a-1)", "root(ROOT-0, deal-2)", "mark(sign-4, to-3)", "dep(deal-2, sign-4)");
        assertSame(noun.dependencies(), repair.repair(noun.tokens(), noun.dependencies()), "under a noun it is no open complement");
    }

    @Test
    void aRelativeVerbTakenForAnAuxiliaryGetsItsObjectBack() {
        // "Bahrain, which hosts the fleet, condemned the seizure": "hosts" an auxiliary of "condemned", "fleet" its subject
        Sentence s = Parses.sentence("Bahrain/NNP/LOCATION ,/, which/WDT hosts/VBZ/O/host the/DT fleet/NN ,/, condemned/VBD/O/condemn "
                        + "the/DT seizure/NN ./.",
                "root(ROOT-0, Bahrain-1)", "punct(Bahrain-1, ,-2)", "obj(condemned-8, which-3)", "aux(condemned-8, hosts-4)",
                "det(fleet-6, the-5)", "nsubj(condemned-8, fleet-6)", "punct(condemned-8, ,-7)", "acl:relcl(Bahrain-1, condemned-8)",
                "det(seizure-10, the-9)", "obj(condemned-8, seizure-10)", "punct(Bahrain-1, .-11)");
        List<Dependency> fixed = repair.repair(s.tokens(), s.dependencies());
        assertEquals("root(-1)", relationOf(fixed, 7));
        assertEquals("nsubj(7)", relationOf(fixed, 0));
        assertEquals("acl:relcl(0)", relationOf(fixed, 3));
        assertEquals("obj(3)", relationOf(fixed, 5));
        assertEquals("nsubj(3)", relationOf(fixed, 2));
    }
}
