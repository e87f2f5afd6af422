package io.casus.event;

import static io.casus.event.Syntax.NEGATORS;
import static io.casus.event.Syntax.hasAux;
import static io.casus.event.Syntax.hasCase;
import static io.casus.event.Syntax.hasNegator;
import static io.casus.event.Syntax.objectControl;
import static io.casus.event.Syntax.prep;

import io.casus.model.DependencyTree;
import io.casus.model.Event.Modality;
import java.util.Locale;
import java.util.Set;

/** The modality of coded acts: what negates, conditions, wishes for or intends an act, up the clause chain. */
final class Modalities {
    static final Set<String> NEGATING_GOVERNORS = Set.of("refuse", "fail", "decline", "deny", "avoid", "reject", "halt");
    static final Set<String> MODALS = Set.of("could", "would", "might", "may", "should", "can", "must", "ought");
    static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "whenever", "lest");
    static final Set<String> INTENDING = Set.of("plan", "intend", "vow", "swear", "threaten", "pledge", "promise", "want",
            "seek", "hope", "aim", "prepare", "agree", "offer", "propose", "expect", "try", "attempt", "decide",
            "wish", "urge", "call", "ask", "demand", "push", "press", "warn", "order", "going", "schedule", "slate", "due", "set", "need", "plot",
            "ready", "willing", "prepared", "determined", "eager");
    static final Set<String> DIRECTIVE = Set.of("demand", "urge", "ask", "request", "propose", "recommend",
            "suggest", "call", "order", "require", "plead", "appeal", "implore", "beg", "exhort", "instruct");
    /** Verbs answering a call, a demand or an offer, which was made whatever the answer. */
    private static final Set<String> ANSWERING = Set.of("meet", "reject", "accept", "ignore", "heed", "refuse", "dismiss", "rebuff",
            "spurn", "answer", "satisfy", "fulfil", "fulfill", "welcome", "decline");
    /** Verbs of weighing an act not yet decided. */
    private static final Set<String> WEIGHING = Set.of("consider", "weigh", "contemplate", "mull", "study", "explore");
    /** Verbs of pressing a party to act: what it is pressed to do is not done yet. */
    private static final Set<String> PRESSING = Set.of("pressure", "press", "push", "encourage", "invite", "advise", "lobby");
    /** Verbs of alleging: what they say of another party is not established; of its force, it accuses. */
    static final Set<String> ALLEGING = Set.of("claim", "allege", "charge", "accuse", "suspect");
    private static final Set<String> FORTHCOMING = Set.of("inevitable", "imminent", "certain", "coming", "forthcoming", "unavoidable");
    /** Nouns of a proposal's kind whose for- or of-phrase tells an act that happened ("the reason for the attack"). */
    private static final Set<String> TOLD_BY_NOUN = Set.of("reason", "failure", "approval", "authorization", "authorisation");
    /** Verbs of causing another to act: the act caused is done ("prompted Moscow to threaten", "forced them to flee"). */
    static final Set<String> CAUSING = Set.of("prompt", "force", "cause", "lead", "drive", "spur", "compel", "provoke", "trigger");
    /** Nouns answering an act, which has therefore happened. */
    private static final Set<String> ANSWERS = Set.of("retaliation", "response", "reprisal", "revenge", "answer", "reaction");
    private static final Set<String> POSSIBLE = Set.of("possible", "likely", "unlikely", "probable", "conceivable");
    /** Verbs of rebutting what is alleged, which a relative clause on the allegation tells as done. */
    private static final Set<String> REBUTTING = Set.of("deny", "reject", "dismiss", "refute", "dispute", "contest");
    static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "conj", "parataxis", "csubj");

    private final CodingRules rules;

    Modalities(CodingRules rules) {
        this.rules = rules;
    }

    /** How sure the text is of the act a verb names: negated, hypothetical, intended or asserted. */
    Modality of(DependencyTree t, int v) {
        int asked = t.governor(v);
        int asker = asked < 0 ? -1 : t.governor(asked);
        if (t.token(v).pos().equals("VBG") && v > 0 && t.token(v - 1).text().equals(",") && asker >= 0
                && (t.relation(asked).equals("xcomp") || t.relation(asked).equals("ccomp"))
                && DIRECTIVE.contains(t.token(asker).lemma().toLowerCase(Locale.ROOT))) {
            return of(t, asker); // "called on Iran to stop enriching uranium, warning that ...": the warning is the callers'
        }
        for (int c : t.children(v)) {
            String w = t.token(c).text().toLowerCase(Locale.ROOT);
            if ((t.baseRelation(c).equals("advmod") || t.relation(c).equals("det") || t.baseRelation(c).equals("neg"))
                    && NEGATORS.contains(w)) {
                return Modality.NEGATED;
            }
            if (t.baseRelation(c).equals("advmod") && w.equals("longer")
                    && t.children(c).stream().anyMatch(p -> t.token(p).text().equalsIgnoreCase("no"))) {
                return Modality.NEGATED; // "Iraq no longer allows Turkish forces to operate"
            }
            if (t.baseRelation(c).equals("nsubj") && t.children(c).stream().anyMatch(p -> t.token(p).text().equalsIgnoreCase("neither"))) {
                return Modality.NEGATED; // "neither Russia nor Ukraine has agreed"
            }
        }
        if (hasCase(t, v, "to") && t.children(v, "mark").stream().anyMatch(c -> t.token(c).text().equalsIgnoreCase("for"))
                && !t.children(v, "nsubj").isEmpty() && !(t.governor(v) >= 0 && t.token(t.governor(v)).lemma().equalsIgnoreCase("take"))) {
            // (but "it took a long war for the Eritreans to liberate themselves": they did)
            return Modality.HYPOTHETICAL; // "a permit for 15,000 people to march", "time for Iran to negotiate": not done
        }
        int noun = t.governor(v);
        if (t.relation(v).equals("acl") && noun >= 0 && anyOf(t, noun)) {
            return Modality.HYPOTHETICAL; // "any Western troops sent to Ukraine would become targets": none sent yet
        }
        boolean intended = false;
        for (int at = v, steps = 0; at >= 0 && steps < 6; steps++) {
            for (int c : t.children(at)) {
                String w = t.token(c).text().toLowerCase(Locale.ROOT);
                String rel = t.baseRelation(c);
                if (rel.equals("aux") && MODALS.contains(w) || rel.equals("mark") && CONDITIONS.contains(w)
                        || rel.equals("advmod") && CONDITIONS.contains(w)) {
                    return Modality.HYPOTHETICAL;
                }
                if (rel.equals("aux") && FUTURE.contains(w) && at == v) {
                    intended = true;
                }
            }
            int g = t.governor(at);
            String link = t.relation(at);
            if (g >= 0 && t.token(at).pos().equals("VB") && hasCase(t, at, "to") && !t.token(g).isVerb() && !t.token(g).isNoun()
                    && !t.token(g).pos().startsWith("JJ")) {
                return Modality.HYPOTHETICAL; // "divided over whether to deport them or allow them to stay": an option
            }
            if (link.equals("csubj") && (t.token(at).pos().equals("VBG") || hasCase(t, at, "to"))) {
                return Modality.HYPOTHETICAL; // "removing the sanctions is out of the question": an act talked of, not done
            }
            if (g >= 0 && (link.startsWith("acl") || link.equals("ccomp")) && t.token(g).isNoun()
                    && rules.text(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
                Modality m = governedNoun(t, g); // "vetoed a resolution demanding a ceasefire": the text's act is undone
                if (m != null) {
                    return m;
                }
            }
            boolean thatClause = g >= 0 && (link.equals("acl") || link.equals("ccomp") || link.startsWith("nmod") && t.token(at).isVerb())
                    && hasCase(t, at, "of", "that");
            if (g >= 0 && t.token(g).isNoun() && (link.startsWith("acl") && hasCase(t, at, "to") || thatClause)) {
                // "an attempt to kill the governor was thwarted", "a plan to attack", "on suspicion of spying", "reports
                // that gas was used": the act is what becomes of its noun (a that-clause only of a noun of proposing or
                // alleging: "opposed to Trump as president, so that they endorse Clinton" endorses)
                Modality own = rules.nounGovernor("noun", t.token(g).lemma().toLowerCase(Locale.ROOT));
                if (own != null && t.children(g, "det").stream().anyMatch(d -> t.token(d).text().equalsIgnoreCase("no"))) {
                    return Modality.NEGATED; // "showed no sign that he was planning to apologise", "had no plan to"
                }
                Modality m = thatClause && own == null ? null : governedNoun(t, g);
                if (m == null) {
                    m = own;
                }
                if (m != null) {
                    return m;
                }
            }
            if (g >= 0 && (link.equals("ccomp") || link.equals("xcomp")) && t.token(g).lemma().equalsIgnoreCase("have")) {
                // "had no plans to deploy troops", "has every intention to stay": what the plan is for is not done
                for (int o : t.children(g, "obj")) {
                    if (rules.nounGovernor("noun", t.token(o).lemma().toLowerCase(Locale.ROOT)) != null) {
                        return t.children(o, "det").stream().anyMatch(d -> t.token(d).text().equalsIgnoreCase("no"))
                                ? Modality.NEGATED : Modality.HYPOTHETICAL;
                    }
                }
            }
            if (g >= 0 && link.equals("xcomp") && t.token(g).pos().startsWith("JJ")) {
                String adj = t.token(g).lemma().toLowerCase(Locale.ROOT);
                if (POSSIBLE.contains(adj)) {
                    return Modality.HYPOTHETICAL; // "Russia is unlikely to attack a NATO member": may or may not happen
                }
            }
            if (g >= 0 && (link.equals("xcomp") || gerundComplement(t, at))) {
                String gl = t.token(g).lemma().toLowerCase(Locale.ROOT);
                if (NEGATING_GOVERNORS.contains(gl) || hasNegator(t, g)) {
                    return Modality.NEGATED;
                }
                if (WEIGHING.contains(gl)) {
                    return Modality.HYPOTHETICAL; // "is considering recalling its ambassador": not decided
                }
                if (CAUSING.contains(gl) && !hasNegator(t, g)) {
                    at = g; // "prompting Moscow to threaten retaliation": what one causes is done, as one's own act is
                    continue;
                }
                // another party's wish for this act, not its doer's intention: "pressed Obama to help", and passive,
                // "Obama was pressed to help"
                if (objectControl(t, g) || !t.children(g, "aux:pass").isEmpty() && (DIRECTIVE.contains(gl) || PRESSING.contains(gl))
                        || gl.equals("call") && !prep(t, g, "on").isEmpty()) { // ("called on Chad to close", "on" parsed as a case)
                    return Modality.HYPOTHETICAL;
                }
                if (INTENDING.contains(gl) || gl.equals("go") && t.token(g).pos().equals("VBG") && hasCase(t, at, "to")
                        || t.children(g, "obj").stream().anyMatch(o -> Syntax.intention(t, o))) {
                    intended = true; // "vowed to", "is going to help", "announced plans to visit"
                }
            }
            if (g >= 0 && (link.equals("advcl") || link.equals("xcomp")) && hasCase(t, at, "to") && Syntax.givenTime(t, g) >= 0
                    && !t.token(v).pos().equals("VBG")) { // (", threatening sanctions" is the giver's, however parsed)
                return Modality.HYPOTHETICAL; // "gave Budapest two months to change a law": not changed yet
            }
            if (g >= 0 && link.equals("advcl") && hasCase(t, at, "to")) {
                // a purpose goes with its act: "will not send warships to join the coalition" joins nothing
                if (hasNegator(t, g)) {
                    return Modality.NEGATED;
                }
                // ("pledged on Thursday to deposit" parsed as a purpose: still what is pledged)
                intended |= hasAux(t, g, FUTURE) || INTENDING.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))
                        && !DIRECTIVE.contains(t.token(g).lemma().toLowerCase(Locale.ROOT));
            }
            if (g >= 0 && link.startsWith("obl") && hasCase(t, at, "of") && ALLEGING.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
                return Modality.HYPOTHETICAL; // "Americans accused of plotting to assassinate the president": alleged
            }
            if (g < 0 || !(CLAUSE_LINKS.contains(t.baseRelation(at)) || t.relation(at).startsWith("acl"))) {
                break;
            }
            if (link.equals("acl:relcl") && REBUTTING.contains(t.token(at).lemma().toLowerCase(Locale.ROOT))) {
                break; // "accused Dushanbe of shelling homes, a charge Tajik officials rejected": the rebuttal is told
            }
            if (link.equals("advcl") && hasCase(t, at, "after", "because", "since", "following")
                    && (t.token(at).pos().equals("VBD") || hasAux(t, at, Set.of("had", "has", "have")))) {
                break; // "vowed to retaliate after Taliban forces fired shells": what is answered has happened
            }
            // a demanded clause ("demanded that the US cancel the sale", "called on the US to attack") is wished
            // for; a reported clause ("said that X attacked") keeps its own modality
            if (link.equals("ccomp") && t.token(g).lemma().equalsIgnoreCase("deny") && !hasNegator(t, g)) {
                return Modality.NEGATED; // "Russia denied that its forces had targeted civilians"
            }
            if ((link.equals("advcl") && hasCase(t, at, "of") || link.equals("ccomp"))
                    && ALLEGING.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
                // "accused the US of violating human rights", "alleged that the army took part": alleged, not established
                return Modality.HYPOTHETICAL;
            }
            if ((link.equals("ccomp") || link.equals("advcl") && hasCase(t, at, "to"))
                    && DIRECTIVE.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
                return Modality.HYPOTHETICAL;
            }
            if (link.equals("ccomp")) {
                break;
            }
            at = g;
        }
        return intended ? Modality.INTENDED : Modality.ASSERTED;
    }

    /**
     * A gerund right after its verb, whatever relation the parser gave it: "denied sending troops", "is considering
     * recalling" (often parsed as {@code dep} or {@code acl}).
     */
    private static boolean gerundComplement(DependencyTree t, int at) {
        int g = t.governor(at);
        if (g < 0 || at <= g || !t.token(at).pos().equals("VBG") || !t.token(g).isVerb()
                || !Set.of("dep", "acl", "ccomp", "obj").contains(t.relation(at))) {
            return false;
        }
        for (int i = g + 1; i < at; i++) {
            if (!t.token(i).pos().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a noun is said of any one of its kind ("any attack", "any troops"): supposed, not told. */
    private static boolean anyOf(DependencyTree t, int n) {
        return t.children(n, "det").stream().anyMatch(d -> t.token(d).text().equalsIgnoreCase("any"));
    }

    /** The modality a verb gives the noun it acts on ("thwarted an attempt", "cancelled the visit"), or null. */
    Modality governedNoun(DependencyTree t, int n) {
        String rel = t.relation(n);
        int gov = t.governor(n);
        if (gov >= 0 && t.token(gov).isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl"))) {
            return rules.nounGovernor("verb", t.token(gov).lemma().toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /** The modality of an event noun: its own determiners and adjectives, the verb governing it, else its clause's. */
    Modality nominal(DependencyTree t, int n, CameoCode code) {
        for (int c : t.children(n, "det")) {
            if (t.token(c).text().equalsIgnoreCase("no")) {
                return Modality.NEGATED;
            }
        }
        if (anyOf(t, n)) {
            // "any attack on Iran would be answered": an act supposed, not told (or denied: "did not launch any attack")
            int g = t.governingVerb(n);
            return g >= 0 && of(t, g) == Modality.NEGATED ? Modality.NEGATED : Modality.HYPOTHETICAL;
        }
        // "a possible war", "cancelled a planned visit", "called for sanctions" (noun-governors.tsv)
        for (int c : t.children(n, "amod")) {
            Modality m = rules.nounGovernor("adjective", t.token(c).lemma().toLowerCase(Locale.ROOT));
            if (m == null) {
                m = rules.nounGovernor("adjective", t.token(c).text().toLowerCase(Locale.ROOT));
            }
            if (m != null) {
                return m;
            }
        }
        String rel = t.relation(n);
        int gov = t.governor(n);
        if (rel.equals("compound") && gov >= 0) {
            // "an Egyptian ceasefire proposal": the ceasefire is only proposed (and not even that, once rejected)
            Modality m = rules.nounGovernor("noun", t.token(gov).lemma().toLowerCase(Locale.ROOT));
            if (m != null) {
                Modality ofNoun = governedNoun(t, gov);
                return ofNoun == Modality.NEGATED ? ofNoun : m;
            }
        }
        // a call, a demand or an ultimatum exists once made, whatever becomes of it; meetings and acts may not happen
        boolean happening = code.quadClass() % 2 == 0 || code.root().equals("04");
        // ("asked Germany for arms during a visit": a time, not what is asked)
        if (happening && !hasCase(t, n, "during", "on", "after", "before", "since", "amid", "despite") && gov >= 0 && t.token(gov).isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl"))) {
            Modality m = rules.nounGovernor("verb", t.token(gov).lemma().toLowerCase(Locale.ROOT));
            if (m != null) {
                return m;
            }
        }
        int head = t.governor(n);
        if (head >= 0 && t.relation(n).equals("nsubj") && t.token(head).pos().startsWith("JJ")) {
            // "an Israeli response is inevitable": said to be coming; "a war is possible": may happen
            String adj = t.token(head).lemma().toLowerCase(Locale.ROOT);
            if (FORTHCOMING.contains(adj)) {
                return Modality.INTENDED;
            }
            if (POSSIBLE.contains(adj)) {
                return Modality.HYPOTHETICAL;
            }
        }
        if (!happening && gov >= 0 && t.token(gov).isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass"))
                && ANSWERING.contains(t.token(gov).lemma().toLowerCase(Locale.ROOT))) {
            return Modality.ASSERTED; // "refused to meet EU demands": the demands were made, whatever the answer
        }
        for (int at = n, steps = 0; at >= 0 && steps < 3; steps++) {
            if (hasCase(t, at, "after", "following", "since", "during", "amid")) {
                // "pledged to work together after a meeting", "pledged to deposit $3 billion during a visit", "would
                // withdraw the law after two nights of protests": what something follows, or the occasion it is done
                // on, has happened
                return Modality.ASSERTED;
            }
            int up = t.governor(at);
            if (up < 0 || !t.token(up).isNoun() || !t.relation(at).startsWith("nmod")) {
                break;
            }
            at = up;
        }
        if (gov >= 0 && t.token(gov).isNoun() && rel.startsWith("nmod")) {
            String of = t.token(gov).lemma().toLowerCase(Locale.ROOT);
            if (ANSWERS.contains(of) && hasCase(t, n, "for", "to")) {
                return Modality.ASSERTED; // "in retaliation for Minsk's expulsion of a consul": what is answered happened
            }
            // (not a cause or an outcome: "the reason for the attack", "the failure of talks" tell acts that happened)
            Modality proposed = hasCase(t, n, "for", "of") && !TOLD_BY_NOUN.contains(of) ? rules.nounGovernor("noun", of) : null;
            if (proposed != null) {
                // "accepted an Egyptian proposal for a truce", "a plan for talks": the act is only proposed
                Modality ofNoun = governedNoun(t, gov);
                return ofNoun == Modality.NEGATED ? ofNoun : proposed;
            }
        }
        int g = t.governingVerb(n);
        return g < 0 ? Modality.ASSERTED : of(t, g);
    }

    /** Clause links under which a bare verb that opens its clause is a command: "Lock her up!", "they chanted: free Gaza". */
    private static final Set<String> COMMAND_LINKS = Set.of("root", "parataxis", "dep", "ccomp");

    /**
     * A verb in its base form with no subject, auxiliary or mark, opening the sentence or a clause set off by punctuation:
     * an imperative, whose act is commanded ("Lock her up!", "they chanted: free Gaza"), not done.
     */
    static boolean imperative(DependencyTree t, int v) {
        if (!t.token(v).pos().equals("VB") || !COMMAND_LINKS.contains(t.baseRelation(v))
                || v > 0 && !t.relation(v - 1).equals("punct")) {
            return false;
        }
        for (int c : t.children(v)) {
            String rel = t.baseRelation(c);
            if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("aux") || rel.equals("mark") || rel.equals("expl")) {
                return false;
            }
        }
        for (int i = 0; i < v; i++) {
            if (t.dominates(v, i) && !t.relation(i).equals("punct") && !t.relation(i).equals("discourse")) {
                return false;
            }
        }
        return true;
    }
}
