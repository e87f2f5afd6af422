package io.casus.event;

import io.casus.model.DependencyTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the coder reads off a dependency tree: objects, obliques by preposition, passives, control, conditions. */
final class Syntax {
    static final Set<String> NEGATORS = Set.of("not", "n't", "n\u2019t", "never", "no");
    private static final Set<String> SUBJECT_CONTROL = Set.of("promise", "vow", "pledge", "threaten", "swear",
            "summon", "send", "dispatch"); // ("summoned the ambassador to protest", "sent a team to investigate": the sender)

    private Syntax() {}

    /**
     * The direct objects of a verb (for a passive verb, its passive subject), and the nouns a quantity object is of:
     * "launched a wave of attacks" has the object "wave" and the event noun "attacks".
     */
    static List<Integer> objects(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>(t.children(v, "obj"));
        out.addAll(stance(t, v) ? prep(t, v, "to") : t.children(v, "nsubj:pass"));
        if (t.relation(v).startsWith("acl") && participle(t, v) && t.governor(v) >= 0) {
            out.add(t.governor(v)); // "a letter handed over to the UN", "weapons seized last year"
        }
        if (t.relation(v).equals("acl:relcl") && t.governor(v) >= 0 && out.stream().anyMatch(o -> Parties.RELATIVE_PRONOUNS.contains(
                t.token(o).text().toLowerCase(Locale.ROOT)))) {
            out.add(t.governor(v)); // "the votes that they received": what "that" stands for
        }
        for (int o : List.copyOf(out)) {
            out.addAll(prep(t, o, "of"));
        }
        return out;
    }

    /**
     * A past participle: tagged so, or a past verb right after the noun it modifies, with no subject of its own ("a
     * priest kidnapped/VBD in Mali", the tagger's usual slip).
     */
    static boolean participle(DependencyTree t, int v) {
        String pos = t.token(v).pos();
        return pos.equals("VBN") || pos.equals("VBD") && t.relation(v).equals("acl") && t.children(v, "nsubj").isEmpty()
                && t.governor(v) == v - 1; // (not "Republicans on Capitol Hill seized/VBD on the message", parsed as an acl)
    }

    /** Obliques and nominal modifiers of {@code head} introduced by the preposition. */
    static List<Integer> prep(DependencyTree t, int head, String preposition) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(head)) {
            String rel = t.baseRelation(c);
            if (!(rel.equals("obl") || rel.equals("nmod"))) {
                continue;
            }
            for (int k : t.children(c, "case")) {
                if (t.token(k).text().equalsIgnoreCase(preposition)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * A stance in passive form, "Israel is opposed to French mediation": the passive subject holds the stance
     * towards the "to" oblique, as in the active "Israel opposes French mediation".
     */
    static boolean stance(DependencyTree t, int v) {
        return t.token(v).lemma().equalsIgnoreCase("oppose") && passive(t, v) && prep(t, v, "by").isEmpty()
                && !prep(t, v, "to").isEmpty();
    }

    static boolean passive(DependencyTree t, int v) {
        return !t.children(v, "nsubj:pass").isEmpty() || !t.children(v, "aux:pass").isEmpty();
    }

    static boolean hasCase(DependencyTree t, int h, String... words) {
        for (int c : t.children(h)) {
            if ((t.relation(c).equals("case") || t.relation(c).equals("mark")) && Set.of(words).contains(t.token(c).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasAux(DependencyTree t, int v, Set<String> words) {
        return t.children(v, "aux").stream().anyMatch(c -> words.contains(t.token(c).text().toLowerCase(Locale.ROOT)));
    }

    /** A verb whose object does its open complement ("asked Iran to stop"), unlike "promised Iraq to help". */
    static boolean objectControl(DependencyTree t, int g) {
        return !t.children(g, "obj").isEmpty() && !SUBJECT_CONTROL.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))
                && t.children(g, "obj").stream().noneMatch(o -> intention(t, o));
    }

    /** Whether the word is a noun of one's own intent ("plans", "readiness"). */
    static boolean intention(DependencyTree t, int o) {
        return INTENTIONS.contains(t.token(o).lemma().toLowerCase(Locale.ROOT));
    }

    /** Nouns of one's own intent, whose infinitive the parser may hang on the verb: "announced plans to visit Canberra". */
    private static final Set<String> INTENTIONS = Set.of("plan", "intention", "readiness", "willingness", "bid", "decision");

    /**
     * "gave Budapest two months to change a law": a deadline given, whose purpose is the receiver's act, not yet done.
     * The receiver (indirect object), or -1 when the verb gives no time.
     */
    static int givenTime(DependencyTree t, int g) {
        if (g < 0 || !t.token(g).lemma().equalsIgnoreCase("give") || t.children(g, "iobj").isEmpty()
                || t.children(g, "obj").stream().noneMatch(o -> DEADLINES.contains(t.token(o).lemma().toLowerCase(Locale.ROOT)))) {
            return -1;
        }
        return t.children(g, "iobj").get(0);
    }

    private static final Set<String> DEADLINES = Set.of("hour", "day", "week", "month", "year", "deadline", "time", "ultimatum");

    /** "if" or "unless" when the act is the consequence of a condition clause ("will withdraw unless ..."), else null. */
    static String condition(DependencyTree t, int v) {
        for (int at = v, steps = 0; at >= 0 && steps < 2; at = t.governor(at), steps++) {
            for (int c : t.children(at, "advcl")) {
                for (int m : t.children(c, "mark")) {
                    String w = t.token(m).text().toLowerCase(Locale.ROOT);
                    if (w.equals("if") || w.equals("unless")) {
                        return w;
                    }
                }
            }
            if (!t.relation(at).equals("xcomp")) {
                break;
            }
        }
        return null;
    }

    /** The subjects of the conditions ("if", "unless") attached to {@code v} itself. */
    static List<Integer> conditionParties(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(v, "advcl")) {
            if (t.children(c, "mark").stream().anyMatch(m -> Set.of("if", "unless").contains(t.token(m).text().toLowerCase(Locale.ROOT)))) {
                out.addAll(t.children(c, "nsubj"));
            }
        }
        return out;
    }

    static List<Integer> conditionSubjects(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>();
        for (int at = v, steps = 0; at >= 0 && steps < 2; at = t.governor(at), steps++) {
            for (int c : t.children(at, "advcl")) {
                if (t.children(c, "mark").stream().anyMatch(m -> t.token(m).text().equalsIgnoreCase("unless"))) {
                    out.addAll(t.children(c, "nsubj"));
                }
            }
        }
        return out;
    }

    /**
     * For a gerund of means or manner with no subject of its own ("in intercepting", "by dumping"), or a participial
     * adjunct ("..., offering support"), the verb of the clause it belongs to; else -1. The parser attaches such a
     * gerund to a noun as amod or acl, or to a verb as advcl.
     */
    static int gerundDoer(DependencyTree t, int v) {
        if (!t.token(v).pos().equals("VBG") || !t.children(v, "nsubj").isEmpty()) {
            return -1;
        }
        String rel = t.relation(v);
        int g = t.governor(v);
        // a participial adjunct shares its clause's subject: "Petraeus held talks, offering support"
        boolean means = rel.equals("amod") ? g >= 0 && hasCase(t, g, "in", "by")
                : rel.equals("advcl") || rel.equals("dep") && g >= 0 && t.token(g).isVerb() && v > g
                    ? !hasCase(t, v, "of", "for", "from", "against") // "accused X of violating": X's act
                : rel.startsWith("acl") && hasCase(t, v, "in", "by");
        return means ? t.governingVerb(v) : -1;
    }

    static boolean hasNegator(DependencyTree t, int v) {
        for (int c : t.children(v)) {
            if (t.baseRelation(c).equals("advmod") && NEGATORS.contains(t.token(c).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
