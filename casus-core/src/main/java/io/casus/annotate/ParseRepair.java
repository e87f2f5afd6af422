package io.casus.annotate;

import io.casus.model.Dependency;
import io.casus.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Mends the commonest errors of the dependency parser on news text. First, a reporting verb followed by its clause without
 * "that" ("Israel said a mortar bomb was fired at it", "Interpol said it will send a team"). The parser then takes the
 * clause's subject for the verb's object and hangs the clause under it as {@code dep}, or makes the reporting verb the
 * clausal subject of the clause's predicate. Both readings lose who did what, so each is rewritten to the tree the
 * sentence has with "that": the reporting verb governs its clause ({@code ccomp}), and the noun before the clause is
 * the clause's subject. A third error, "as Israel announced it would free prisoners" with the reporting verb an
 * adverbial of its own clause, is turned the same way. A participle right after its noun read as the noun's predicate
 * ("prevented the demonstration staged by students") is made the noun's modifier again, and a participle set off by a
 * comma after the object ("shelled the city, killing 15 civilians") the clause's adjunct; "called on X to" read with
 * "on" as the mark of the clause gets its oblique back; an indirect object with no direct one is the object; a finite
 * verb coordinated with a gerund joins the verb the gerund complements; a noun taken for the subject of its own
 * to-infinitive ("Moscow's offer to mediate was rejected") heads its phrase again, and a
 * gerund read as the adjective of its object ("retaliated by expelling diplomats") its clause; and an act read as the
 * modifier of its subject, with its speaker hung inside it ("The navy arrested 14 fishermen, a navy spokesman said"), is
 * what the speaker said, and a trailing "..., state media reported" gives back the clause it took; a relative clause with
 * no pronoun parsed as a clause of its own ("officials it accused of abuses") modifies its noun again; a particle hung on
 * the noun after it ("walked off the job") is the verb's, and the noun its object; a sentence read as one noun phrase
 * ("Turkish aircraft bombed suspected hideouts") has its verb back; and the passive of a verb of feeling ("is
 * concerned by the arrests") is the state of its subject. Anything else is left
 * as the parser gave it.
 */
public final class ParseRepair {
    private static final Set<String> CLAUSE_LINKS = Set.of("dep", "ccomp", "parataxis", "advcl", "xcomp");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
    /** Tags of a finite verb. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Verbs of feeling whose passive is a state of its subject: "is concerned by", "was pleased with". */
    private static final Set<String> FEELING = Set.of("concern", "worry", "alarm", "trouble", "disappoint", "dismay", "appal",
            "appall", "outrage", "shock", "please", "satisfy", "encourage", "hearten");

    private final Predicate<String> reporting;

    /** @param reporting whether a verb lemma reports what someone says ("say", "announce"; not "tell", which has an addressee) */
    public ParseRepair(Predicate<String> reporting) {
        this.reporting = reporting;
    }

    /** The dependencies with the errors above mended; the input list when nothing needed mending. */
    public List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
        int n = tokens.size();
        if (deps.isEmpty() || n == 0) {
            return deps;
        }
        int[] gov = new int[n];
        String[] rel = new String[n];
        java.util.Arrays.fill(gov, -2);
        for (Dependency d : deps) {
            if (d.dependent() >= n || d.governor() >= n) {
                return deps; // not a tree over these tokens: leave it to the caller's checks
            }
            gov[d.dependent()] = d.governor();
            rel[d.dependent()] = d.relation();
        }
        boolean changed = false;
        for (int p = 0; p < n; p++) {
            if (gov[p] != -2 && tokens.get(p).pos().equals("VBN")) {
                changed |= participleAsPredicate(tokens, gov, rel, p);
            }
        }
        for (int p = 0; p < n; p++) {
            if (gov[p] > p && Set.of("VBN", "VBD").contains(tokens.get(p).pos()) && rel[p].startsWith("csubj")) {
                changed |= participleAsClausalSubject(tokens, gov, rel, p);
            }
        }
        for (int p = 1; p < n; p++) {
            if (gov[p] >= 0 && tokens.get(p).pos().equals("VBG") && rel[p].equals("acl") && tokens.get(p - 1).pos().equals(",")) {
                changed |= participleOfTheClause(gov, rel, p);
            }
        }
        for (int o = 0; o < n; o++) {
            int first = gov[o] >= 0 && rel[o].equals("obj") ? child(gov, rel, gov[o], "obj") : -1;
            if (first >= 0 && first < o && afterComma(tokens, gov, o)) {
                // "sentenced a lawyer to seven years, a verdict condemned by rights groups": a second object set off by a
                // comma sums up the clause
                rel[o] = "dep";
                changed = true;
            }
        }
        for (int r = 0; r < n; r++) {
            if (gov[r] == -1 && tokens.get(r).isNoun()) {
                changed |= relativeVerbAsSubject(tokens, gov, rel, r);
            }
        }
        for (int r = 0; r < n; r++) {
            if (tokens.get(r).isNoun() && (gov[r] == -1 || gov[r] >= 0 && rel[r].equals("nsubj")
                    && reporting.test(tokens.get(gov[r]).lemma().toLowerCase(Locale.ROOT)))) {
                changed |= verbReadAsModifier(tokens, gov, rel, r);
            }
        }
        for (int v = 0; v < n; v++) {
            if (gov[v] != -2 && tokens.get(v).pos().equals("VBN") && FEELING.contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))) {
                for (int c = 0; c < n; c++) {
                    if (gov[c] == v && (rel[c].equals("nsubj:pass") || rel[c].equals("aux:pass"))) {
                        rel[c] = rel[c].equals("aux:pass") ? "cop" : "nsubj"; // "is concerned by the arrests": a state, not a passive
                        changed = true;
                    }
                }
            }
        }
        for (int r = 1; r < n; r++) {
            int noun = gov[r];
            if (noun > r && tokens.get(r).pos().equals("RP") && rel[r].equals("dep") && rel[noun].equals("obl") && gov[noun] == r - 1
                    && tokens.get(r - 1).isVerb() && child(gov, rel, noun, "case") < 0 && child(gov, rel, r - 1, "obj") < 0) {
                // "walked off the job": a particle hung on the noun after it is the verb's, and the noun its object
                attach(gov, rel, r, r - 1, "compound:prt");
                rel[noun] = "obj";
                changed = true;
            }
        }
        for (int v = 0; v < n; v++) {
            int g = gov[v];
            if (g >= 0 && rel[v].equals("dep") && tokens.get(v).pos().equals("VB") && (tokens.get(g).pos().startsWith("JJ") || tokens.get(g).isVerb())
                    && child(gov, rel, v, "mark") >= 0 && tokens.get(child(gov, rel, v, "mark")).text().equalsIgnoreCase("to")) {
                rel[v] = "xcomp"; // "is due to sign", "was ready to talk": an infinitive left loose is the open complement
                changed = true;
            }
        }
        for (int o = 0; o < n; o++) {
            if (gov[o] >= 0 && rel[o].equals("iobj") && child(gov, rel, gov[o], "obj") < 0) {
                rel[o] = "obj"; // "suspended the French broadcaster RFI": an indirect object with no direct one is the object
                changed = true;
            }
        }
        for (int c = 0; c < n; c++) {
            int g = gov[c];
            if (g >= 0 && rel[c].equals("conj") && Set.of("VBD", "VBN", "VBZ").contains(tokens.get(c).pos()) && tokens.get(g).pos().equals("VBG")
                    && gov[g] >= 0 && FINITE.contains(tokens.get(gov[g]).pos()) && !hasAuxiliary(gov, rel, c)
                    && !hasAuxiliary(gov, rel, g)) { // (not a progressive: "I was going to vote for her, but I never trusted her")
                // "Rwanda denied backing the rebels and accused Congo": a finite verb joins the finite verb, not its gerund
                gov[c] = gov[g];
                changed = true;
            }
        }
        for (int c = 0; c < n; c++) {
            if (gov[c] != -2 && tokens.get(c).isVerb() && tokens.get(c).lemma().equalsIgnoreCase("call")) {
                changed |= calledOn(tokens, gov, rel, c);
            }
        }
        for (int v = 0; v < n; v++) {
            if (gov[v] >= 0 && tokens.get(v).isVerb()) {
                changed |= dayAsSubject(tokens, gov, rel, v);
            }
        }
        for (int g = 1; g < n; g++) {
            if (gov[g] > g && rel[g].equals("amod") && tokens.get(g).pos().equals("VBG")) {
                changed |= gerundAsModifier(tokens, gov, rel, g);
            }
        }
        for (int v = 2; v < n; v++) {
            if (gov[v] != -2 && Set.of("VBD", "VBZ", "VBP").contains(tokens.get(v).pos())) {
                changed |= relativeWithoutPronoun(tokens, gov, rel, v);
            }
            if (gov[v] >= 0 && Set.of("VBD", "VBN").contains(tokens.get(v).pos()) && rel[v].equals("dep")) {
                changed |= summingUpRelative(tokens, gov, rel, v);
            }
        }
        for (int v = 2; v < n; v++) {
            if (gov[v] >= 0 && Set.of("VBD", "VBZ", "VBP").contains(tokens.get(v).pos()) && Set.of("dep", "parataxis").contains(rel[v])) {
                changed |= clauseAfterPreposition(tokens, gov, rel, v);
            }
        }
        for (int v = 0; v < n; v++) {
            if (gov[v] != -2 && tokens.get(v).pos().equals("VB")) {
                changed |= nounBeforeInfinitive(tokens, gov, rel, v);
            }
        }
        for (int s = 0; s < n; s++) {
            if (gov[s] == -2 || !tokens.get(s).isVerb() || !reporting.test(tokens.get(s).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            changed |= clauseUnderObject(tokens, gov, rel, s) || reporterAsSubject(tokens, gov, rel, s)
                    || reporterAsAdverbial(tokens, gov, rel, s) || speakerInsideTheAct(tokens, gov, rel, s)
                    || trailingReporterTakesTheClause(tokens, gov, rel, s) || asideGivesBack(tokens, gov, rel, s);
            changed |= secondWordJoinsTheReporter(tokens, gov, rel, s);
        }
        if (!changed) {
            return deps;
        }
        List<Dependency> out = new ArrayList<>(deps.size());
        for (int i = 0; i < n; i++) {
            if (gov[i] != -2) {
                out.add(new Dependency(gov[i], i, rel[i]));
            }
        }
        return out;
    }

    /**
     * "Turkish aircraft bombed suspected militant hideouts in Iraq, killing six": the sentence (or the clause a speaker
     * said) read as one noun phrase, the verb a participle modifying the object and the subject a compound of it. The verb heads the sentence again,
     * the compound is its subject and the noun its object; what follows the noun's own phrase is the clause's.
     */
    private static boolean verbReadAsModifier(List<Token> tokens, int[] gov, String[] rel, int r) {
        int verb = -1;
        for (int a = 1; a < r; a++) {
            if (gov[a] == r && rel[a].equals("amod") && Set.of("VBN", "VBD").contains(tokens.get(a).pos())
                    && gov[a - 1] == r && rel[a - 1].equals("compound") && tokens.get(a - 1).isNoun()) {
                verb = a;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        int subject = verb - 1;
        for (int i = 0; i < tokens.size(); i++) {
            if (gov[i] == r && i < subject) {
                gov[i] = subject; // "The Turkish aircraft": the subject's own words
            } else if (gov[i] == r && i > r && Set.of("advmod", "obl", "obl:tmod", "punct", "advcl", "acl").contains(rel[i])) {
                attach(gov, rel, i, verb, rel[i].equals("acl") ? "advcl" : rel[i]); // ", killing six": the clause's
            }
        }
        attach(gov, rel, verb, gov[r], gov[r] < 0 ? "root" : "ccomp"); // (or what a speaker said: "..., a spokesman said")
        attach(gov, rel, subject, verb, "nsubj");
        attach(gov, rel, r, verb, "obj");
        return true;
    }

    /**
     * "Lithuania, which hosts exiled opposition figures, welcomed the decision": the parser heads the sentence with its
     * subject, takes the main verb for a relative clause whose object is "which", and the relative clause's verb for
     * that clause's subject. The main verb heads the sentence, the noun is its subject, and the relative clause the noun's.
     */
    private static boolean relativeVerbAsSubject(List<Token> tokens, int[] gov, String[] rel, int r) {
        for (int v = r + 1; v < gov.length; v++) {
            if (gov[v] != r || !rel[v].equals("acl:relcl") || !tokens.get(v).isVerb()) {
                continue;
            }
            int w = child(gov, rel, v, "obj");
            int x = child(gov, rel, v, "nsubj");
            int aux = child(gov, rel, v, "aux");
            int object = -1;
            if (aux >= 0 && FINITE.contains(tokens.get(aux).pos()) && (x < 0 || x > aux)) {
                // ("which hosts the U.S. Navy's Fifth Fleet": the relative verb taken for an auxiliary, its object for
                // the subject)
                object = x > aux && x < v ? x : -1;
                x = aux;
            }
            if (w < 0 || x < 0 || !(w < x && x < v) || !RELATIVE.contains(tokens.get(w).text().toLowerCase(Locale.ROOT))
                    || !FINITE.contains(tokens.get(x).pos()) || !tokens.get(v - 1).text().equals(",")) {
                continue;
            }
            if (object >= 0) {
                attach(gov, rel, object, x, "obj");
            }
            attach(gov, rel, v, -1, "root");
            attach(gov, rel, r, v, "nsubj");
            attach(gov, rel, x, r, "acl:relcl");
            attach(gov, rel, w, x, "nsubj");
            for (int p = v + 1; p < gov.length; p++) {
                if (gov[p] == r && rel[p].equals("punct")) {
                    gov[p] = v; // the full stop
                }
            }
            return true;
        }
        return false;
    }

    /**
     * "said it will send": {@code obj(said, it)}, {@code dep(said, send)}, and "send" has no subject of its own. The
     * verb of saying may share its subject ("condemned the move and said Iran would respond").
     */
    private static boolean clauseUnderObject(List<Token> tokens, int[] gov, String[] rel, int s) {
        boolean told = hasSubject(gov, rel, s, true) || rel[s].equals("conj") && gov[s] >= 0 && hasSubject(gov, rel, gov[s], true);
        if (!told || rel[s].startsWith("acl")) {
            return false; // "who has argued a number of cases ... will do": a relative clause, not a report
        }
        int obj = child(gov, rel, s, "obj");
        if (obj < s) {
            return false; // none, or "all I can say": the object is not the clause's subject
        }
        for (int v = obj + 1; v < gov.length; v++) {
            if (gov[v] == s && CLAUSE_LINKS.contains(rel[v]) && finiteClause(tokens, gov, rel, v) && adjacent(gov, obj, v)) {
                attach(gov, rel, obj, v, passive(gov, rel, v) ? "nsubj:pass" : "nsubj");
                rel[v] = "ccomp";
                return true;
            }
        }
        return false;
    }

    /**
     * "The Sri Lankan navy arrested 14 fishermen ..., a navy spokesman said": with the act's verb tagged as a participle,
     * the parser takes the first noun for the subject of "said", the act for that noun's modifier, and hangs the speaker
     * inside the act. The act is what is said, the first noun its subject, and the noun phrase before "said" the sayer.
     */
    private static boolean speakerInsideTheAct(List<Token> tokens, int[] gov, String[] rel, int s) {
        int n = child(gov, rel, s, "nsubj");
        if (n < 0 || n > s || s < 2) {
            return false;
        }
        int act = -1;
        for (int p = n + 1; p < s; p++) {
            if (gov[p] == n && rel[p].equals("acl") && tokens.get(p).pos().equals("VBN") && adjacent(gov, n, p)
                    && !hasAuxiliary(gov, rel, p) && !hasSubject(gov, rel, p, false)) {
                act = p;
            }
        }
        int comma = s - 1;
        while (comma > n && !tokens.get(comma).text().equals(",")) {
            comma--;
        }
        if (act < 0 || comma <= act) {
            return false;
        }
        int speaker = -1;
        for (int i = comma + 1; i < s; i++) {
            if (gov[i] < comma + 1 || gov[i] >= s) {
                if (speaker >= 0) {
                    return false; // not one phrase
                }
                speaker = i;
            }
        }
        if (speaker < 0 || !tokens.get(speaker).isNoun() || !dominatedBy(gov, speaker, act)) {
            return false;
        }
        attach(gov, rel, act, s, "ccomp");
        attach(gov, rel, n, act, "nsubj");
        attach(gov, rel, speaker, s, "nsubj");
        attach(gov, rel, comma, s, "punct");
        return true;
    }

    /**
     * "North Korea threatened on Friday to take military action if ..., state media reported": the parser makes the
     * trailing "reported" the complement of the first verb and gives it what stands before its own comma. That belongs
     * to the first verb again, and "reported" is an aside ({@code parataxis}).
     */
    private static boolean trailingReporterTakesTheClause(List<Token> tokens, int[] gov, String[] rel, int s) {
        int g = gov[s];
        int comma = rel[s].equals("ccomp") ? reporterComma(tokens, gov, rel, s) : -1;
        if (comma < 0) {
            return false;
        }
        boolean moved = false;
        for (int c = g + 1; c < comma; c++) {
            if (gov[c] == s) {
                if (rel[c].equals("nsubj")) {
                    // "eased some sanctions on X, a day after ..., the Treasury said": a second subject of "said" was
                    // the first verb's object
                    rel[c] = child(gov, rel, g, "obj") < 0 ? "obj" : "dep";
                }
                gov[c] = g;
                moved = true;
            }
        }
        if (moved) {
            rel[s] = "parataxis";
        }
        return moved;
    }

    /**
     * "The two sides agreed to a ceasefire after Russia's president spoke by telephone with both leaders, the Kremlin
     * said": the trailing "said" is rightly an aside, but the parser hung on it the clause before its comma and the
     * phrase that ends that clause. The clause goes back to the main verb, the phrase to the clause it follows.
     */
    private static boolean asideGivesBack(List<Token> tokens, int[] gov, String[] rel, int s) {
        int g = gov[s];
        int comma = rel[s].equals("parataxis") ? reporterComma(tokens, gov, rel, s) : -1;
        if (comma < 0) {
            return false;
        }
        boolean moved = false;
        int clause = -1;
        for (int c = g + 1; c < comma; c++) {
            if (gov[c] != s) {
                continue;
            }
            if (rel[c].equals("advcl") && tokens.get(c).isVerb()) {
                gov[c] = g;
                clause = c;
                moved = true;
            } else if (rel[c].startsWith("obl") && clause >= 0 && adjacent(gov, clause, c)) {
                gov[c] = clause;
                moved = true;
            }
        }
        return moved;
    }

    /**
     * The comma that sets a trailing reporter off from what stands before it ("..., the Kremlin said"): the last comma
     * before the reporter's subject (the subject nearest the verb) and after the verb the reporter hangs on; or -1.
     */
    private static int reporterComma(List<Token> tokens, int[] gov, String[] rel, int s) {
        int g = gov[s];
        if (g < 0 || g > s) {
            return -1;
        }
        int n = s - 1;
        while (n > g && !(gov[n] == s && rel[n].equals("nsubj"))) {
            n--;
        }
        int comma = n;
        while (comma > g && !tokens.get(comma).text().equals(",")) {
            comma--;
        }
        return n > g && comma > g && (adjacent(gov, comma, n) || dominatedBy(gov, comma, n)) ? comma : -1;
    }

    /** "Israel said a mortar bomb was fired": {@code csubj:pass(fired, said)}, {@code obj(said, bomb)}. */
    private static boolean reporterAsSubject(List<Token> tokens, int[] gov, String[] rel, int s) {
        int head = gov[s];
        if (!rel[s].startsWith("csubj") || head <= s || !hasSubject(gov, rel, s, true) || child(gov, rel, head, "nsubj") >= 0
                || child(gov, rel, head, "nsubj:pass") >= 0) {
            return false;
        }
        int obj = child(gov, rel, s, "obj");
        if (obj < s || obj > head || RELATIVE.contains(tokens.get(obj).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean pass = rel[s].equals("csubj:pass");
        attach(gov, rel, s, gov[head], rel[head]);
        attach(gov, rel, head, s, "ccomp");
        attach(gov, rel, obj, head, pass ? "nsubj:pass" : "nsubj");
        for (int c = obj + 1; c < head; c++) {
            if (gov[c] == s) {
                gov[c] = head; // what the parser left on the reporting verb between the subject and its predicate
            }
        }
        return true;
    }

    /** "as Israel announced it would free": {@code advcl(free, announced)} with "it" the subject of "free". */
    private static boolean reporterAsAdverbial(List<Token> tokens, int[] gov, String[] rel, int s) {
        int head = gov[s];
        if (!rel[s].equals("advcl") || head <= s || !hasSubject(gov, rel, s, true) || child(gov, rel, s, "obj") >= 0
                || child(gov, rel, s, "ccomp") >= 0 || !finite(tokens, gov, rel, head) || !hasSubject(gov, rel, head, false)) {
            return false;
        }
        for (int i = s + 1; i < head; i++) {
            if (tokens.get(i).pos().matches("[,:.]|``|''|-LRB-|-RRB-")) {
                return false; // "As Politico reported, Trump would win": a real parenthetical
            }
            if (gov[i] != head && !dominatedBy(gov, i, head)) {
                return false;
            }
        }
        attach(gov, rel, s, gov[head], rel[head]);
        attach(gov, rel, head, s, "ccomp");
        return true;
    }

    /**
     * "Police prevented the demonstration staged by students", "Workers affiliated with the union stopped work": a
     * participle right after its noun, parsed as that noun's predicate, while the sentence's verb is left without its
     * object or subject. The participle is made the noun's modifier ({@code acl}) and the noun given back to the verb.
     */
    private static boolean participleAsPredicate(List<Token> tokens, int[] gov, String[] rel, int p) {
        int noun = child(gov, rel, p, "nsubj");
        if (noun < 0 || noun > p || !tokens.get(noun).isNoun() || hasAuxiliary(gov, rel, p) || !adjacent(gov, noun, p)) {
            return false;
        }
        int head = gov[p];
        if (head > noun && head < p) {
            return false;
        }
        if (head >= 0 && head < noun && afterComma(tokens, gov, noun) && hasByAgent(tokens, gov, rel, p)) {
            // "accused Armenian forces of firing, an allegation dismissed by Yerevan": the noun summing up the clause is
            // what the participle's agent acted on
            attach(gov, rel, noun, head, rel[p]);
            attach(gov, rel, p, noun, "acl");
            return true;
        }
        if (head >= 0 && head < noun && tokens.get(head).isVerb() && Set.of("dep", "ccomp", "parataxis").contains(rel[p])
                && child(gov, rel, head, "obj") < 0 && hasSubject(gov, rel, head, true)) {
            // "prevented [the demonstration staged by students]": the noun is the verb's object
            attach(gov, rel, noun, head, "obj");
            attach(gov, rel, p, noun, "acl");
            return true;
        }
        for (int m = p + 1; m < gov.length; m++) {
            if (gov[m] == p && Set.of("dep", "parataxis").contains(rel[m]) && finiteClause(tokens, gov, rel, m)
                    && FINITE.contains(tokens.get(m).pos())) {
                // "[workers affiliated with the union] stopped work": the later verb is the sentence's, the noun its subject
                attach(gov, rel, m, head, rel[p]);
                attach(gov, rel, noun, m, "nsubj");
                attach(gov, rel, p, noun, "acl");
                for (int c = m + 1; c < gov.length; c++) {
                    if (gov[c] == p && c > m) {
                        gov[c] = m; // what follows the verb is the verb's ("on Monday", the final stop)
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * "An Italian priest kidnapped in Mali two years ago has been freed": a participle right after its noun, read as a
     * past verb with the noun its subject, the whole the clausal subject of the sentence's verb. The noun is that verb's
     * subject and the participle its modifier ({@code acl}).
     */
    private static boolean participleAsClausalSubject(List<Token> tokens, int[] gov, String[] rel, int p) {
        int noun = child(gov, rel, p, "nsubj");
        int head = gov[p];
        if (noun < 0 || noun > p || !tokens.get(noun).isNoun() || hasAuxiliary(gov, rel, p) || !adjacent(gov, noun, p)
                || child(gov, rel, p, "obj") >= 0 || child(gov, rel, head, "nsubj") >= 0 || child(gov, rel, head, "nsubj:pass") >= 0) {
            return false;
        }
        attach(gov, rel, noun, head, rel[p].equals("csubj:pass") ? "nsubj:pass" : "nsubj");
        attach(gov, rel, p, noun, "acl");
        return true;
    }

    /**
     * "shelled residential areas of Omdurman, killing 15 civilians": a participle set off by a comma after the verb's
     * object or oblique is the clause's adjunct, not the noun's modifier.
     */
    private static boolean participleOfTheClause(int[] gov, String[] rel, int p) {
        int noun = gov[p];
        int verb = gov[noun];
        if (verb < 0 || !(rel[noun].equals("obj") || rel[noun].startsWith("obl"))) {
            return false;
        }
        attach(gov, rel, p, verb, "advcl");
        return true;
    }

    /**
     * "called on China to use its influence": the parser often takes "on" for the mark of "use" and China for its
     * subject. China is the oblique called on, and "use" what it is called on to do ({@code xcomp}).
     */
    private static boolean calledOn(List<Token> tokens, int[] gov, String[] rel, int call) {
        for (int v = call + 1; v < gov.length; v++) {
            if (gov[v] != call || !rel[v].equals("advcl")) {
                continue;
            }
            int on = -1;
            int subject = child(gov, rel, v, "nsubj");
            for (int m = call + 1; m < v; m++) {
                if (gov[m] == v && rel[m].equals("mark") && tokens.get(m).text().equalsIgnoreCase("on")) {
                    on = m;
                }
            }
            if (on < 0 || subject < on || subject > v) {
                continue;
            }
            attach(gov, rel, on, subject, "case");
            attach(gov, rel, subject, call, "obl");
            rel[v] = "xcomp";
            return true;
        }
        return false;
    }

    /**
     * "marched on Wednesday to demand", "pledged on Thursday to deposit": the parser often takes "on" for the mark of
     * the infinitive and the day for its subject. The day dates the verb before it; the infinitive keeps no subject.
     */
    private static boolean dayAsSubject(List<Token> tokens, int[] gov, String[] rel, int v) {
        int day = child(gov, rel, v, "nsubj");
        if (day < 0 || day > v || !DAYS.contains(tokens.get(day).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int m = 0; m < day; m++) {
            if (gov[m] == v && rel[m].equals("mark") && tokens.get(m).text().equalsIgnoreCase("on")) {
                attach(gov, rel, m, day, "case");
                attach(gov, rel, day, gov[v], "obl");
                return true;
            }
        }
        return false;
    }

    /**
     * "Moscow's offer to mediate was rejected", "Trump's plan to deport them": the parser often takes a noun with its
     * to-infinitive for the infinitive's subject. An infinitive has no subject without "for", so the noun heads the
     * phrase again, in the place the infinitive had, and the infinitive modifies it ({@code acl}). A bare noun, as in
     * the headline "Army to withdraw from border", is left alone.
     */
    private static boolean nounBeforeInfinitive(List<Token> tokens, int[] gov, String[] rel, int v) {
        int noun = child(gov, rel, v, "nsubj");
        if (noun < 0 || noun > v || !Set.of("NN", "NNS").contains(tokens.get(noun).pos()) || hasAuxiliary(gov, rel, v)
                || child(gov, rel, noun, "det") < 0 && child(gov, rel, noun, "nmod:poss") < 0 && child(gov, rel, noun, "amod") < 0) {
            return false;
        }
        int to = -1;
        for (int c = 0; c < gov.length; c++) {
            if (gov[c] == v && (rel[c].equals("mark") || rel[c].equals("dep") && c == v - 1 && tokens.get(c).text().equalsIgnoreCase("to"))) {
                if (!tokens.get(c).text().equalsIgnoreCase("to") || to >= 0) {
                    return false; // "for the army to withdraw": a subject the infinitive may have
                }
                to = c;
            }
        }
        if (to < noun || !adjacent(gov, noun, to)) {
            return false;
        }
        gov[noun] = gov[v];
        // ("rejected Paraguay's request to extradite him", with "to" left a dep: the request is what was rejected)
        rel[noun] = rel[v].startsWith("csubj") ? "nsubj" + rel[v].substring("csubj".length()) : rel[v].equals("ccomp") ? "obj" : rel[v];
        attach(gov, rel, v, noun, "acl");
        rel[to] = "mark";
        return true;
    }

    /**
     * "sanctions on six officials it accused of abuses", "a charge Moscow denied": a relative clause with no relative
     * pronoun, whose object is the noun before it, is often parsed as a clause of its own ({@code parataxis}, {@code dep},
     * {@code conj}). It modifies that noun again ({@code acl:relcl}).
     */
    private static boolean relativeWithoutPronoun(List<Token> tokens, int[] gov, String[] rel, int v) {
        int subject = v - 1;
        int noun = v - 2;
        boolean named = tokens.get(subject).pos().equals("PRP") || tokens.get(subject).pos().equals("NNP");
        if (!named || gov[subject] != v || !rel[subject].equals("nsubj") || !Set.of("NN", "NNS").contains(tokens.get(noun).pos())
                || !Set.of("parataxis", "dep", "conj", "ccomp").contains(rel[v]) || child(gov, rel, v, "obj") >= 0) {
            return false;
        }
        if (dominatedBy(gov, noun, v) && gov[noun] != v && !clauseOfTheNoun(tokens, gov, rel, v, noun)) {
            return false; // the noun lies inside the verb's own clause, which cannot be given back
        }
        if (gov[noun] == v) {
            // "..., a charge Yerevan denied" with the noun hung under the verb: the noun sums up the clause before it
            attach(gov, rel, noun, gov[v], "appos");
        }
        attach(gov, rel, v, noun, "acl:relcl");
        return true;
    }

    /**
     * "..., while the State Department imposed restrictions on commanders it held responsible": the parser hung the
     * clause the noun ends on the relative verb after it. That clause takes the verb's place, so the verb can be the
     * noun's relative clause. Whether it was given back (the tree is changed only then).
     */
    private static boolean clauseOfTheNoun(List<Token> tokens, int[] gov, String[] rel, int v, int noun) {
        int c = noun;
        while (gov[c] != v) {
            c = gov[c];
        }
        if (c > noun || !tokens.get(c).isVerb() || !rel[c].equals("advcl") || child(gov, rel, c, "mark") < 0) {
            return false;
        }
        if (gov[v] < 0) {
            attach(gov, rel, c, -1, "root");
        } else {
            gov[c] = gov[v];
        }
        return true;
    }

    /**
     * "..., a move the world body condemned as unlawful": the parser left the verb a loose dependent of the noun whose
     * relative clause it is (its subject standing right after the noun, nothing as its object).
     */
    private static boolean summingUpRelative(List<Token> tokens, int[] gov, String[] rel, int v) {
        int noun = gov[v];
        int subject = child(gov, rel, v, "nsubj");
        if (noun >= v || !tokens.get(noun).isNoun() || subject < 0 || subject > v || child(gov, rel, v, "obj") >= 0) {
            return false;
        }
        int first = subject;
        for (int i = subject - 1; i > noun && dominatedBy(gov, i, subject); i--) {
            first = i;
        }
        if (first != noun + 1) {
            return false;
        }
        rel[v] = "acl:relcl";
        return true;
    }

    /** Verbs by which a speaker goes on after a report: "said ... and urged", "... and warned". */
    private static final Set<String> GOING_ON = Set.of("urge", "call", "demand", "ask", "appeal", "warn", "vow", "pledge",
            "promise", "threaten", "add", "accuse", "condemn", "criticise", "criticize", "deny", "reject", "insist");

    /**
     * "The commissioner said several soldiers showed signs of torture and urged that ...": the parser joins the second
     * verb to the reported clause, but a verb of saying or urging with no subject of its own goes on the speaker's words.
     */
    private static boolean secondWordJoinsTheReporter(List<Token> tokens, int[] gov, String[] rel, int s) {
        boolean changed = false;
        for (int c = s + 1; c < gov.length; c++) {
            int g = gov[c];
            if (g > s && rel[c].equals("conj") && gov[g] == s && rel[g].equals("ccomp") && hasSubject(gov, rel, g, true)
                    && !hasSubject(gov, rel, c, false) && sameTense(tokens, gov, rel, c, g, s)
                    && GOING_ON.contains(tokens.get(c).lemma().toLowerCase(Locale.ROOT))) {
                gov[c] = s;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Whether the second verb has the speaker's form: the same tag, or a participle the tagger gave it only because
     * the reported verb before it has "had" ("said the coast guard had acted lawfully and accused Manila").
     */
    private static boolean sameTense(List<Token> tokens, int[] gov, String[] rel, int c, int g, int s) {
        String pos = tokens.get(c).pos();
        if (pos.equals(tokens.get(s).pos())) {
            return true;
        }
        int aux = child(gov, rel, g, "aux");
        return pos.equals("VBN") && tokens.get(s).pos().equals("VBD") && tokens.get(g).pos().equals("VBN") && aux >= 0
                && tokens.get(aux).lemma().equalsIgnoreCase("have");
    }

    /** Prepositions that also introduce a clause: "after fighters attacked", "before troops withdrew". */
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "until");

    /**
     * "The appeal came after fighters of the RSF attacked a camp, ..., aid workers said": the parser took the
     * after-clause's subject for the object of "after" and left its verb, with no subject, hanging elsewhere. The noun
     * is the verb's subject again, "after" its mark, and the clause the adverbial of the verb the noun was hung on.
     */
    private static boolean clauseAfterPreposition(List<Token> tokens, int[] gov, String[] rel, int v) {
        if (hasSubject(gov, rel, v, false) || hasAuxiliary(gov, rel, v) || "punct".equals(rel[v - 1])) {
            return false;
        }
        int noun = v - 1;
        while (gov[noun] >= 0 && gov[noun] < v && !rel[noun].startsWith("obl")) {
            noun = gov[noun]; // up from the last word before the verb to the phrase it ends
        }
        int before = gov[noun];
        int prep = child(gov, rel, noun, "case");
        if (before < 0 || !rel[noun].startsWith("obl") || !tokens.get(noun).isNoun() || prep < 0 || prep > noun
                || !CLAUSE_PREPOSITIONS.contains(tokens.get(prep).text().toLowerCase(Locale.ROOT)) || !tokens.get(before).isVerb()) {
            return false;
        }
        attach(gov, rel, v, before, "advcl");
        attach(gov, rel, noun, v, "nsubj");
        attach(gov, rel, prep, v, "mark");
        return true;
    }

    /** Participles that work as prepositions: ", including civilians". */
    private static final Set<String> PREPOSITION_LIKE = Set.of("including", "following", "according", "concerning", "regarding",
            "excluding", "barring", "pending");
    /** Prepositions that take a gerund clause: "retaliated by expelling", "after shelling", "without naming". */
    private static final Set<String> GERUND_MARKS = Set.of("by", "after", "before", "without", "upon", "while");

    /**
     * "Russia retaliated by expelling 23 British diplomats": the parser often reads a gerund right after its
     * preposition as an adjective of its object. The gerund heads the clause again, the object is its object and the
     * preposition its mark.
     */
    private static boolean gerundAsModifier(List<Token> tokens, int[] gov, String[] rel, int g) {
        int noun = gov[g];
        int prep = g - 1;
        if (tokens.get(prep).text().equals(",") && rel[noun].equals("obj") && gov[noun] >= 0 && gov[noun] < prep
                && !PREPOSITION_LIKE.contains(tokens.get(g).text().toLowerCase(Locale.ROOT)) && adjacent(gov, g, noun)) {
            // "Rome said on Monday, thanking Malian authorities for their help": a participle after a comma, read as
            // an adjective of its object, which was hung on the verb before the comma
            attach(gov, rel, g, gov[noun], "advcl");
            gov[noun] = g;
            return true;
        }
        if (gov[prep] != noun || !rel[prep].equals("case") || !GERUND_MARKS.contains(tokens.get(prep).text().toLowerCase(Locale.ROOT))
                || !tokens.get(noun).isNoun() || !adjacent(gov, g, noun)) {
            return false;
        }
        attach(gov, rel, g, gov[noun], rel[noun].startsWith("obl") ? "advcl" : rel[noun].startsWith("nmod") ? "acl" : rel[noun]);
        attach(gov, rel, prep, g, "mark");
        attach(gov, rel, noun, g, "obj");
        return true;
    }

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private static boolean hasAuxiliary(int[] gov, String[] rel, int v) {
        for (int c = 0; c < gov.length; c++) {
            if (gov[c] == v && (rel[c].startsWith("aux") || rel[c].equals("cop"))) {
                return true;
            }
        }
        return false;
    }

    /** A clause that lacks its subject. */
    private static boolean finiteClause(List<Token> tokens, int[] gov, String[] rel, int v) {
        return !hasSubject(gov, rel, v, false) && finite(tokens, gov, rel, v);
    }

    /** A finite verb, or a predicate with a modal, tense auxiliary or copula, without "to" or another mark than "that". */
    private static boolean finite(List<Token> tokens, int[] gov, String[] rel, int v) {
        Token t = tokens.get(v);
        boolean finite = FINITE.contains(t.pos()) || t.pos().equals("MD");
        for (int c = 0; c < gov.length; c++) {
            if (gov[c] != v) {
                continue;
            }
            if (rel[c].equals("mark") && !tokens.get(c).text().equalsIgnoreCase("that")) {
                return false; // "to send", "by saying", "when asked": not a reported clause
            }
            if (rel[c].startsWith("aux") || rel[c].equals("cop")) {
                finite |= !tokens.get(c).text().equalsIgnoreCase("to");
            }
        }
        return finite && (t.isVerb() || t.isNoun() || t.pos().startsWith("JJ"));
    }

    /** Whether every token between {@code a} and {@code b} belongs to one of them: nothing else stands between. */
    private static boolean adjacent(int[] gov, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (!dominatedBy(gov, i, a) && !dominatedBy(gov, i, b)) {
                return false;
            }
        }
        return true;
    }

    /** Hangs the dependent on its new governor with the given relation. */
    private static void attach(int[] gov, String[] rel, int dependent, int governor, String relation) {
        gov[dependent] = governor;
        rel[dependent] = relation;
    }

    private static boolean hasSubject(int[] gov, String[] rel, int v, boolean leftOnly) {
        for (int c = 0; c < gov.length; c++) {
            if (gov[c] == v && (rel[c].startsWith("nsubj") || rel[c].startsWith("csubj")) && (!leftOnly || c < v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passive(int[] gov, String[] rel, int v) {
        return child(gov, rel, v, "aux:pass") >= 0;
    }

    private static int child(int[] gov, String[] rel, int v, String relation) {
        for (int c = 0; c < gov.length; c++) {
            if (gov[c] == v && relation.equals(rel[c])) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the phrase a token heads is set off by a comma before it (the parser hangs the comma either way). */
    private static boolean afterComma(List<Token> tokens, int[] gov, int h) {
        int edge = h;
        for (int i = h - 1; i >= 0 && dominatedBy(gov, i, h); i--) {
            edge = i;
        }
        return tokens.get(edge).text().equals(",") || edge > 0 && tokens.get(edge - 1).text().equals(",");
    }

    /** Whether a participle has a by-agent: "dismissed by Yerevan". */
    private static boolean hasByAgent(List<Token> tokens, int[] gov, String[] rel, int p) {
        for (int c = p + 1; c < gov.length; c++) {
            if (gov[c] == p && rel[c].startsWith("obl")) {
                for (int k = p + 1; k < c; k++) {
                    if (gov[k] == c && rel[k].equals("case") && tokens.get(k).text().equalsIgnoreCase("by")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean dominatedBy(int[] gov, int i, int ancestor) {
        for (int at = i, steps = 0; at >= 0 && steps <= gov.length; at = gov[at], steps++) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
