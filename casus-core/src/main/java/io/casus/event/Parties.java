package io.casus.event;

import static io.casus.event.Syntax.gerundDoer;
import static io.casus.event.Syntax.hasCase;
import static io.casus.event.Syntax.objectControl;
import static io.casus.event.Syntax.objects;
import static io.casus.event.Syntax.passive;
import static io.casus.event.Syntax.prep;
import static io.casus.event.Syntax.stance;
import io.casus.lexicon.Lexicons;
import io.casus.model.Actor;
import io.casus.model.DependencyTree;
import io.casus.model.Event.EventActor;
import io.casus.model.Mention;
import io.casus.model.MentionType;
import io.casus.model.Quote;
import io.casus.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who the parties of an act are, from the parse: the roles a frame names (subject, object, possessor, preposition),
 * subjects through passives, control, coordination, participles and relative clauses, and the actors the role words
 * name (their mentions, coordinated names, pairs, the reporter a pronoun stands for).
 */
final class Parties {
    private static final Set<String> MOVING = Set.of("arrive", "travel", "fly", "come", "go", "head", "return", "gather");
    private static final Set<String> OWNING = Set.of("lead", "flag", "register", "base", "own", "operate", "run");
    /** Verbs naming what an act is: "called the attack a war crime", "branded the vote a farce". */
    static final Set<String> CHARACTERISING = Set.of("call", "brand", "label", "term", "describe", "deem", "declare");
    private static final Set<String> QUANTITIES = Set.of("hundred", "hundreds", "thousand", "thousands", "ten", "tens", "dozen",
            "dozens", "million", "millions", "score", "scores");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final Set<String> CARRYING = Set.of("carry", "transport", "ferry", "bring");
    private static final Set<String> MODIFIER_LINKS = Set.of("amod", "compound", "nmod:poss");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "me", "our", "my");

    private final FrameLexicon frames;
    private final CodingRules rules;
    private final Lexicons lexicons;

    Parties(FrameLexicon frames, CodingRules rules, Lexicons lexicons) {
        this.frames = frames;
        this.rules = rules;
        this.lexicons = lexicons;
    }

    /** Goods in trade, whose partner is who a restriction on them is aimed at. */
    private static final Set<String> TRADE = Set.of("export", "import", "shipment", "sale", "trade");

    /** Verbs by which an act draws a reaction: "the arrests drew condemnation from Britain". */
    static final Set<String> DRAWING = Set.of("draw", "prompt", "spark", "trigger", "provoke", "attract", "elicit", "earn");

    List<Integer> role(DependencyTree t, int v, int object, String role, boolean nominal) {
        switch (role) {
            case "subj":
                return nominal ? List.of() : subject(t, v);
            case "poss":
                List<Integer> poss = new ArrayList<>(t.children(v, "nmod:poss"));
                if (object >= 0) {
                    poss.addAll(t.children(object, "nmod:poss"));
                }
                int mover = t.governor(v);
                if (nominal && poss.isEmpty() && mover >= 0 && t.token(mover).isVerb() && hasCase(t, v, "for")
                        && MOVING.contains(t.token(mover).lemma().toLowerCase(Locale.ROOT))) {
                    return subject(t, mover); // "the minister arrived in Damascus for talks": the talks are hers
                }
                if (nominal && t.relation(v).equals("obj") && t.governor(v) >= 0
                        && rules.lightVerb(t.token(t.governor(v)).lemma().toLowerCase(Locale.ROOT))
                        && poss.stream().allMatch(p -> t.token(p).pos().startsWith("PRP"))) {
                    // "X held their first meeting with Y": the doer of an event noun is the subject of its light verb
                    return subject(t, t.governor(v));
                }
                return poss;
            case "obj":
                if (nominal) {
                    return prep(t, v, "of");
                }
                List<Integer> obj = t.children(v, "obj");
                if (obj.size() == 1 && t.token(obj.get(0)).text().equalsIgnoreCase("what")) {
                    // "struck what the military described as Hezbollah weapons depots": the depots
                    List<Integer> named = new ArrayList<>();
                    for (int c : t.children(obj.get(0), "acl:relcl")) {
                        named.addAll(prep(t, c, "as"));
                        named.addAll(t.children(c, "xcomp"));
                    }
                    if (!named.isEmpty()) {
                        return named;
                    }
                }
                if (obj.isEmpty() && stance(t, v)) {
                    return prep(t, v, "to");
                }
                if (obj.isEmpty() && t.relation(v).equals("acl") && Syntax.participle(t, v) && t.governor(v) >= 0
                        && t.token(t.governor(v)).isNoun() && !hasCase(t, t.governor(v), "at", "during", "in", "on", "after", "before", "amid", "following")) {
                    // (not an occasion: "met him at a lunch hosted by the ambassador")
                    return List.of(t.governor(v)); // "rescued 30 students abducted by gunmen": the students were abducted
                }
                if (obj.isEmpty() && passive(t, v)) {
                    List<Integer> patients = t.children(v, "nsubj:pass");
                    if (t.relation(v).equals("acl:relcl") && t.governor(v) >= 0 && t.token(t.governor(v)).isNoun() && !patients.isEmpty()
                            && patients.stream().allMatch(p -> RELATIVE_PRONOUNS.contains(t.token(p).text().toLowerCase(Locale.ROOT)))) {
                        return List.of(t.governor(v)); // "an activist who was shot dead by gunmen": the activist
                    }
                    if (patients.isEmpty() && t.relation(v).equals("conj") && t.governor(v) >= 0 && t.token(t.governor(v)).isVerb()) {
                        // "arrived in Tonga and was welcomed by the prime minister": the subject the two verbs share
                        return t.children(t.governor(v), "nsubj");
                    }
                    return patients;
                }
                boolean relativeObject = obj.stream().allMatch(o -> RELATIVE_PRONOUNS.contains(t.token(o).text().toLowerCase(Locale.ROOT)));
                if (relativeObject && t.relation(v).equals("acl:relcl") && t.governor(v) >= 0 && t.token(t.governor(v)).isNoun()
                        && t.children(v, "nsubj").stream().noneMatch(n -> RELATIVE_PRONOUNS.contains(t.token(n).text().toLowerCase(Locale.ROOT)))
                        && t.children(v, "advmod").stream().noneMatch(a -> t.token(a).pos().equals("WRB"))) { // (not "China, where Kerry met")
                    return List.of(t.governor(v)); // "officials it accused of abuses", "the town which rebels attacked"
                }
                if (obj.isEmpty() && t.relation(v).equals("amod") && t.governor(v) > v && t.token(v).pos().equals("VBG")
                        && t.token(t.governor(v)).isProperNoun() && v > 0 && t.token(v - 1).text().equalsIgnoreCase("the")) {
                    // "the killing [of] General Zahedi": a gerund read as an adjective of the name it acts on. Other
                    // participles describe their noun ("the occupied West Bank", "Jordan's visiting king")
                    return List.of(t.governor(v));
                }
                return obj;
            case "iobj":
                return t.children(v, "iobj");
            case "ccomp":
                return t.children(v, "ccomp");
            case "xcomp":
                return t.children(v, "xcomp");
            case "mod":
                return nominal ? t.children(v).stream().filter(c -> t.relation(c).equals("amod")
                        || t.baseRelation(c).equals("compound")).toList() : List.of();
            default:
                List<Integer> p = new ArrayList<>(prep(t, v, role));
                if (object >= 0) {
                    p.addAll(prep(t, object, role));
                    for (int o = object; role.equals("by") && p.isEmpty() && o >= 0 && o != v; o = t.governor(o)) {
                        for (int a : t.children(o, "acl")) {
                            p.addAll(prep(t, a, "by")); // "received the first 500 million dollars of an aid package promised by the EU"
                        }
                    }
                    for (int c : t.children(object, "conj")) {
                        p.addAll(prep(t, c, role)); // "impose visa bans and asset freezes on Guatemalan officials"
                    }
                }
                for (int sent : p.isEmpty() && object >= 0 && role.equals("to") ? t.children(v, "obj") : List.<Integer>of()) {
                    // "will send air defence systems and ammunition worth 2.5 billion crowns to Ukraine", "sent two
                    // planes carrying relief supplies to Afghanistan": the destination hung deeper in what is sent
                    for (int d = sent; d < t.size() && (d == sent || t.dominates(sent, d)) && p.isEmpty(); d++) {
                        p.addAll(prep(t, d, role));
                    }
                }
                for (int goods : role.equals("on") ? List.copyOf(p) : List.<Integer>of()) {
                    List<Integer> partner = new ArrayList<>(prep(t, goods, "to"));
                    partner.addAll(prep(t, goods, "from"));
                    if (TRADE.contains(t.token(goods).lemma().toLowerCase(Locale.ROOT)) && !partner.isEmpty()) {
                        // "restrictions on exports to South Korea", "a ban on imports from Iran": the trading partner
                        p.remove(Integer.valueOf(goods));
                        p.addAll(partner);
                    }
                }
                for (int of : nominal && role.equals("by") && p.isEmpty() ? prep(t, v, "of") : List.<Integer>of()) {
                    p.addAll(prep(t, of, "by")); // "the expulsion of two diplomats by Moscow", the agent hung on the diplomats
                }
                int told = t.governor(v);
                if (nominal && role.equals("by") && p.isEmpty() && t.relation(v).equals("obj") && told >= 0 && t.token(told).isVerb()
                        && !passive(t, told)) {
                    // "documented torture of detainees by Russian forces", the agent hung on the verb telling of the act
                    prep(t, told, "by").stream().filter(b -> t.token(b).isNoun()).forEach(p::add);
                }
                if (nominal && role.equals("from") && p.isEmpty() && t.relation(v).equals("obj") && told >= 0 && t.token(told).isVerb()
                        && DRAWING.contains(t.token(told).lemma().toLowerCase(Locale.ROOT))) {
                    p.addAll(prep(t, told, "from")); // "the arrests drew condemnation from Britain", hung on the verb
                }
                return p;
        }
    }

    /** Whether a clause is what a verb of demanding asks for: "demanded that China lift", "called on Iran to stop". */
    static boolean demanded(DependencyTree t, int c) {
        int g = t.governor(c);
        return g >= 0 && (t.relation(c).equals("ccomp") || t.relation(c).equals("xcomp"))
                && Modalities.DIRECTIVE.contains(t.token(g).lemma().toLowerCase(Locale.ROOT));
    }

    /** The subject: its own, the by-agent of a passive, or that of the verb controlling or coordinating it. */
    List<Integer> subject(DependencyTree t, int v) {
        int g = t.governor(v);
        String said = t.token(v).lemma().toLowerCase(Locale.ROOT);
        if (t.token(v).pos().equals("VBG") && v > 0 && t.token(v - 1).text().equals(",") && g >= 0
                && (lexicons.isSpeechVerb(said) || CHARACTERISING.contains(said) || Modalities.ALLEGING.contains(said))
                && Set.of("advcl", "dep", "conj", "xcomp", "acl").contains(t.relation(v))
                && (t.relation(g).equals("advcl") && !t.children(g, "mark").isEmpty()
                    || demanded(t, g)) // ("called on Iran to stop enriching uranium, warning that ...": the callers warn)
                && !mainSubjects(t).isEmpty()) {
            // "Kenya said it was not consulted before Somali troops crossed in, calling the incursion a violation": a
            // participle of saying trailing the sentence is its main doer's, not that of the clause the parser hung it on
            // (but "... after Taliban forces fired shells, killing two soldiers" is the shells')
            return mainSubjects(t);
        }
        for (int at = v, steps = 0; at >= 0 && steps < 5; steps++) {
            if (at != v && passive(t, at) && !passive(t, v) && !t.children(at, "nsubj:pass").isEmpty()) {
                // "the minister has been indicted by the court and will resign": the minister resigns; but "the jet was
                // shot down by a missile, killing all on board": the participle's is whoever did the passive act
                List<Integer> agent = prep(t, at, "by");
                return Set.of("advcl", "dep").contains(t.relation(v)) && t.token(v).pos().equals("VBG") && t.governor(v) == at && !agent.isEmpty()
                        ? agent : t.children(at, "nsubj:pass");
            }
            if (at == v && stance(t, v)) {
                return t.children(v, "nsubj:pass");
            }
            if (passive(t, at)) {
                List<Integer> agent = new ArrayList<>(prep(t, at, "by"));
                for (int x : agent.isEmpty() ? t.children(at, "xcomp") : List.<Integer>of()) {
                    // "were ordered to leave Russia by the foreign ministry": the agent hung on the infinitive
                    agent.addAll(passive(t, x) ? List.of() : prep(t, x, "by").stream().filter(b -> t.token(b).isNoun()).toList());
                }
                if (!agent.isEmpty()) {
                    return agent;
                }
                if (at == v) {
                    return List.of();
                }
            }
            int given = at == v || t.token(v).pos().equals("VBG") ? -1 : Syntax.givenTime(t, at);
            if (given >= 0) {
                return List.of(given); // "gave Guinea's rulers one week to release the president": the rulers would
            }
            List<Integer> subj = t.children(at, "nsubj");
            if (subj.size() == 1 && t.token(subj.get(0)).pos().startsWith("W") && t.relation(at).startsWith("acl") && t.governor(at) >= 0) {
                int antecedent = t.governor(at);
                List<Integer> from = t.token(antecedent).isNoun() && Set.of("statement", "communique", "letter")
                        .contains(t.token(antecedent).lemma().toLowerCase(Locale.ROOT)) ? prep(t, antecedent, "from") : List.of();
                // "a joint statement from Saudi Arabia and the United States, which brokered the talks": its authors
                return from.isEmpty() ? List.of(antecedent) : from;
            }
            if (!subj.isEmpty()) {
                return subj;
            }
            String rel = t.relation(at);
            int doer = gerundDoer(t, at);
            if (doer >= 0) {
                // "succeeded in intercepting the drones", "blocked the bridge by dumping sawdust": the clause's subject
                at = doer;
                continue;
            }
            if (rel.startsWith("acl")) {
                int noun = t.governor(at);
                if (noun >= 0 && rules.text(t.token(noun).lemma().toLowerCase(Locale.ROOT))) {
                    // "a Security Council resolution condemning", "the council adopted a resolution condemning": the
                    // issuer speaks through the text
                    List<Integer> owner = t.children(noun).stream().filter(c -> t.relation(c).equals("nmod:poss")
                            || t.baseRelation(c).equals("compound") && t.token(c).isProperNoun()).toList();
                    if (!owner.isEmpty()) {
                        return owner;
                    }
                    int verb = t.governor(noun);
                    if (verb >= 0 && (t.relation(noun).equals("obj") || t.relation(noun).equals("nsubj:pass"))
                            && rules.issuing(t.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                        return subject(t, verb);
                    }
                    if (verb >= 0 && t.relation(noun).equals("obl") && hasCase(t, noun, "in")
                            && lexicons.isSpeechVerb(t.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                        return subject(t, verb); // "in a letter handed over to the UN, Iraq said": Iraq's letter
                    }
                }
                if (noun >= 0 && hasCase(t, at, "to") && !t.token(noun).isProperNoun()
                        && lexicons.actorNounSector(t.token(noun).text().toLowerCase(Locale.ROOT)) == null) {
                    // "Syria's plan to attack", "Syria unveiled a plan to attack": the noun's owner, else its verb's subject
                    List<Integer> owner = t.children(noun, "nmod:poss");
                    if (!owner.isEmpty()) {
                        return owner;
                    }
                    int verb = t.governor(noun);
                    if (verb >= 0 && t.token(verb).isVerb() && t.relation(noun).equals("obj")) {
                        at = verb;
                        continue;
                    }
                }
                if (Syntax.participle(t, at) && t.children(at, "nsubj").isEmpty()) {
                    return prep(t, at, "by"); // "a letter handed over by Iraq": the noun is what is acted on
                }
                // "militants who attacked the base": the relative clause's noun
                return noun >= 0 ? List.of(noun) : List.of();
            }
            int judge = t.governor(at);
            if (rel.equals("advcl") && judge >= 0 && hasCase(t, at, "for", "of")) {
                // "lashed out at Turkey for having shot down a bomber", "accused Israel of killing": the one judged did it
                List<Integer> judged = new ArrayList<>(t.children(judge, "obj"));
                judged.addAll(prep(t, judge, "at"));
                if (t.token(judge).pos().startsWith("JJ")) {
                    judged.addAll(t.children(judge, "nsubj")); // "both armies are guilty of violating the truce"
                }
                if (!judged.isEmpty()) {
                    return judged;
                }
            }
            boolean purpose = rel.equals("advcl") && t.children(at, "mark").stream()
                    .anyMatch(m -> t.token(m).text().equalsIgnoreCase("to")); // "blocked roads to press their demands"
            if (!(rel.equals("xcomp") || rel.equals("conj") || purpose)) {
                break;
            }
            List<Integer> appealed = rel.equals("xcomp") || purpose ? prep(t, t.governor(at), "on") : List.of();
            if (!appealed.isEmpty() && Set.of("call", "prevail").contains(t.token(t.governor(at)).lemma().toLowerCase(Locale.ROOT))) {
                return appealed; // "called on Chad to close its border", with "on Chad" parsed as an oblique: Chad closes it
            }
            if (rel.equals("xcomp") && objectControl(t, t.governor(at))) {
                // "urged Israel to show restraint", "wants Putin to attack": the object does the act
                return t.children(t.governor(at), "obj");
            }
            at = t.governor(at);
        }
        return List.of();
    }

    /**
     * The actors named by role tokens: each token and its coordinated tokens ("Jordan and Saudi Arabia"), each the
     * mention it heads or lies in, or a name modifying it ("Iranian drones").
     */
    List<EventActor> actors(DependencyTree t, List<Integer> heads, List<Mention> mentions, Quote quote) {
        List<EventActor> out = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int h : heads) {
            all.add(h);
            all.addAll(t.children(h, "conj"));
        }
        for (int h : all) {
            h = accused(t, others(t, h));
            for (int depth = 0; depth < 3 && QUANTITIES.contains(t.token(h).lemma().toLowerCase(Locale.ROOT))
                    && mentionFor(t, h, mentions) == null && !prep(t, h, "of").isEmpty(); depth++) {
                h = prep(t, h, "of").get(0); // "hundreds of thousands of French workers": the workers
            }
            Mention m = carried(t, h, mentions);
            m = m == null ? mentionFor(t, h, mentions) : m;
            if (m != null && (m.type() == MentionType.NATIONALITY || m.type() == MentionType.COUNTRY) && m.tokenEnd() < t.size()
                    && CURRENCIES.contains(t.token(m.tokenEnd()).lemma().toLowerCase(Locale.ROOT))) {
                continue; // "pledged 1 million Australian dollars": a currency's country is no party
            }
            int whose = relativeOwner(t, h);
            Mention antecedent = whose >= 0 ? mentionFor(t, whose, mentions) : null;
            m = antecedent != null ? antecedent : m; // "Eritrea, whose troops fought ...": Eritrea's
            for (int d : m == null && t.token(h).isNoun() ? actDoers(t, h) : List.<Integer>of()) {
                m = m == null ? mentionFor(t, d, mentions) : m;
            }
            if (m == null) {
                // an event noun as the role names its party: "an agreement with the EU", "talks between X and Y"
                for (String p : List.of("with", "between", "of")) {
                    for (int c : prep(t, h, p)) {
                        if (m == null) {
                            m = mentionFor(t, c, mentions);
                        }
                    }
                }
            }
            Token tok = t.token(h);
            List<Mention> pair = Pairs.pairAt(h, mentions);
            for (int p : pair.isEmpty() ? t.children(h, "nmod:poss") : List.<Integer>of()) {
                pair = Pairs.pairAt(p, mentions); // "the two countries' energy ministries"
            }
            for (int p : pair.isEmpty() ? prep(t, h, "of") : List.<Integer>of()) {
                pair = Pairs.pairAt(p, mentions); // "soldiers of the two countries"
            }
            if (pair.size() > 1) {
                // "the two leaders agreed", "both sides": each of the two parties named last
                pair.forEach(p -> out.add(new EventActor(p.actor(), p.text(), p.begin(), p.end())));
                continue;
            }
            if (m != null && m.type() == MentionType.NOMINAL && !m.actor().sector().isEmpty()) {
                // "Hungarian and Romanian officials": one actor per nationality named in the phrase
                // (or "negotiators from Armenia and Azerbaijan", "the presidents of Russia and Turkey")
                List<Integer> named = new ArrayList<>();
                for (int c : t.children(h, "nmod")) {
                    if (hasCase(t, c, "of") || hasCase(t, c, "from")) {
                        named.add(c);
                        named.addAll(t.children(c, "conj"));
                    }
                }
                // (or a named body joined to one: "Israeli and Hamas delegations", not "the Al Qaeda-linked Somali group")
                String sector = String.join("", m.actor().sector());
                boolean joined = false;
                for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
                    joined |= t.token(i).pos().equals("CC");
                }
                List<String> codes = new ArrayList<>();
                for (Mention inner : mentions) {
                    boolean within = inner.tokenBegin() >= m.tokenBegin() && inner.tokenEnd() <= m.tokenEnd() || named.contains(inner.head());
                    String code = inner == m || inner.actor() == null || !within ? null
                            : inner.type() == MentionType.NATIONALITY || inner.type() == MentionType.COUNTRY ? inner.actor().country() + sector
                            : joined && inner.type() == MentionType.ORGANIZATION && inner.tokenEnd() <= h ? inner.actor().code() : null;
                    if (code != null && codes.stream().noneMatch(c -> c.startsWith(code.substring(0, 3)))) {
                        codes.add(code);
                    }
                }
                if (codes.size() > 1) {
                    for (String c : codes) {
                        out.add(new EventActor(Actor.of(c, m.text(), m.actor().role(), m.actor().basis(),
                                m.actor().confidence()), m.text(), m.begin(), m.end()));
                    }
                    continue;
                }
            }
            int speaker = m == null ? reportingSubject(t, h) : -1;
            String home = m != null && m.type() == MentionType.NATIONALITY && m.head() == h ? Places.homeOf(t, h, m, mentions) : null;
            if (home != null) {
                // "Bosnian Serbs", "the Albanians of southern Serbia": a people coded by the country it lives in
                out.add(new EventActor(Actor.of(home + m.actor().code().substring(3), m.text(), m.actor().role(), Actor.Basis.CONTEXT,
                        m.actor().confidence()), t.sentence().textOf(t.subtreeBegin(h), h + 1), t.token(t.subtreeBegin(h)).begin(), m.end()));
            } else if (m != null && m.type() == MentionType.NOMINAL && m.actor().basis() == Actor.Basis.CONTEXT
                    && t.children(h, "nmod:poss").stream().anyMatch(p -> reportingSubject(t, p) >= 0)) {
                // "Israel said its jets struck": the reporter's own, not the article's main country
                int p = t.children(h, "nmod:poss").stream().filter(x -> reportingSubject(t, x) >= 0).findFirst().orElseThrow();
                List<EventActor> owner = actors(t, List.of(reportingSubject(t, p)), mentions, quote);
                String sector = String.join("", m.actor().sector());
                for (EventActor o : owner) {
                    out.add(new EventActor(Actor.of(o.actor().country() + sector, m.text(), m.actor().role(), Actor.Basis.COREFERENCE,
                            0.7), m.text(), m.begin(), m.end()));
                }
            } else if (m != null) {
                out.add(new EventActor(m.actor(), m.text(), m.begin(), m.end()));
            } else if (speaker >= 0 && !reflexive(t, h, speaker, mentions, quote)) {
                out.addAll(actors(t, List.of(speaker), mentions, quote));
            } else if (quote != null && quote.direct() && quote.speaker().actor() != null
                    && FIRST_PERSON.contains(tok.text().toLowerCase(Locale.ROOT))) {
                // "we" in a quotation is its speaker
                out.add(new EventActor(quote.speaker().actor(), tok.text(), tok.begin(), tok.end()));
            }
        }
        return out;
    }

    /**
     * "Nigeria announced that it will withdraw", "the rebels said they would meet him": an unresolved pronoun subject
     * of a reported or intended clause is the reporting verb's subject. Its token, or -1.
     */
    int reportingSubject(DependencyTree t, int h) {
        String w = t.token(h).text().toLowerCase(Locale.ROOT);
        boolean possessive = t.token(h).pos().equals("PRP$") && Set.of("its", "their").contains(w) && t.relation(h).equals("nmod:poss");
        if (!(t.token(h).pos().equals("PRP") || possessive) || FIRST_PERSON.contains(w) || w.endsWith("self") || w.endsWith("selves")
                || !(possessive || t.baseRelation(h).equals("nsubj") || t.baseRelation(h).equals("obj") || t.baseRelation(h).equals("obl"))) {
            return -1; // ("Israel said a mortar was fired at it": the object too; a reflexive is the clause's own subject)
        }
        int clause = possessive ? t.governor(t.governor(h)) : t.governor(h); // "Russia denied its forces had": the clause
        while (clause >= 0 && t.relation(clause).equals("conj")) {
            clause = t.governor(clause);
        }
        if (!possessive && w.equals("it") && clause >= 0 && t.governor(clause) >= 0 && CHARACTERISING.contains(t.token(clause).lemma())
                && t.children(clause, "obj").stream().anyMatch(o -> t.token(o).text().equalsIgnoreCase("what"))) {
            List<Integer> subj = subject(t, t.governor(clause)); // "Baghdad summoned the envoy to protest what it called ..."
            return subj.size() == 1 && !t.token(subj.get(0)).pos().equals("PRP") ? subj.get(0) : -1;
        }
        if (!possessive && clause >= 0 && t.relation(clause).equals("acl:relcl") && (w.equals("it") || w.equals("they"))
                && t.children(clause, "advmod").stream().noneMatch(a -> t.token(a).pos().equals("WRB"))) {
            // (not "states where they're stealing": a clause of place or time tells of others)
            // "the EU imposed sanctions on officials it accused of ...": the doer of the clause the noun is told in
            int at = t.governor(clause);
            while (at >= 0 && !t.token(at).isVerb()) {
                at = t.governor(at);
            }
            List<Integer> subj = at < 0 ? List.of() : subject(t, at);
            return subj.size() == 1 && !t.token(subj.get(0)).pos().equals("PRP") ? subj.get(0) : -1;
        }
        int g = clause < 0 || !t.relation(clause).equals("ccomp") ? -1 : t.governor(clause);
        if (g < 0 || !(lexicons.isSpeechVerb(t.token(g).lemma()) || Modalities.INTENDING.contains(t.token(g).lemma()))) {
            return -1;
        }
        List<Integer> subj = subject(t, g);
        if (subj.size() != 1 || t.token(subj.get(0)).pos().equals("PRP")
                || w.startsWith("it") && t.token(subj.get(0)).ner().equals("PERSON")) {
            return -1; // "Zeldin said it will help the party": "it" is no person
        }
        return subj.get(0);
    }

    /**
     * The doers of an act named as a role: "denounced Serbia's suppression", "condemned the killing of aid workers by
     * militiamen", "an inquiry into crimes committed by Croat forces", "an Israeli strike that killed", "investigating
     * reports that Myanmar aircraft violated": the possessor, the by-agent (also of a participle), the nationality of an
     * event noun, the subject of a that-clause.
     */
    private List<Integer> actDoers(DependencyTree t, int h) {
        List<Integer> doers = new ArrayList<>(t.children(h, "nmod:poss"));
        doers.addAll(prep(t, h, "by"));
        if (!frames.nounFrames(t.token(h).lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
            doers.addAll(t.children(h, "amod"));
        }
        for (int c : t.children(h, "acl")) {
            if (Syntax.participle(t, c)) {
                doers.addAll(prep(t, c, "by"));
            }
        }
        for (int c : t.children(h)) {
            if ((t.relation(c).startsWith("acl") || t.relation(c).equals("ccomp")) && hasCase(t, c, "that")) {
                doers.addAll(t.children(c, "nsubj"));
            }
        }
        return doers;
    }

    /**
     * "expelled three Russian diplomats, accusing them of spying", "expelled Peru's ambassador and gave him 72 hours": a
     * pronoun object of a participle or of a verb coordinated with the act is the object of that act; else the token.
     */
    private static int accused(DependencyTree t, int h) {
        int v = t.governor(h);
        int act = v < 0 ? -1 : t.governor(v);
        boolean participle = v >= 0 && t.token(v).pos().equals("VBG") && Set.of("advcl", "dep", "xcomp").contains(t.relation(v));
        boolean coordinated = v >= 0 && act >= 0 && t.relation(v).equals("conj") && t.token(act).isVerb();
        if (!Set.of("it", "them", "him", "her").contains(t.token(h).text().toLowerCase(Locale.ROOT))
                || !t.relation(h).equals("obj") && !t.relation(h).equals("iobj") || act < 0 || !participle && !coordinated) {
            return h;
        }
        List<Integer> objects = t.children(act, "obj");
        return objects.size() == 1 ? objects.get(0) : h;
    }

    /** "killed two soldiers and wounded five others": the others are of the first verb's object; else the token itself. */
    private static int others(DependencyTree t, int h) {
        int v = t.governor(h);
        if (t.token(h).text().equalsIgnoreCase("others") && t.relation(h).equals("obj") && v >= 0 && t.relation(v).equals("conj")) {
            List<Integer> first = t.children(t.governor(v), "obj");
            return first.isEmpty() ? h : first.get(0);
        }
        return h;
    }

    /**
     * Who a vehicle carries is who is acted on: "shot down a helicopter carrying EC monitors"; and a group tied to a
     * state body is that body's. Null if none named.
     */
    private Mention carried(DependencyTree t, int h, List<Mention> mentions) {
        for (int c : t.children(h, "acl")) {
            String lemma = t.token(c).lemma().toLowerCase(Locale.ROOT);
            List<Integer> whose = t.token(c).pos().equals("VBG") && CARRYING.contains(lemma) ? t.children(c, "obj")
                    // "a hacking group linked to Russian military intelligence": an unnamed group is of the state body
                    // it is tied to
                    : t.token(c).pos().equals("VBN") && TIED.contains(lemma) ? prep(t, c, "to") : List.of();
            for (int o : whose) {
                Mention m = mentionFor(t, o, mentions);
                if (m != null && (!TIED.contains(lemma) || m.actor().sector().stream().anyMatch(STATE::contains))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Participles tying an unnamed group to the body that runs it. */
    private static final Set<String> TIED = Set.of("link", "tie", "connect", "attach");
    /** Sectors of a state's own bodies. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "SPY", "COP");

    private Mention mentionFor(DependencyTree t, int h, List<Mention> mentions) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.actor() == null || h < m.tokenBegin() || h >= m.tokenEnd()) {
                continue;
            }
            if (m.head() == h) {
                return m;
            }
            if (best == null || m.tokenEnd() - m.tokenBegin() < best.tokenEnd() - best.tokenBegin()) {
                best = m;
            }
        }
        if (best != null) {
            return best;
        }
        for (int c : t.children(h)) {
            // "the militant group al-Shabab", "the group, Hamas,": a party noun named by the name beside it
            boolean named = (t.relation(c).equals("appos") || t.relation(c).equals("dep")) && t.token(c).isProperNoun()
                    && isParty(t.token(h));
            if (MODIFIER_LINKS.contains(t.relation(c)) || t.baseRelation(c).equals("compound") || named) {
                Mention m = mentionFor(t, c, mentions);
                if (m != null && m.type() != MentionType.PRONOUN) {
                    return m;
                }
            }
            if (t.relation(c).equals("amod") && OWNING.contains(t.token(c).lemma().toLowerCase(Locale.ROOT))) {
                for (int d : t.children(c)) {
                    // "the Saudi-led coalition", "a British-flagged tanker", "a UK-based group": the country it is of
                    Mention m = mentionFor(t, d, mentions);
                    if (m != null && m.type() != MentionType.PRONOUN) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether an object pronoun would stand for its own verb's subject if it stood for the reporter: "Russia's president
     * ... urged them to settle the dispute, the Kremlin said" urges others than the Kremlin (that would be "themselves").
     */
    private boolean reflexive(DependencyTree t, int h, int speaker, List<Mention> mentions, Quote quote) {
        int v = t.governor(h);
        if (v < 0 || t.baseRelation(h).equals("nsubj") || t.token(h).pos().equals("PRP$") || !t.token(v).isVerb()) {
            return false;
        }
        List<Integer> doers = subject(t, v).stream().filter(d -> d != h).toList();
        Set<String> own = new java.util.HashSet<>();
        actors(t, doers, mentions, quote).forEach(a -> own.add(a.actor().country()));
        return actors(t, List.of(speaker), mentions, quote).stream().anyMatch(a -> own.contains(a.actor().country()));
    }

    private static final Set<String> CURRENCIES = Set.of("dollar", "pound", "euro", "yen", "yuan", "rupee", "peso", "franc",
            "krona", "krone", "rand", "ringgit", "won", "shekel", "dinar", "riyal", "lira", "ruble", "rouble", "real", "naira");

    /** The antecedent of "whose" owning the noun ("Eritrea, whose troops fought"), or -1. */
    private static int relativeOwner(DependencyTree t, int h) {
        if (t.children(h, "nmod:poss").stream().noneMatch(p -> t.token(p).text().equalsIgnoreCase("whose"))) {
            return -1;
        }
        for (int at = h, steps = 0; at >= 0 && steps < 4; at = t.governor(at), steps++) {
            if (t.relation(at).equals("acl:relcl")) {
                return t.governor(at);
            }
        }
        return -1;
    }

    boolean isParty(Token head) {
        String w = head.text().toLowerCase(Locale.ROOT);
        return !head.isProperNoun() && (lexicons.isPartyNoun(w) || lexicons.actorNounSector(w) != null);
    }


    /** The subjects of the sentence's main clause. */
    static List<Integer> mainSubjects(DependencyTree t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.governor(i) < 0 && t.relation(i).equals("root")) {
                return t.children(i, "nsubj");
            }
        }
        return List.of();
    }
}
