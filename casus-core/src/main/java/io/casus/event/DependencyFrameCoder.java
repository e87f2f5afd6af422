package io.casus.event;

import static io.casus.event.EventDates.date;
import static io.casus.event.EventDates.datedByContext;
import static io.casus.event.EventDates.toDay;
import static io.casus.event.Syntax.condition;
import static io.casus.event.Syntax.conditionSubjects;
import static io.casus.event.Syntax.hasAux;
import static io.casus.event.Syntax.hasCase;
import static io.casus.event.Syntax.objectControl;
import static io.casus.event.Syntax.objects;
import static io.casus.event.Syntax.passive;
import static io.casus.event.Syntax.prep;
import static io.casus.event.Syntax.stance;

import io.casus.event.EventDates.DateChoice;
import io.casus.lexicon.Lexicons;
import io.casus.model.Actor;
import io.casus.model.CodedArticle;
import io.casus.model.DependencyTree;
import io.casus.model.Event;
import io.casus.model.Event.Attribution;
import io.casus.model.Event.EventActor;
import io.casus.model.Event.Location;
import io.casus.model.Event.Modality;
import io.casus.model.Event.Trigger;
import io.casus.model.Mention;
import io.casus.model.Quote;
import io.casus.model.Sentence;
import io.casus.model.TimeExpression;
import io.casus.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Codes events by matching verb frames against the dependency parse.
 *
 * <p>For each verb (or event noun) the lexicon's frames for its lemma are tried in order; the first whose particle,
 * object or oblique noun and target role are present fires (a {@code ---} frame marks a sense that is no event).
 * Source and target come from the roles the frame names, following passives, control (subject or object),
 * coordination, participial and purpose clauses, relative clauses and the texts a party issues ({@link Parties}); an
 * unnamed target is the owner of what is acted on, the subject of a demanded clause, the party of a complement or the
 * place ({@link Places}), or the party an earlier act was aimed at ({@link Answers}); force by no one named is by
 * unidentified attackers of the place. Modality comes from negation,
 * modals, conditions, futures, verbs of intending, demanding or alleging and, for event nouns, the verbs and adjectives
 * governing them ({@link Modalities}). What is said of an act not done is coded as its own asserted act: a pledge or
 * threat, an ultimatum, a conditional offer, a refusal, a demand, an appeal, an accusation or a claim of
 * responsibility. Dates come from the trigger's clause, the nearest time expression in the parse, an earlier dated
 * report of the same event, else publication. The README's "How events are coded" lists every rule with the data
 * file that drives it.
 */
public final class DependencyFrameCoder implements EventCoder {
    /** Auxiliaries by which a party commits itself to a conditional act ("would meet him if", "will withdraw unless"). */
    private static final Set<String> COMMITTING = Set.of("will", "would", "shall", "'ll", "wo", "may");
    /** Modals by which a speaker says another party is obliged to act ("Sudan must return the helicopter"). */
    private static final Set<String> OBLIGING = Set.of("must", "should", "ought");
    private static final Frame DEMAND = new Frame("say", null, null, false, List.of("subj"), List.of(), "100",
            "rule: saying another party must act is demanding it");
    private static final Frame ACCUSE = new Frame("claim", null, null, false, List.of("subj"), List.of(), "112",
            "rule: alleging another party's act of force is accusing it");
    private static final Frame CHARACTERISE = new Frame("call", null, null, false, List.of("subj"), List.of(), "111",
            "rule: calling another's act a wrong is denouncing it");
    private static final Frame CHARACTERISE_CRIME = new Frame("call", null, null, false, List.of("subj"), List.of(), "112",
            "rule: calling another's act a crime or a violation is accusing");
    private static final Frame CHARACTERISE_FALSE = new Frame("call", null, null, false, List.of("subj"), List.of(), "120",
            "rule: calling another's claim or act groundless is rejecting it");
    private static final Frame PROTEST = new Frame("gather", null, null, false, List.of("subj"), List.of(), "141",
            "rule: protesters gathering are protesting");
    /** Nouns of protest in the street, whose doers, unnamed, are people of the place. */
    private static final Set<String> STREET_PROTESTS = Set.of("protest", "demonstration", "riot", "sit-in");
    /** Verbs of coming together, which protesters do to protest. */
    private static final Set<String> GATHERING = Set.of("gather", "assemble", "converge", "congregate", "mass");
    private static final Frame APPEAL = new Frame("want", null, null, false, List.of("subj"), List.of("obj"), "020",
            "rule: wanting another party to act is appealing to it");
    /** Verbs of wishing: "Washington wants Tehran to halt enrichment" is an appeal to Tehran. */
    private static final Set<String> PROTESTERS = Set.of("protester", "protesters", "protestor", "protestors", "demonstrator",
            "demonstrators", "rioter", "rioters", "marchers");
    static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
    private static final Set<String> REFUSING = Set.of("refuse", "decline");
    private static final Set<String> BODIES = Set.of("government", "administration", "regime", "authorities", "authority",
            "cabinet", "ministry", "state", "junta", "leadership");
    private static final Set<String> GENERIC_FORCE = Set.of("180", "190", "192");
    /** Nouns that sum up the clause before them: "..., a move China condemned", "..., a step Seoul called provocative". */
    private static final Set<String> SUMMARY_NOUNS = Set.of("move", "step", "decision", "action", "act", "measure", "charge",
            "claim", "allegation", "accusation", "demand", "request", "proposal", "offer", "plan", "deal", "verdict", "ruling");
    /** Links by which a noun after a clause sums it up: "..., a move China condemned", "..., a charge Moscow denied". */
    private static final Set<String> SUMMING_UP = Set.of("obl:npmod", "appos", "dep", "parataxis", "obl:tmod", "conj");
    /** Verbs of answering another's act, whose means, when told, is the act itself. */
    private static final Set<String> RETALIATING = Set.of("retaliate", "respond", "react", "reply", "answer", "hit", "strike");
    private static final Set<String> COERCION_ROOTS = Set.of("17", "18", "19", "20");
    /** Roles of a party's followers, whose violence is real: "ruling party activists attacked opposition supporters". */
    private static final Set<String> FOLLOWERS = Set.of("supporter", "supporters", "activist", "activists", "member", "members",
            "cadre", "cadres", "worker", "workers", "youth", "youths", "loyalist", "loyalists", "follower", "followers", "militant",
            "militants", "partisan", "partisans", "thug", "thugs");
    private static final Set<String> CLAIMING = Set.of("claim", "admit", "acknowledge", "confess");
    private static final Set<String> WISHING = Set.of("want", "wish", "like", "prefer");
    /** Nouns of the motive of an act ("in protest", "in retaliation"): the act's doer has the motive. */
    private static final Set<String> MOTIVES = Set.of("protest", "retaliation", "response", "solidarity", "defiance", "revenge");
    /** Acts only a state does, by the code's first three digits, with the sector that does them: arrests by the police. */
    private static final java.util.Map<String, String> STATE_ACTS = java.util.Map.of("173", "COP", "116", "JUD", "174", "GOV",
            "172", "GOV");
    private static final Set<String> PLACE_NOUNS = Set.of("camp", "town", "city", "village", "district", "province", "region",
            "neighbourhood", "neighborhood", "port", "airport", "base", "prison", "market", "mosque", "church", "hospital");
    /** Words and lemmas of an unnamed crowd ("tens of thousands", "dozens", "people" is lemmatised "person"). */
    private static final Set<String> CROWDS = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd", "crowds",
            "people", "person", "ten", "tens");
    /** Unnamed people acted on ("shot dead two men"), who are of the place, as crowds are. */
    private static final Set<String> PEOPLE = Set.of("man", "woman", "child", "resident", "villager");
    private static final Set<String> ARMED_WORDS = Set.of("armed", "masked", "unidentified", "unknown");
    private static final Set<String> TRAVELS = Set.of("visit", "trip", "tour");
    private static final Set<String> FORECASTING = Set.of("expect", "predict", "forecast", "likely", "unlikely");
    /** Sectors of armed groups that claim their attacks. */
    private static final Set<String> ARMED_SECTORS = Set.of("REB", "INS", "SEP", "RAD");
    /** Nouns of military exercises, which several parties hold together. */
    private static final Set<String> EXERCISES = Set.of("drill", "exercise", "manoeuvre", "maneuver", "war game", "wargame");

    /** Roots of acts two parties do together: intent to cooperate, consult, diplomatic and material cooperation. */
    private static final Set<String> REPLYING = Set.of("reject", "accept", "refuse", "welcome", "ignore", "heed", "answer",
            "dismiss", "spurn", "rebuff", "decline", "consider", "study", "receive", "meet", "satisfy", "fulfil", "fulfill");
    private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "03", "10", "13");
    /** Verbs by which a state commands its own bodies. */
    private static final Set<String> COMMANDING = Set.of("order", "instruct", "direct", "command");
    /** Sectors of people with no arms and no office: force on them is unconventional violence (18), not war (19). */
    private static final Set<String> CIVILIANS = Set.of("CVL", "REF", "MED", "EDU", "REL", "HLH", "LAB", "AGR");
    private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");
    /** Of those, acts of one side towards another: "the US and France welcomed the deal" welcome no one of them. */
    private static final Set<String> ONE_SIDED = Set.of("051", "052", "053", "055", "056");
    /** What lies between two countries: opened or closed by both, it is opened or closed to each other. */
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary", "crossing");
    /**
     * Prepositions naming who owns, receives or suffers a thing acted on: "calls by Belarus", "an offer from Kabul", "the
     * rights of Kurds", "a camp for Congolese refugees", "an investigation against Iran", "optimism about relations with
     * Pyongyang".
     */
    private static final List<String> OWNER_PREPOSITIONS = List.of("by", "from", "of", "for", "against", "among", "between", "about", "over");
    /** Prepositions naming the party an intended act is done to: "to deliver blows to the United States". */
    private static final List<String> COMPLEMENT_PREPOSITIONS = List.of("to", "against", "on", "with", "for");

    private final FrameLexicon frames;
    private final Codebook codebook;
    private final Lexicons lexicons;
    private final CodingRules rules;
    private final Places places;
    private final Modalities modalities;
    private final Parties parties;

    public DependencyFrameCoder(FrameLexicon frames, Codebook codebook, Lexicons lexicons) {
        this.frames = frames;
        this.codebook = codebook;
        this.lexicons = lexicons;
        this.rules = new CodingRules(codebook);
        this.places = new Places(lexicons, frames);
        this.modalities = new Modalities(rules);
        this.parties = new Parties(frames, rules, lexicons);
    }

    /**
     * What saying this act is, when it is not asserted: a stated intention is a pledge, offer or threat
     * (intentions.tsv); an act promised on condition that another party does not act ("will withdraw unless") is an
     * ultimatum; one promised if something happens ("would meet him if") is an offer or threat like an intention;
     * one that the party says it will not do is a refusal (refusals.tsv). Null when the modality says nothing.
     */
    private String statedCode(String code, Modality modality, DependencyTree t, int v) {
        if (hasAux(t, v, Set.of("have", "'ve"))) {
            return null; // "would not have rescued", "would have attacked": a counterfactual past, nothing promised
        }
        int g = t.governor(v);
        if (t.relation(v).equals("xcomp") && g >= 0 && Set.of("try", "attempt").contains(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
            return null; // "tried to force their way into the embassy": an attempt, not a word given
        }
        if (t.relation(v).equals("xcomp") && g >= 0 && SCHEDULED.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
            return null; // "is due to sign an agreement on Monday": a schedule told, not a word given
        }
        String condition = condition(t, v);
        if (modality == Modality.INTENDED && code.startsWith("15") && t.relation(v).equals("xcomp") && g >= 0
                && OFFERING.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
            return "0334"; // "offered to send troops to the regional force": military help offered, no threat
        }
        return switch (modality) {
            case INTENDED -> "unless".equals(condition) ? "139" : rules.intention(code);
            case HYPOTHETICAL -> condition == null || !hasAux(t, v, COMMITTING) ? null
                    : condition.equals("unless") ? "139" : rules.intention(code);
            case NEGATED -> hasAux(t, v, COMMITTING) || refused(t, v) ? rules.refusal(code) : null;
            default -> null;
        };
    }

    /** Goods of relief a vehicle may carry. */
    private static final Set<String> RELIEF = Set.of("aid", "relief", "supply", "food", "water", "medicine", "tent", "blanket",
            "kit", "vaccine", "shelter", "tarpaulin", "rice", "flour", "assistance");

    /** Whether a vehicle is one of relief: it carries relief goods or is named for them ("an aid flight"). */
    private static boolean carriesAid(DependencyTree t, int h) {
        if (t.children(h).stream().anyMatch(c -> t.baseRelation(c).equals("compound") && Set.of("aid", "relief", "humanitarian")
                .contains(t.token(c).lemma().toLowerCase(Locale.ROOT)) || t.relation(c).equals("amod")
                && t.token(c).lemma().equalsIgnoreCase("humanitarian"))) {
            return true;
        }
        for (int c : t.children(h, "acl")) {
            if (Set.of("carry", "bring", "load", "transport", "ferry").contains(t.token(c).lemma().toLowerCase(Locale.ROOT))) {
                List<Integer> goods = new ArrayList<>(t.children(c, "obj"));
                goods.addAll(prep(t, c, "with"));
                for (int g : List.copyOf(goods)) {
                    goods.addAll(t.children(g, "conj")); // "water and emergency supplies"
                }
                if (goods.stream().anyMatch(g -> RELIEF.contains(t.token(g).lemma().toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of a schedule or an expectation, which tell of a coming act without its doer's word. */
    private static final Set<String> SCHEDULED = Set.of("due", "schedule", "scheduled", "slate", "slated", "expect", "expected", "set");

    /** Verbs of going on, starting or stopping, whose complement is the act: "keep supporting". */
    private static final Set<String> ASPECTUAL = Set.of("keep", "continue", "start", "begin", "resume");

    /** Verbs that offer what they govern: sending troops offered or pledged is help, not a threat. */
    private static final Set<String> OFFERING = Set.of("offer", "pledge", "promise", "volunteer", "agree");

    /** "declined to resign", "refused to meet": the act is refused, which is an act of its own. */
    private boolean refused(DependencyTree t, int v) {
        int g = t.governor(v);
        return g >= 0 && t.relation(v).equals("xcomp") && REFUSING.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))
                && modalities.of(t, g) == Modality.ASSERTED; // "demanded that they refuse to recognise" refuses nothing yet
    }

    /**
     * "Iraq said it would allow inspectors", "Tehran said Iran would respond": "would" reporting the speaker's own "will"
     * (its subject a pronoun for the one reporting, or a party named again whose country the one reporting speaks for),
     * with no condition attached, states an intention, not a possibility.
     */
    private boolean reportedWill(DependencyTree t, int v, List<EventActor> doers, List<Mention> mentions, Quote quote) {
        int clause = v;
        while (t.relation(clause).equals("xcomp") && t.governor(clause) >= 0) {
            clause = t.governor(clause);
        }
        List<Integer> subj = t.children(clause, "nsubj");
        if (!hasAux(t, clause, Set.of("would", "'d")) || condition(t, v) != null || subj.size() != 1) {
            return false;
        }
        if (parties.reportingSubject(t, subj.get(0)) >= 0) {
            return true;
        }
        if (doers.isEmpty() || !t.token(subj.get(0)).isProperNoun()) {
            return false; // (a party named: not "the only thing the American people would support")
        }
        List<EventActor> speakers = speakers(t, v, mentions, quote);
        return !speakers.isEmpty() && doers.stream().allMatch(d -> speakers.stream().anyMatch(
                sp -> sp.actor().country().equals(d.actor().country())));
    }

    /**
     * When an intention was stated: "Iran said on Monday it would strike next week" was said on Monday. The date of
     * the verb of saying or intending the act hangs from, when the text gives one there, else the publication date.
     */
    private DateChoice saidDate(DependencyTree t, int v, List<TimeExpression> times, LocalDate reference) {
        int at = v;
        for (int teller = aside(t, at); teller >= 0 || t.governor(at) >= 0 && Modalities.CLAUSE_LINKS.contains(t.baseRelation(at));
             teller = aside(t, at)) {
            // (an aside is a verb of saying, so the loop ends there: "Norway will send arms, the minister said on Friday")
            boolean side = teller >= 0;
            at = side ? teller : t.governor(at);
            String lemma = t.token(at).lemma().toLowerCase(Locale.ROOT);
            if (lexicons.isSpeechVerb(lemma) || Modalities.INTENDING.contains(lemma)) {
                for (TimeExpression x : times) {
                    int head = x.tokenEnd() - 1;
                    if (x.type().equals("DATE") && toDay(x.value()) != null && t.dominates(at, head) && (side || !t.dominates(v, head))) {
                        return toDay(x.value());
                    }
                }
                // "met on Thursday and pledged to resume talks": the nearest time outside what is pledged
                List<TimeExpression> outside = times.stream().filter(x -> !t.dominates(v, x.tokenEnd() - 1)).toList();
                return date(t, at, -1, outside, reference, null);
            }
        }
        return new DateChoice(reference.toString(), "day", "publication");
    }

    /** Parts of a country that forces are sent within it: "deployed soldiers to the province". */
    private static final Set<String> HOME_PARTS = Set.of("province", "region", "district", "city", "town", "area", "department",
            "county", "street", "capital", "village");

    /**
     * "The junta deployed special forces to the province", "flew 100 soldiers to the area": forces sent to a part of a
     * country no one names are sent at home (a deployment naming no place may face abroad).
     */
    private boolean deployedAtHome(DependencyTree t, int v, String code) {
        if (!code.startsWith("15") || modalities.of(t, v) != Modality.ASSERTED) {
            return false; // (a deployment vowed is no threat to one's own country)
        }
        for (String p : List.of("to", "in", "into")) {
            for (int h : prep(t, v, p)) {
                if (HOME_PARTS.contains(t.token(h).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the heads, or what they are a number of, are protesters: "thousands of protesters", "demonstrators". */
    private static boolean protesters(DependencyTree t, List<Integer> heads) {
        for (int h : heads) {
            List<Integer> words = new ArrayList<>(List.of(h));
            words.addAll(prep(t, h, "of"));
            if (words.stream().anyMatch(w -> PROTESTERS.contains(t.token(w).text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a warning is of no act a party does: "warned that the hospitals could run out of fuel". */
    private boolean forebodes(DependencyTree t, int v, List<Mention> mentions, Quote quote) {
        if (!t.token(v).lemma().equalsIgnoreCase("warn")) {
            return false;
        }
        for (int c : t.children(v, "ccomp")) {
            List<Integer> subj = new ArrayList<>(t.children(c, "nsubj"));
            subj.addAll(t.children(c, "nsubj:pass"));
            // (but "warned that the bloc could impose sanctions" threatens an act, whoever "the bloc" is)
            if (!subj.isEmpty() && subj.stream().noneMatch(h -> t.token(h).pos().startsWith("PRP"))
                    && parties.actors(t, subj, mentions, quote).isEmpty() && frames.verbFrames(t.token(c).lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying set off after a clause as an aside ("..., the minister said"), or -1. */
    private int aside(DependencyTree t, int clause) {
        for (int c : t.children(clause, "parataxis")) {
            if (c > clause && lexicons.isSpeechVerb(t.token(c).lemma().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the source is the party or one of its bodies, not a thing of its ("Trump's budget cuts would not yield"):
     * only a party can state what it will or will not do.
     */
    private boolean agentive(DependencyTree t, List<Integer> heads, List<EventActor> actors) {
        for (int h : heads) {
            Token head = t.token(h);
            if (head.isProperNoun() || lexicons.actorNounSector(head.text().toLowerCase(Locale.ROOT)) != null
                    || lexicons.actorNounSector(head.lemma().toLowerCase(Locale.ROOT)) != null) {
                continue; // "Iran's foreign ministry", "the Ivory Coast's Supreme Court": the party's own body
            }
            for (int p : t.children(h, "nmod:poss")) {
                Token owner = t.token(p);
                if (!t.token(h).pos().equals("PRP") && actors.stream().anyMatch(a -> a != null && owner.begin() >= a.begin() && owner.end() <= a.end())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether another party says the act will come: "US officials said Israel would respond" is their forecast, not
     * Israel's threat. Only the doer, or a body of its country, can state its own intention.
     */
    private boolean foretoldByOther(DependencyTree t, int v, List<EventActor> doers, List<Mention> mentions, Quote quote) {
        int at = t.token(v).isNoun() && t.governingVerb(v) >= 0 ? t.governingVerb(v) : v; // ("expected to travel for talks")
        while (at >= 0 && Set.of("xcomp", "conj", "advcl").contains(t.relation(at))) {
            String gl = t.token(t.governor(at)).lemma().toLowerCase(Locale.ROOT);
            if (t.relation(at).equals("xcomp") && FORECASTING.contains(gl)) {
                return true; // "the Treasury is expected to impose sanctions": a forecast, whoever makes it
            }
            if (t.relation(at).equals("xcomp") && Modalities.INTENDING.contains(gl)) {
                // "officials said the rebels have sworn to fight": the rebels' own vow, reported; but "Kazakhstan offered
                // to host talks between Kyrgyzstan and Tajikistan" is no word of theirs
                List<EventActor> intender = parties.actors(t, parties.subject(t, t.governor(at)), mentions, quote);
                return !intender.isEmpty() && intender.stream().noneMatch(i -> doers.stream().anyMatch(
                        d -> d != null && d.actor().country().equals(i.actor().country())));
            }
            at = t.governor(at);
        }
        // (a speaker whose country is only the article's guess is no other party: "Australia will send police,
        // Foreign Minister Catherine Ellery announced")
        List<EventActor> speakers = speakers(t, v, mentions, quote).stream()
                .filter(sp -> sp.actor().basis() != Actor.Basis.CONTEXT).toList();
        return !speakers.isEmpty() && speakers.stream().noneMatch(sp -> doers.stream().anyMatch(
                d -> d != null && d.actor().country().equals(sp.actor().country())));
    }

    /** Who reports the clause of an act ("the Iranian navy said"), or none. */
    private List<EventActor> speakers(DependencyTree t, int v, List<Mention> mentions, Quote quote) {
        int at = t.token(v).isNoun() && t.governingVerb(v) >= 0 ? t.governingVerb(v) : v;
        while (at >= 0 && Set.of("xcomp", "conj", "advcl").contains(t.relation(at))) {
            at = t.governor(at);
        }
        int g = at >= 0 && t.relation(at).equals("ccomp") ? t.governor(at) : -1;
        for (int c : g < 0 && at >= 0 ? t.children(at, "parataxis") : List.<Integer>of()) {
            g = c > at && lexicons.isSpeechVerb(t.token(c).lemma().toLowerCase(Locale.ROOT)) ? c : g; // "..., the navy said"
        }
        if (g < 0 || !lexicons.isSpeechVerb(t.token(g).lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        return parties.actors(t, parties.subject(t, g), mentions, quote);
    }

    public static DependencyFrameCoder standard() {
        return new DependencyFrameCoder(FrameLexicon.standard(), Codebook.standard(), Lexicons.standard());
    }

    @Override
    public List<Event> code(CodedArticle article, LocalDate reference) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : article.annotated().sentences()) {
            DependencyTree t = DependencyTree.of(s);
            if (!t.parsed()) {
                continue;
            }
            List<Mention> mentions = Pairs.withPairs(article, t, article.mentions().stream().filter(m -> m.sentence() == s.index()).toList());
            List<TimeExpression> times = article.times().stream().filter(x -> x.sentence() == s.index()).toList();
            Set<String> seen = new HashSet<>();
            java.util.Map<Integer, List<Event>> byTrigger = new java.util.LinkedHashMap<>();
            for (Token tok : s.tokens()) {
                // a noun heading a clause of its own ("they would blockade/NN Paris") is a mistagged verb
                boolean verb = tok.isVerb() || tok.isNoun() && !t.children(tok.index(), "aux").isEmpty()
                        && !t.children(tok.index(), "nsubj").isEmpty()
                        || tok.pos().startsWith("JJ") && !t.children(tok.index(), "cop").isEmpty()
                        && !t.children(tok.index(), "nsubj").isEmpty(); // "said it was deeply concerned about the fighting"
                List<Frame> candidates = verb ? frames.verbFrames(tok.lemma().toLowerCase(Locale.ROOT))
                        : tok.isNoun() ? frames.nounFrames(tok.lemma().toLowerCase(Locale.ROOT)) : List.of();
                int n = out.size();
                for (Frame f : candidates) {
                    if (fire(article, t, tok.index(), f, mentions, times, reference, seen, out)) {
                        break;
                    }
                }
                if (out.size() > n) {
                    byTrigger.put(tok.index(), new ArrayList<>(out.subList(n, out.size())));
                }
            }
            for (Token tok : s.tokens()) {
                int v = tok.index();
                if (tok.isVerb() && WISHING.contains(tok.lemma()) && !byTrigger.containsKey(v) && !t.children(v, "xcomp").isEmpty()
                        && objectControl(t, v)) {
                    List<EventActor> wisher = parties.actors(t, parties.subject(t, v), mentions, null);
                    List<EventActor> wanted = parties.actors(t, t.children(v, "obj"), mentions, null);
                    if (!wisher.isEmpty() && !wanted.isEmpty() && !sameParty(wisher, wanted)) {
                        fire(article, t, v, APPEAL, mentions, times, reference, seen, out);
                    }
                }
                if (tok.isVerb() && GATHERING.contains(tok.lemma().toLowerCase(Locale.ROOT)) && !byTrigger.containsKey(v)
                        && protesters(t, parties.subject(t, v))) {
                    fire(article, t, v, PROTEST, mentions, times, reference, seen, out); // "thousands of protesters gathered"
                }
                int word = byTrigger.containsKey(v) ? -1 : namingWord(t, v);
                if (word >= 0) {
                    // "called the attack a war crime", "in what rights groups called collective punishment"
                    int before = out.size();
                    String kind = rules.characterisation(t.token(word).lemma().toLowerCase(Locale.ROOT));
                    Frame named = switch (kind) {
                        case "112" -> CHARACTERISE_CRIME;
                        case "120" -> CHARACTERISE_FALSE;
                        default -> CHARACTERISE;
                    };
                    fire(article, t, v, named, mentions, times, reference, seen, out);
                    // (what a speaker says an act was names the act: "said the investigation was biased" is of the
                    // investigators, or of no one told)
                    Set<String> roots = new java.util.HashSet<>();
                    for (int n : lexicons.isSpeechVerb(tok.lemma()) ? t.children(word, "nsubj") : List.<Integer>of()) {
                        frames.nounFrames(t.token(n).lemma().toLowerCase(Locale.ROOT)).forEach(f -> roots.add(codebook.get(f.code()).root()));
                    }
                    for (int i = before; i < out.size(); i++) {
                        Event e = out.get(i);
                        Event act = denounced(e, roots, out, before);
                        if (act != null) {
                            out.set(i, e.withTarget(act.source())); // "called the attack a war crime": the attacker
                        }
                    }
                }
                boolean speech = tok.isVerb() && lexicons.isSpeechVerb(tok.lemma());
                for (int c : speech ? t.children(v, "ccomp") : List.<Integer>of()) {
                    List<EventActor> speaker = parties.actors(t, parties.subject(t, v), mentions, null);
                    List<Integer> obliged = t.children(c, "nsubj");
                    if (hasAux(t, c, OBLIGING) && !t.children(v, "obj").isEmpty()
                            && obliged.stream().allMatch(n -> t.token(n).pos().equals("PRP"))) {
                        obliged = t.children(v, "obj"); // "the EU told Serbia it must align": Serbia must
                    }
                    List<EventActor> addressee = parties.actors(t, obliged, mentions, null);
                    // (an armed group telling of its own attack claims it: "al-Shabaab said it had carried out the attack")
                    boolean armed = speaker.stream().anyMatch(sp -> sp.actor().country().equals("IMG")
                            || sp.actor().sector().stream().anyMatch(ARMED_SECTORS::contains));
                    if ((CLAIMING.contains(tok.lemma()) || armed) && !byTrigger.containsKey(v)) {
                        claimed(t, v, c, speaker, !CLAIMING.contains(tok.lemma()), byTrigger, times, reference, seen, out);
                    }
                    if (!byTrigger.containsKey(v)) {
                        victimAccuses(t, v, c, speaker, byTrigger, times, reference, seen, out);
                    }
                    if (speaker.isEmpty() || addressee.isEmpty() || sameParty(speaker, addressee)) {
                        continue;
                    }
                    boolean ownState = addressee.stream().allMatch(a -> a.actor().sector().isEmpty()
                            && speaker.stream().anyMatch(sp -> sp.actor().country().equals(a.actor().country())));
                    if (hasAux(t, c, OBLIGING) && !ownState) {
                        // (a senator saying "the United States must act" exhorts his own country, demands nothing)
                        int before = out.size();
                        fire(article, t, v, DEMAND, mentions, times, reference, seen, out);
                        for (int i = out.size() - 1; i >= before; i--) {
                            // at the party that must act, not the one told: "told the UN committee that Britain must return"
                            Event d = out.get(i);
                            out.set(i, d.withTarget(addressee.get(0)));
                            for (int k = 1; k < addressee.size(); k++) {
                                out.add(i + k, d.withTarget(addressee.get(k)).withId(d.id() + "d" + k));
                            }
                        }
                    }
                    boolean force = byTrigger.entrySet().stream().anyMatch(e -> t.dominates(c, e.getKey())
                            && e.getValue().stream().anyMatch(x -> x.quadClass() == 4 && x.source() != null
                                && speaker.stream().noneMatch(sp -> sp.actor().country().equals(x.source().actor().country()))));
                    if (Modalities.ALLEGING.contains(tok.lemma()) && force && !byTrigger.containsKey(v)) {
                        fire(article, t, v, ACCUSE, mentions, times, reference, seen, out);
                    }
                }
            }
            // "launched an air strike", "lifted the sanctions on Iran": the light verb's noun is part of its event, not
            // an event of its own, unless another party did it ("rejected an Australian ultimatum")
            for (var e : byTrigger.entrySet()) {
                Token noun = t.token(e.getKey());
                for (Event n : noun.isNoun() ? e.getValue() : List.<Event>of()) {
                    boolean within = byTrigger.entrySet().stream().anyMatch(o -> !o.getKey().equals(e.getKey())
                            && o.getValue().stream().anyMatch(x -> x.trigger().begin() <= noun.begin() && noun.end() <= x.trigger().end()
                                && (n.source() == null || x.source() != null && x.source().actor().code().equals(n.source().actor().code()))));
                    if (within) {
                        out.remove(n);
                    }
                }
            }
            // "US Predator attacks have killed eight leaders": the event noun doing a coded act is that act
            for (var e : byTrigger.entrySet()) {
                int n = e.getKey();
                if (t.token(n).isNoun() && t.relation(n).equals("nsubj") && byTrigger.containsKey(t.governor(n))) {
                    out.removeAll(e.getValue());
                }
            }
            Answers.addressDenials(t, byTrigger, out);
            reactionTargets(t, byTrigger, mentions, out);
            // "retaliated by expelling 23 diplomats", "responded by closing the border": the answer is the act it was made by
            for (var e : byTrigger.entrySet()) {
                int v = e.getKey();
                if (RETALIATING.contains(t.token(v).lemma().toLowerCase(Locale.ROOT)) && t.children(v, "advcl").stream()
                        .anyMatch(c -> hasCase(t, c, "by") && byTrigger.containsKey(c))) {
                    out.removeAll(e.getValue());
                }
            }
            // "vowed to provide aid", "agreed to set up a centre": the intended act gives the pledge or threat, so the
            // verb of intending governing it adds nothing of its own
            for (var e : byTrigger.entrySet()) {
                int v = e.getKey();
                List<Integer> intendedActs = new ArrayList<>(t.children(v, "xcomp"));
                t.children(v, "advcl").stream().filter(c -> hasCase(t, c, "to")).forEach(intendedActs::add); // (parsed as a purpose)
                for (int c : List.copyOf(intendedActs)) {
                    if (ASPECTUAL.contains(t.token(c).lemma().toLowerCase(Locale.ROOT))) {
                        intendedActs.addAll(t.children(c, "xcomp")); // "vowed to keep supporting Azerbaijan"
                    }
                }
                if ((Modalities.INTENDING.contains(t.token(v).lemma()) || REFUSING.contains(t.token(v).lemma())) && intendedActs.stream()
                        .anyMatch(c -> byTrigger.getOrDefault(c, List.of()).stream().anyMatch(x -> x.id().endsWith("i")))) {
                    out.removeAll(e.getValue());
                }
            }
        }
        Answers.reportedVictims(out); // (first: the victims found are what responses answer)
        Answers.answerTargets(out);
        Answers.reMentions(out);
        Answers.claimTargets(out);
        Answers.aidTargets(out);
        Answers.replyTargets(out);
        Answers.protestTargets(out);
        Answers.sharedTargets(out); // (after the replies found their parties: "rejected the accusation but said it was ready to talk")
        Answers.offerTargets(out);
        Answers.releaseTargets(out);
        Answers.closureTargets(out);
        Answers.mediationTargets(out);
        Answers.appealTargets(out);
        Answers.threatTargets(out);
        Answers.sharedConflictTargets(out);
        Answers.pairVictims(out);
        return datedByContext(out);
    }

    /**
     * "Germany expelled two Russian diplomats ... Moscow condemned the decision", "the UN called for an investigation
     * into the strikes": a reaction or an appeal that names no one, whose object is (or is about) a definite noun for an
     * act, is addressed to the doer of the act told last, in its sentence or the two
     * before, by another party (reactions.tsv).
     */
    private void reactionTargets(DependencyTree t, java.util.Map<Integer, List<Event>> byTrigger, List<Mention> mentions, List<Event> out) {
        for (var e : byTrigger.entrySet()) {
            List<Integer> objects = new ArrayList<>(t.children(e.getKey(), "obj"));
            objects.addAll(prep(t, e.getKey(), "for")); // "called for an end to the fighting"
            objects.addAll(prep(t, e.getKey(), "with")); // "would not cooperate with the inquiry"
            int summed = summingUp(t, e.getKey());
            if (objects.isEmpty() && summed >= 0) {
                objects.add(summed); // "..., a move the world body condemned": the act the sentence told
            }
            List<Integer> acts = new ArrayList<>();
            for (int o : objects) {
                acts.add(o);
                for (String p : List.of("into", "to", "of", "over", "on")) {
                    acts.addAll(prep(t, o, p)); // "an investigation into the strikes", "a halt to the fighting"
                }
            }
            if (objects.size() != 1 || acts.stream().noneMatch(o -> o == summed || actObject(t, o, mentions))) {
                continue;
            }
            // the act the noun names, when one was told: "criticised the arrest" answers the arrest, not a later act
            Set<String> named = new java.util.HashSet<>();
            acts.forEach(o -> frames.nounFrames(t.token(o).lemma().toLowerCase(Locale.ROOT))
                    .forEach(f -> named.add(codebook.get(f.code()).root())));
            for (Event r : e.getValue()) {
                int at = out.indexOf(r);
                if (at < 0 || r.target() != null || r.source() == null || !r.asserted() || !rules.reaction(r.cameoCode())) {
                    continue;
                }
                java.util.function.Predicate<Event> told = x -> x.asserted() && x.source() != null
                        && (!TOLD_ROOTS.contains(x.cameoRoot()) || RULINGS.contains(x.cameoCode())) // "condemned the verdict"
                        // (an investigation answers an act and is one: "would not cooperate with the inquiry")
                        && (!rules.reaction(x.cameoCode()) || x.cameoRoot().equals("09")) && !sameSide(r.source(), x.source());
                Event act = Answers.earlier(out, at, 2, x -> told.test(x) && named.contains(x.cameoRoot()));
                act = act == null ? Answers.earlier(out, at, 2, told) : act;
                if (act != null && mutual(out, act)) {
                    Answers.toBothSides(out, at, act, "r"); // "welcomed the deal" the two signed: both signers'
                } else if (act != null) {
                    out.set(at, r.withTarget(act.source()));
                }
            }
        }
    }

    /**
     * The act a denunciation made at the {@code before}-th event names: the last act of a root the named noun has, by
     * another party, when the noun names one, else the last act against others; null when the denouncer names its
     * target already.
     */
    private static Event denounced(Event e, Set<String> roots, List<Event> out, int before) {
        if (e.source() == null || e.target() != null && !e.target().actor().country().equals(e.source().actor().country())) {
            return null;
        }
        if (roots.isEmpty()) {
            return Answers.lastActAgainstOthers(e.source(), out.subList(0, before));
        }
        return Answers.earlier(out, before, 2, x -> x.asserted() && x.source() != null && roots.contains(x.cameoRoot())
                && !x.source().actor().country().equals(e.source().actor().country()));
    }

    /** Whether the act's target did the same to its doer in the same sentence: one act of both ("X and Y signed a deal"). */
    private static boolean mutual(List<Event> out, Event act) {
        return act.target() != null && out.stream().anyMatch(x -> x != act && x.sentence() == act.sentence()
                && x.cameoCode().equals(act.cameoCode()) && x.source() != null && x.target() != null
                && x.source().actor().code().equals(act.target().actor().code()) && x.target().actor().code().equals(act.source().actor().code()));
    }

    /** Roots of words about acts rather than acts, which a reaction to "the move" is not a reaction to. */
    private static final Set<String> TOLD_ROOTS = Set.of("01", "02", "03", "10", "11", "12", "13");
    /** Lawsuits and verdicts: acts of a court, though coded among words of disapproval. */
    private static final Set<String> RULINGS = Set.of("115", "116");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    /** A definite noun for an act that names no party: "the move", "the launch", "these strikes". */
    /**
     * The noun a relative clause hangs from when that noun sums up the clause before it ("barred women from work, a
     * move the UN condemned"): an act noun set off by a comma, with nothing of its own; else -1.
     */
    private int summingUp(DependencyTree t, int v) {
        int noun = t.governor(v);
        if (!t.relation(v).equals("acl:relcl") || noun <= 0 || !t.token(noun).isNoun() || !rules.actNoun(t.token(noun).lemma().toLowerCase(Locale.ROOT))
                || !t.token(t.subtreeBegin(noun) - 1).text().equals(",") || !t.children(noun, "nmod:poss").isEmpty()) {
            return -1;
        }
        return noun;
    }

    private boolean actObject(DependencyTree t, int o, List<Mention> mentions) {
        String lemma = t.token(o).lemma().toLowerCase(Locale.ROOT);
        return t.children(o, "det").stream().anyMatch(d -> Set.of("the", "this", "that", "these", "those").contains(t.token(d).text().toLowerCase(Locale.ROOT)))
                && t.children(o, "nmod:poss").isEmpty() && (rules.actNoun(lemma) || !frames.nounFrames(lemma).isEmpty())
                && mentions.stream().noneMatch(m -> m.actor() != null && t.dominates(o, m.head())
                    // (a relative clause on it tells of others: "the arrest, which Ennahda called an escalation")
                    && t.children(o, "acl:relcl").stream().noneMatch(r -> t.dominates(r, m.head())));
    }

    /** The same party, or its state reacting to its state's own act (a union or the opposition may react to it). */
    private static boolean sameSide(EventActor reactor, EventActor doer) {
        return reactor.actor().code().equals(doer.actor().code()) || reactor.actor().country().equals(doer.actor().country())
                && reactor.actor().sector().stream().allMatch(STATE_SECTORS::contains);
    }

    /**
     * "The US claimed that they had attacked Iraq", "the group admitted it planted the bomb": claiming one's own act
     * is claiming responsibility (CAMEO 015) towards the one acted on, dated when it was said.
     */
    private void claimed(DependencyTree t, int v, int clause, List<EventActor> speaker, boolean forceOnly,
                         java.util.Map<Integer, List<Event>> byTrigger, List<TimeExpression> times, LocalDate reference, Set<String> seen,
                         List<Event> out) {
        CameoCode claim = codebook.get("015");
        DateChoice said = saidDate(t, v, times, reference);
        Token verb = t.token(v);
        for (var e : byTrigger.entrySet()) {
            if (!t.dominates(clause, e.getKey())) {
                continue;
            }
            for (Event x : e.getValue()) {
                if (x.modality() == Modality.NEGATED || x.modality() == Modality.INTENDED || x.id().endsWith("i") || x.source() == null
                        || forceOnly && x.quadClass() != 4
                        || speaker.stream().noneMatch(sp -> sp.actor().country().equals(x.source().actor().country()))
                        || !seen.add(x.source().actor().code() + "|" + (x.target() == null ? "-" : x.target().actor().code()) + "|015")) {
                    continue;
                }
                out.add(sayingOf(x, "c", verb, x.source(), x.target(), claim, said, "rule: claiming one's own act"));
            }
        }
    }

    /**
     * "Israel said a mortar bomb was fired at it from Gaza": a party telling of another's force on itself accuses that
     * other (CAMEO 112), dated when it was said; the act told keeps its own event.
     */
    private void victimAccuses(DependencyTree t, int v, int clause, List<EventActor> speaker, java.util.Map<Integer, List<Event>> byTrigger,
                               List<TimeExpression> times, LocalDate reference, Set<String> seen, List<Event> out) {
        CameoCode accuse = codebook.get("112");
        Token verb = t.token(v);
        for (var e : byTrigger.entrySet()) {
            boolean toldByAnother = false; // ("..., and the U.S. military said its forces shot down drones": not the first speaker's)
            for (int at = t.governor(e.getKey()); at >= 0 && at != v; at = t.governor(at)) {
                toldByAnother |= t.token(at).isVerb() && lexicons.isSpeechVerb(t.token(at).lemma());
            }
            for (Event x : t.dominates(clause, e.getKey()) && !toldByAnother ? e.getValue() : List.<Event>of()) {
                if (!FORCE_ROOTS.contains(x.cameoRoot()) || x.modality() != Modality.ASSERTED || x.source() == null || x.target() == null
                        || speaker.stream().anyMatch(sp -> sp.actor().country().equals(x.source().actor().country()))
                        || speaker.stream().noneMatch(sp -> sp.actor().country().equals(x.target().actor().country()))) {
                    continue;
                }
                EventActor victim = speaker.stream().filter(sp -> sp.actor().country().equals(x.target().actor().country()))
                        .findFirst().orElseThrow();
                if (!seen.add(victim.actor().code() + "|" + x.source().actor().code() + "|112")) {
                    continue;
                }
                DateChoice said = saidDate(t, v, times, reference);
                out.add(sayingOf(x, "a", verb, victim, x.source(), accuse, said, "rule: telling of another's force on oneself"));
            }
        }
    }

    /** The asserted act of saying something of a told act {@code x}: same sentence, the saying verb as trigger. */
    private static Event sayingOf(Event x, String suffix, Token verb, EventActor source, EventActor target, CameoCode code,
                                  DateChoice said, String rule) {
        return new Event(x.id() + suffix, x.sentence(), x.begin(), x.end(), x.evidence(), new Trigger(verb.text(), verb.begin(), verb.end()),
                source, target, code.code(), code.root(), code.goldstein(), code.quadClass(), code.plover(), said.day(), said.precision(),
                said.source(), x.location(), Modality.ASSERTED, x.attribution(), x.confidence(), rule + " (" + x.cameoCode() + ")");
    }

    /** Tries one frame on one trigger; adds its events and returns true when it fires. */
    private boolean fire(CodedArticle article, DependencyTree t, int v, Frame f, List<Mention> mentions,
                         List<TimeExpression> times, LocalDate reference, Set<String> seen, List<Event> out) {
        int kind = t.governor(v);
        if (f.nominal() && t.relation(v).equals("compound") && kind >= 0 && (parties.isParty(t.token(kind))
                || rules.instrument(Set.of(t.token(kind).lemma().toLowerCase(Locale.ROOT))) != null)) {
            return false; // "attack helicopters", "water-bombing aircraft": a kind of craft, not an act
        }
        if (f.nominal() && times.stream().anyMatch(x -> v >= x.tokenBegin() && v < x.tokenEnd())) {
            return false; // "signed in March 2001": a month, no march
        }
        if (f.nominal() && named(t, v)) {
            return true; // "what it called a violation of Iraqi sovereignty": a name for an act, coded as calling it so
        }
        if (f.particle() == null && !f.nominal() && !t.children(v, "compound:prt").isEmpty()) {
            return false; // a phrasal verb is another verb: "called off projects" is not "called", "gave up" not "gave"
        }
        int particle = -1;
        if (f.particle() != null) {
            for (int c : t.children(v)) {
                if ((t.relation(c).equals("compound:prt") || t.baseRelation(c).equals("advmod"))
                        && t.token(c).text().equalsIgnoreCase(f.particle())) {
                    particle = c;
                }
            }
            if (particle < 0) {
                return false;
            }
        }
        int object = -1;
        if (f.objectNoun() != null) {
            // "+NOUN" is the direct object; "+PREP:NOUN" an oblique ("engaged them in a firefight", "remained on alert")
            int colon = f.objectNoun().indexOf(':');
            String noun = f.objectNoun().substring(colon + 1);
            String prep = colon < 0 ? null : f.objectNoun().substring(0, colon);
            List<Integer> candidates = new ArrayList<>(prep == null ? objects(t, v)
                    : prep.equals("xcomp") ? t.children(v, "xcomp") : prep(t, v, prep)); // ("held them responsible")
            for (int c : List.copyOf(candidates)) {
                candidates.addAll(t.children(c, "conj")); // "provided photographs and other military intelligence"
            }
            for (int c : List.copyOf(candidates)) {
                // what an amount or a vehicle holds: "$5 million in emergency aid", "Lebanon with 10 tonnes of medical
                // supplies", "two planes carrying relief supplies"
                boolean amount = t.token(c).pos().equals("CD") || t.token(c).pos().equals("$") || !t.children(c, "nummod").isEmpty();
                for (String p : amount ? List.of("of", "in") : List.<String>of()) {
                    prep(t, c, p).stream().filter(x -> !candidates.contains(x)).forEach(candidates::add);
                }
                for (int a : t.children(c, "acl")) {
                    if (Set.of("carry", "load").contains(t.token(a).lemma().toLowerCase(Locale.ROOT))) {
                        candidates.addAll(t.children(a, "obj"));
                        candidates.addAll(prep(t, a, "with")); // "two planes loaded with medicine"
                    }
                }
            }
            for (int c : candidates) {
                if (object < 0 && isNoun(t.token(c), noun)) {
                    object = c; // the first: "sent aircraft and warships" sends the aircraft, and the warships with them
                }
            }
            for (int c : object < 0 ? candidates : List.<Integer>of()) {
                for (int m : t.children(c, "compound")) {
                    // "halted mediation efforts" is halting mediation
                    if (object < 0 && isNoun(t.token(m), noun)) {
                        object = c;
                    }
                }
            }
            if (object < 0) {
                return false;
            }
        }
        List<Integer> targets = List.of();
        String targetRole = null;
        boolean answering = f.targets().contains("answered");
        for (String role : answering ? List.<String>of() : f.targets()) {
            // (a time is no party: "fired at Pakistani troops on Saturday" is not fired on Saturday)
            targets = parties.role(t, v, object, role, f.nominal()).stream()
                    .filter(h -> times.stream().noneMatch(x -> h >= x.tokenBegin() && h < x.tokenEnd())).toList();
            if (!targets.isEmpty()) {
                targetRole = role;
                break;
            }
        }
        if (!f.targets().isEmpty() && targets.isEmpty() && !answering) {
            return false;
        }
        if (t.token(v).lemma().equalsIgnoreCase("regret") && (!t.children(v, "xcomp").isEmpty() || targets.stream().anyMatch(
                o -> t.children(o, "nmod:poss").stream().anyMatch(p -> t.token(p).pos().equals("PRP$"))))) {
            return true; // "regretted his decision", "regretted lobbing insults": one's own act, no reproach
        }
        if (t.token(v).lemma().equalsIgnoreCase("suggest") && t.children(v, "ccomp").stream().anyMatch(c -> stated(t, c))) {
            return true; // "suggesting he beat expectations": a claim, not a proposal
        }
        if (t.token(v).lemma().equalsIgnoreCase("ask") && "obj".equals(targetRole) && t.children(v, "xcomp").isEmpty()
                && t.children(v, "ccomp").isEmpty() && prep(t, v, "for").isEmpty()) {
            return false; // "the reporter asked him": a question, not a request
        }
        if (f.blocks()) {
            return true; // a sense of the trigger that is no event: used up, nothing coded
        }
        String frameRoot = codebook.get(f.code()).root();
        List<Integer> targeting = t.token(v).lemma().equalsIgnoreCase("target") ? parties.subject(t, v) : List.of();
        if (targeting.stream().anyMatch(h -> !frames.nounFrames(t.token(h).lemma().toLowerCase(Locale.ROOT)).isEmpty())
                && !forceNoun(t, targeting)) {
            return true; // "sanctions targeting Russia's energy sector": the sanctions' target, no attack
        }
        if (t.token(v).lemma().equalsIgnoreCase("call") && passive(t, v) && prep(t, v, "by").isEmpty() && !prep(t, v, "for").isEmpty()) {
            return true; // "Texas was called for Ted Cruz": an election result, no appeal
        }
        List<Integer> sources = List.of();
        for (String role : f.sources()) {
            sources = parties.role(t, v, object, role, f.nominal());
            if (!sources.isEmpty()) {
                break;
            }
        }
        Quote quote = quoteAt(article, t.token(v).begin());
        if (sources.isEmpty() || parties.actors(t, sources, mentions, quote).isEmpty() && !clauseDoers(t, v, f).isEmpty()) {
            sources = clauseDoers(t, v, f); // (also for roles naming no party: "claimed the rocket attack")
        }
        int doer = t.governor(v);
        List<EventActor> srcActors = parties.actors(t, sources, mentions, quote);
        List<EventActor> srcFound = srcActors;
        // ("a verdict condemned by Britain": an act's noun, whose doer is looked for, is not its own agent's)
        boolean summing = targets.size() == 1 && targets.get(0) == t.governor(v) && t.relation(v).equals("acl")
                && (SUMMARY_NOUNS.contains(t.token(targets.get(0)).lemma().toLowerCase(Locale.ROOT))
                    || !frames.nounFrames(t.token(targets.get(0)).lemma().toLowerCase(Locale.ROOT)).isEmpty());
        List<EventActor> tgtActors = parties.actors(t, targets, mentions, quote).stream().filter(a -> !summing || srcFound.stream()
                .noneMatch(x -> x.begin() == a.begin() && x.end() == a.end())).toList();
        if (answering) {
            // "respond", "a response": a retaliation only when an earlier act of force on the responder is told
            Event answered = srcActors.isEmpty() ? null : Answers.answeredAct(srcActors.get(0), out);
            if (answered == null) {
                return false;
            }
            tgtActors = answered.source() == null ? List.of() : List.of(answered.source());
        }
        Location here = places.location(t, v, mentions);
        Location near = here == null && f.nominal() && doer >= 0 && t.token(doer).isVerb()
                && (t.relation(v).equals("obj") || t.relation(v).equals("obl"))
                ? places.location(t, doer, mentions) : here; // "launched military drills around Taiwan", "arrived in Tokyo for a visit"
        Location location = near == null && force(f) && tgtActors.isEmpty() ? placeWithin(t, targets, mentions, false) : near;
        if (srcActors.isEmpty() && !sources.isEmpty() && sources.stream().allMatch(h -> thing(t, h))) {
            return true; // "the questions allowed him to", "the oil that funds the group": done by no party
        }
        Location origin = null;
        for (int d : f.nominal() ? List.<Integer>of() : prep(t, v, "from")) {
            origin = origin == null ? places.placeAt(d, mentions) : origin;
        }
        for (int h : location == null && origin == null ? sources : List.<Integer>of()) {
            origin = origin == null ? places.location(t, h, mentions) : origin; // "an explosion near Samarra killed"
        }
        Location whence = origin != null ? origin : location;
        // ("the Saudi-led coalition struck" names a party, if not its country: no stand-in for it)
        boolean unnamed = sources.stream().noneMatch(h -> t.token(h).isProperNoun() || parties.isParty(t.token(h))
                || t.token(h).pos().startsWith("PRP")); // (nor does "they", which stands for a party named before)
        // (nor is there an act to stand in for when the one acted on is no party nor anywhere: "wounded two others")
        if (srcActors.isEmpty() && unnamed && whence != null && (targets.isEmpty() || !tgtActors.isEmpty() || location != null) && FORCE_ROOTS.contains(frameRoot)
                && !t.relation(v).startsWith("acl") // ("an attack targeting shoppers" is that attack, whoever did it)
                && (!f.nominal() || tgtActors.stream().anyMatch(a -> a.actor().basis() != Actor.Basis.CONTEXT))) {
            // (a bare "attack in Herat" names no one at all)
            // force by no one named ("a roadside bomb killed two soldiers near Samarra", "a mortar was fired from Gaza")
            // is coded, as ICEWS and PETRARCH do, to unidentified attackers of the country it came from or happened in
            srcActors = List.of(new EventActor(Actor.of(whence.country() + "UAF", "unidentified attackers", null,
                    Actor.Basis.CONTEXT, 0.4), whence.place(), whence.begin(), whence.end()));
        }
        int crowd = sources.stream().filter(h -> CROWDS.contains(t.token(h).lemma().toLowerCase(Locale.ROOT))).findFirst().orElse(-1);
        if (crowd < 0 && sources.isEmpty() && f.nominal() && STREET_PROTESTS.contains(t.token(v).lemma().toLowerCase(Locale.ROOT))
                && !t.relation(v).equals("compound") && prep(t, v, "of").isEmpty()
                && (whence != null || t.token(v).pos().equals("NNS"))) {
            // "protests in Makassar last week", "protests spread to several towns": by people of the place (not "a
            // protest vote", "a demonstration of strength", nor a campaign's rally)
            crowd = v;
        }
        String crowdCountry = !srcActors.isEmpty() || crowd < 0 ? null : whence != null ? whence.country() : contextCountry(article);
        if (crowdCountry != null && Set.of("14", "10").contains(frameRoot)) {
            // "thousands marched in Caracas": a crowd of the place, else of the country the article is about
            Token c = t.token(crowd);
            srcActors = List.of(new EventActor(Actor.of(crowdCountry + "CVL", "a crowd", null, Actor.Basis.CONTEXT, 0.4),
                    c.text(), c.begin(), c.end()));
        }
        String stateSector = STATE_ACTS.get(f.code().length() >= 3 ? f.code().substring(0, 3) : f.code());
        if (srcActors.isEmpty() && stateSector != null && passive(t, v) && prep(t, v, "by").isEmpty() && whence != null) {
            // "a French journalist was arrested in Tehran", "migrants were deported from Libya": only a state arrests,
            // sentences, deports or bans, so the state of the place did it
            srcActors = List.of(new EventActor(Actor.of(whence.country() + stateSector, whence.place(), null, Actor.Basis.CONTEXT, 0.4),
                    whence.place(), whence.begin(), whence.end()));
        }
        if (srcActors.isEmpty() && tgtActors.isEmpty()) {
            // a frame that fires without any actor is no event, but the trigger is used up
            return true;
        }
        // (not talks or signings, which happen at a venue: "Ethiopian forces and Tigrayan fighters signed a ceasefire in
        // Pretoria")
        boolean onSite = frameRoot.compareTo("14") >= 0;
        if (location != null && onSite) {
            srcActors = srcActors.stream().map(a -> Places.localised(a, location)).toList();
        }
        // so is one acted on: "shelled the city of Kherson, killing four civilians" kills Ukrainians
        Location scene = scene(t, v, location, mentions);
        if (scene != null && onSite) {
            Location there = scene;
            tgtActors = tgtActors.stream().map(a -> Places.localised(a, there)).toList();
        }
        // a joint act without a target ("Jordan and Britain agreed", "X and Y met") is each party's act towards the other
        // "France and India held joint naval exercises": a show of force made together is military cooperation
        // ("Seoul and Washington began their annual drills"; "police of Brazil and Paraguay carried out joint raids")
        int exercise = object >= 0 ? object : f.nominal() ? v : -1;
        boolean together = exercise >= 0 && (t.children(exercise, "amod").stream().anyMatch(a -> t.token(a).lemma().equalsIgnoreCase("joint"))
                || frameRoot.equals("15") && EXERCISES.contains(t.token(exercise).lemma().toLowerCase(Locale.ROOT)));
        boolean joint = together && (frameRoot.equals("15")
                    || COERCION_ROOTS.contains(frameRoot) && tgtActors.isEmpty()) // (not "joint strikes on X")
                && srcActors.stream().map(a -> a.actor().country()).distinct().count() > 1;
        boolean between = "between".equals(targetRole) || "among".equals(targetRole);
        if (between && tgtActors.stream().map(a -> a.actor().code()).distinct().count() < 2) {
            return false; // "talks between their defence ministers": not two parties named, so another frame decides
        }
        if (srcActors.isEmpty() && between) {
            srcActors = tgtActors; // "clashes between Armenian and Azerbaijani troops": each side's act on the other
            tgtActors = List.of();
        }
        List<EventActor> movers = srcActors;
        if ((frameRoot.equals("08") || frameRoot.equals("15")) && !tgtActors.isEmpty() && tgtActors.stream().allMatch(a ->
                a.actor().sector().stream().anyMatch(ARMED::contains) && (a.actor().basis() == Actor.Basis.CONTEXT
                    || movers.stream().anyMatch(m -> m.actor().country().equals(a.actor().country()))))) {
            tgtActors = List.of(); // "both sides began pulling back troops", "Guyana put its army on alert": their own forces moved
        }
        // "Azerbaijan and Armenia accused each other": each party's act on the other
        List<Integer> doers = sources;
        boolean eachOther = targets.stream().anyMatch(h -> t.token(h).lemma().equalsIgnoreCase("other")
                && (t.children(h, "det").stream().anyMatch(d -> t.token(d).text().equalsIgnoreCase("each"))
                    || doers.stream().anyMatch(s -> t.children(s, "det").stream().anyMatch(d -> t.token(d).text().equalsIgnoreCase("each")))) // "each side accused the other"
                || t.token(h).text().equalsIgnoreCase("another") && t.children(h).stream().anyMatch(d -> t.token(d).text().equalsIgnoreCase("one")));
        // (mediators do not mediate between each other: "Egypt and Qatar mediated a truce")
        boolean reciprocal = tgtActors.isEmpty() && !f.code().equals("045") && (joint || eachOther || between
                || RECIPROCAL_ROOTS.contains(frameRoot) && !ONE_SIDED.contains(f.code().substring(0, Math.min(3, f.code().length())))
                || f.code().startsWith("087") // a truce, a ceasefire or a pull-back the parties make towards each other
                || f.code().equals("196") // and break ("the army and the RSF violated the ceasefire")
                || object >= 0 && BORDERS.contains(t.token(object).lemma().toLowerCase(Locale.ROOT)) // "X and Y reopened their border"
                || rules.mutualVerb(t.token(v).lemma().toLowerCase(Locale.ROOT)) // "exchanged fire", "swapped prisoners"
                || t.token(v).lemma().equalsIgnoreCase("fight") && srcActors.stream().allMatch(a -> a.actor().sector().isEmpty()
                        || a.actor().sector().stream().anyMatch(ARMED::contains))) // "Serbian and Albanian forces fought", not rival candidates
                && srcActors.stream().map(a -> a.actor().code()).distinct().count() > 1; // "the army and the RSF agreed"
        List<Integer> placed = targets.isEmpty() && object >= 0 && frameRoot.equals("09") ? List.of(object)
                : targets; // ("investigated an air strike on a camp in Myanmar")
        for (int h : tgtActors.isEmpty() && !answering ? placed : List.<Integer>of()) {
            // a place in the target role is its country: "a state visit to Astana", "rockets fired at Sderot", and so is
            // a thing there for force: "a drone attack on a weapons depot in western Iran"
            Location named = places.placeAt(h, mentions);
            for (int in : named == null && force(f) ? prep(t, h, "in") : List.<Integer>of()) {
                named = named == null ? places.placeAt(in, mentions) : named;
            }
            // "an investigation into alleged war crimes in eastern Congo", "strikes on the Gaza city of Rafah", "torched 200
            // houses in a village in the Sagaing region", "reopened the crossing into Gaza", "aid to victims of the floods in
            // eastern Libya", "expressed concern over the arrests in Bolivia": what lies in a place is that place's
            if (named == null && (frameRoot.equals("09") || force(f) || Set.of("17", "08", "07", "01").contains(frameRoot))) {
                named = placeWithin(t, List.of(h), mentions, true);
                String at = named == null ? null : named.country();
                if (frameRoot.equals("01") && srcActors.stream().anyMatch(a -> a.actor().country().equals(at))) {
                    named = null; // (concern or words over things at home name no one)
                }
            }
            if (named != null && tgtActors.isEmpty()) {
                tgtActors = List.of(new EventActor(Actor.of(named.country(), named.place(), null, Actor.Basis.CONTEXT, 0.5),
                        named.place(), named.begin(), named.end()));
            }
        }
        if (tgtActors.isEmpty() && !reciprocal && !answering) {
            tgtActors = impliedTargets(t, v, f, object, srcActors, location, mentions, quote);
        }
        int crowdTarget = targets.stream().filter(h -> CROWDS.contains(t.token(h).lemma().toLowerCase(Locale.ROOT))
                || PEOPLE.contains(t.token(h).lemma().toLowerCase(Locale.ROOT))).findFirst().orElse(-1);
        String crowdHome = !tgtActors.isEmpty() || crowdTarget < 0 || !COERCION_ROOTS.contains(frameRoot) ? null
                : location != null ? location.country() : contextCountry(article);
        if (crowdHome != null) {
            // "police arrested about 20 people", "gangs forced 700,000 people from their homes": people of the place, else of
            // the country the article is about
            Token c = t.token(crowdTarget);
            tgtActors = List.of(new EventActor(Actor.of(crowdHome + "CVL", "civilians", null, Actor.Basis.CONTEXT, 0.4),
                    c.text(), c.begin(), c.end()));
        }
        String means = byMeans(f.code(), t, v, object, sources, mentions); // ("launched an indefinite strike": a labour strike)
        if (f.code().equals("130") && forebodes(t, v, mentions, quote)) {
            means = "012"; // "warned that hospitals could run out of fuel": a grim forecast, no threat
        }
        if (tgtActors.isEmpty() && !srcActors.isEmpty() && (rules.domestic(means) || deployedAtHome(t, v, means))) {
            // a protest, a curfew or an easing of bans that names no one is addressed at home (domestic.tsv)
            EventActor p = srcActors.get(0);
            tgtActors = List.of(new EventActor(Actor.of(p.actor().country(), p.text(), null, Actor.Basis.CONTEXT, 0.5),
                    p.text(), p.begin(), p.end()));
        }
        if (location != null) {
            srcActors = srcActors.stream().map(a -> Places.residents(a, location, t.sentence())).toList();
        }
        List<EventActor> named = tgtActors;
        // "the government thanked Japan for its help": a doer placed only by the article's main country is not the
        // state it names as its target
        srcActors = srcActors.stream().filter(a -> !(a.actor().basis() == Actor.Basis.CONTEXT && a.actor().confidence() <= 0.5
                && named.stream().anyMatch(g -> g.actor().basis() == Actor.Basis.DICTIONARY && g.actor().sector().isEmpty()
                    && g.actor().country().equals(a.actor().country())))).toList();
        List<EventActor> srcs = srcActors.isEmpty() ? nullList() : srcActors;
        List<EventActor> tgts = tgtActors.isEmpty() ? nullList() : tgtActors;
        if (reciprocal) {
            tgts = srcActors;
        }
        CameoCode code = codebook.get(joint ? "062" : means);
        Sentence s = t.sentence();
        int tb = Math.min(v, Math.min(particle < 0 ? v : particle, object < 0 ? v : object));
        int te = Math.max(v, Math.max(particle, object)) + 1;
        Trigger trigger = new Trigger(s.textOf(tb, te), t.token(tb).begin(), t.token(te - 1).end());
        // an event noun takes the modality of the clause it sits in ("not jump into a retaliation")
        Modality modality = f.nominal() ? modalities.nominal(t, v, codebook.get(f.code()))
                : Modalities.imperative(t, v) ? Modality.HYPOTHETICAL : modalities.of(t, v); // "Lock her up!": commanded
        if (modality == Modality.HYPOTHETICAL && reportedWill(t, v, srcActors, mentions, quote)) {
            modality = Modality.INTENDED;
        }
        List<Integer> denied = new ArrayList<>(sources);
        denied.addAll(targets);
        if (object >= 0) {
            denied.add(object);
        }
        if (modality == Modality.ASSERTED && denied.stream().anyMatch(h -> t.children(h, "det").stream()
                .anyMatch(d -> t.token(d).text().equalsIgnoreCase("no")))) {
            modality = Modality.NEGATED; // "held no talks", "no photographers were invited", "no country recognised it"
        }
        // "pledged further support next year", "called for talks next week": a time of what is pledged or wished for is
        // not the pledge's (but "called off a strike on Tuesday" is dated by it)
        int pledged = object;
        Modality wished = rules.nounGovernor("verb", t.token(v).lemma().toLowerCase(Locale.ROOT));
        List<TimeExpression> own = pledged < 0 || f.particle() != null || wished == null || wished == Modality.NEGATED ? times
                : times.stream().filter(x -> !t.dominates(pledged, x.tokenEnd() - 1)).toList();
        DateChoice date = date(t, v, object, own, reference, EventDates.lastDay(article.times(), t.sentence().index()));
        Attribution attribution = quote == null ? null
                : new Attribution(quote.speaker().name(), quote.speaker().actor(), quote.via(), quote.anonymous());
        String stated = srcs.get(0) == null || !agentive(t, sources, srcs) || foretoldByOther(t, v, srcs, mentions, quote) ? null
                : statedCode(code.code(), modality, t, v);
        // (a future told by one side is that side's word; "agreed to resume talks, Cairo said" is both sides' word)
        List<EventActor> speakers = stated == null || !hasAux(t, v, Set.of("will", "would", "'ll", "shall")) ? List.of()
                : speakers(t, v, mentions, quote);
        // an ultimatum is addressed to the party that must act: "unless Baghdad accepted its conditions"
        List<EventActor> ultimatum = "139".equals(stated) ? parties.actors(t, conditionSubjects(t, v), mentions, quote) : List.of();
        DateChoice said = stated == null ? null : saidDate(t, v, times, reference);
        boolean both = !reciprocal && targetRole != null && rules.mutualRoles(code.code()).contains(targetRole);
        int first = out.size();
        for (EventActor src : srcs) {
            for (EventActor tgt : tgts) {
                if (src != null && tgt != null && between && src.actor().code().equals(tgt.actor().code())) {
                    continue; // "Vietnam and the Philippines ... after talks between their ministers": not with itself
                }
                if (src != null && tgt != null && (reciprocal ? src.actor().code().equals(tgt.actor().code())
                        : src.begin() == tgt.begin() && src.end() == tgt.end() && src.actor().code().equals(tgt.actor().code())
                            && tgt.actor().basis() != Actor.Basis.CONTEXT)) {
                    continue;
                }
                // force of no stated kind against civilians, refugees, journalists, clergy or aid workers is unconventional
                // violence (CAMEO 18), not war
                CameoCode ec = tgt != null && (code.code().equals("190") || code.code().equals("193")) // (not shelled or bombed)
                        && tgt.actor().sector().stream().anyMatch(CIVILIANS::contains) && !(political(src) && political(tgt))
                        ? codebook.get("180") : code;
                String why = joint ? " made jointly" : ec == code ? " by its means" : " against civilians";
                if (ec.code().equals("190") && political(src) && political(tgt) && !follower(src) && !follower(tgt)) {
                    // one politician "attacking" another, with no force named, is criticising: CAMEO 111
                    ec = codebook.get("111");
                    why = " between politicians";
                }
                if (ec.code().equals("190") && src == null && !f.trigger().equals("n:war") && !forceNoun(t, sources)
                        && (campaigner(tgt) || political(tgt) && tgt.actor().role() != null && location == null)) {
                    // "attacks on Senator Kerry", "Bernie attacking her": in politics, words
                    ec = codebook.get("111");
                    why = " against a politician";
                }
                if (ec.root().equals("10") && src != null && tgt != null
                        && tgt.actor().sector().stream().anyMatch(Set.of("MIL", "COP", "SPY", "GOV")::contains)
                        && src.actor().country().equals(tgt.actor().country())
                        && COMMANDING.contains(t.token(v).lemma().toLowerCase(Locale.ROOT))) {
                    continue; // "Pashinyan ordered the army to be put on alert": a command to one's own, no demand
                }
                boolean won = ec.code().equals("173") && tgt != null && tgt.actor().sector().isEmpty(); // "captured Texas"
                if ((GENERIC_FORCE.contains(ec.code()) || won) && (campaigner(src) && !political(tgt)
                        || political(src) && personal(src) && tgt == null && location == null)) {
                    // parties "fighting for second place", "taking control of the Senate", "the White House fought hard
                    // to defend the tax": a contest, not force
                    continue;
                }
                if (COERCION_ROOTS.contains(ec.root()) && leader(src) && (tgt == null || leader(tgt))) {
                    // "Trump shot back", "seized on the remarks", "Sanders whipped Clinton", "is destroying the party's
                    // chances": candidates and parties contend in words; their followers' violence stays force
                    continue;
                }
                if (tgt != null && tgt.actor().role() != null && PROTESTERS.contains(tgt.actor().role().toLowerCase(Locale.ROOT))
                        && src != null && src.actor().sector().stream().anyMatch(Set.of("COP", "MIL", "GOV")::contains)
                        && (ec.root().equals("18") || ec.root().equals("19"))) {
                    // police or troops using force on protesters repress them: CAMEO 175
                    ec = codebook.get("175");
                    why = " against protesters";
                }
                if (ec.code().startsWith("084") && src != null && tgt != null && tgt.actor().basis() == Actor.Basis.CONTEXT
                        && tgt.actor().sector().stream().anyMatch(x -> CIVILIANS.contains(x) || x.equals("OPP"))
                        && !tgt.actor().country().equals(src.actor().country())) {
                    // "after Minsk released a group of political prisoners": prisoners of no stated country are the releaser's
                    tgt = new EventActor(Actor.of(src.actor().country() + String.join("", tgt.actor().sector()), tgt.actor().name(),
                            tgt.actor().role(), Actor.Basis.CONTEXT, tgt.actor().confidence()), tgt.text(), tgt.begin(), tgt.end());
                }
                boolean abroad = src != null && tgt != null && !src.actor().country().equals(tgt.actor().country());
                if (ec.code().equals("172") && abroad) {
                    // "imposed asset freezes and travel bans on 12 Russian officials": bans on another country's people are sanctions
                    ec = codebook.get("163");
                    why = " on another country";
                }
                if (ec.root().equals("10") && abroad && t.children(v, "xcomp").stream()
                        .anyMatch(x -> t.token(x).lemma().equalsIgnoreCase("leave"))) {
                    // "ordered three Colombian officials to leave the country": an expulsion
                    ec = codebook.get("166");
                    why = " told to leave";
                }
                if (ec.code().equals("140") && src != null && (src.actor().sector().contains("GOV")
                        || src.actor().sector().isEmpty() && (src.actor().basis() == Actor.Basis.DICTIONARY
                            || src.actor().basis() == Actor.Basis.CAPITAL))) {
                    // a state or government "protesting" complains officially: CAMEO 114
                    ec = codebook.get("114");
                    why = " by a state";
                }
                if (src != null && src.actor().role() != null && PROTESTERS.contains(src.actor().role().toLowerCase(Locale.ROOT))
                        && (ec.root().equals("17") || ec.root().equals("18") || ec.code().equals("190")) && !ec.code().equals("181")) {
                    // protesters wrecking or burning is a violent protest, a riot: CAMEO 145
                    ec = codebook.get("145");
                    why = " by protesters";
                }
                if (ec.code().equals("042") && sources.stream().anyMatch(h -> carriesAid(t, h))) {
                    // "a plane carrying water and emergency supplies landed in Tonga", "an aid convoy reached the town"
                    ec = codebook.get("073");
                    why = " carrying aid";
                }
                String key = (src == null ? "-" : src.actor().code()) + "|" + (tgt == null ? "-" : tgt.actor().code()) + "|" + ec.code();
                if (!seen.add(key)) {
                    continue;
                }
                double conf = 0.8 * (src == null ? 0.6 : src.actor().confidence()) * (tgt == null ? 0.9 : Math.sqrt(tgt.actor().confidence()));
                String id = article.article().id() + "-" + s.index() + "-" + v + "-" + out.size();
                out.add(new Event(id, s.index(), s.begin(), s.end(), s.text(), trigger, src, tgt, ec.code(), ec.root(),
                        ec.goldstein(), ec.quadClass(), ec.plover(), date.day(), date.precision(), date.source(), location,
                        modality, attribution, Math.round(conf * 100) / 100.0, ec.code().equals(f.code()) ? f.toString()
                            : f + " as " + ec.code() + why));
                if (stated != null && (speakers.isEmpty() || src == null
                        || speakers.stream().anyMatch(sp -> sp.actor().country().equals(src.actor().country())))) {
                    // saying one will act is itself an act (a pledge or a threat), dated when it was said; when another
                    // reports it, only the reporter's own side has said so ("Iranian, Chinese and Russian warships will
                    // hold drills, the Iranian navy said")
                    CameoCode st = codebook.get(stated);
                    EventActor addressee = (tgt == null || tgt.actor().basis() == Actor.Basis.CONTEXT) && !ultimatum.isEmpty()
                            ? ultimatum.get(0) : tgt;
                    List<EventActor> addressees = new ArrayList<>();
                    addressees.add(addressee);
                    if (addressee == null && RECIPROCAL_ROOTS.contains(st.root())) {
                        // "India and China agreed to pull back troops": each pledges it to the other
                        List<EventActor> others = srcActors.stream().filter(o -> !o.actor().code().equals(src.actor().code())).toList();
                        if (!others.isEmpty()) {
                            addressees = others;
                        }
                    }
                    for (EventActor to : addressees) {
                        out.add(new Event(id + "i", s.index(), s.begin(), s.end(), s.text(), trigger, src, to, st.code(), st.root(),
                                st.goldstein(), st.quadClass(), st.plover(), said.day(), said.precision(), said.source(), location,
                                Modality.ASSERTED, attribution, Math.round(conf * 90) / 100.0,
                                f + " as stated (" + modality.name().toLowerCase(Locale.ROOT) + ")"));
                    }
                }
            }
        }
        if (both) {
            // "X held talks with Y": Y held talks with X too (mutual.tsv)
            for (Event e : List.copyOf(out.subList(first, out.size()))) {
                if (e.source() != null && e.target() != null && !e.id().endsWith("i")
                        && !e.source().actor().country().equals(e.target().actor().country())
                        && seen.add(e.target().actor().code() + "|" + e.source().actor().code() + "|" + e.cameoCode())) {
                    out.add(new Event(e.id() + "m", e.sentence(), e.begin(), e.end(), e.evidence(), e.trigger(), e.target(), e.source(),
                            e.cameoCode(), e.cameoRoot(), e.goldstein(), e.quadClass(), e.ploverType(), e.eventDate(), e.datePrecision(),
                            e.dateSource(), e.location(), e.modality(), e.attribution(), e.confidence(), e.frame() + " mutual"));
                }
            }
        }
        return true;
    }

    /** Event nouns in a "for" phrase of the verb or its object: "prepared for war", "claimed responsibility for the attack". */
    private List<Integer> actsFor(DependencyTree t, int v, int object) {
        List<Integer> out = new ArrayList<>(prep(t, v, "for"));
        if (object >= 0) {
            out.addAll(prep(t, object, "for"));
        }
        out.removeIf(n -> frames.nounFrames(t.token(n).lemma().toLowerCase(Locale.ROOT)).isEmpty());
        return out;
    }

    /**
     * Whether a source token names a thing, not a party: a common noun that is neither an event ("an attack"), a means
     * of force ("a car bomb"), nor a kind of actor ("gunmen"); relative pronouns stand for their noun.
     */
    private boolean thing(DependencyTree t, int h) {
        Token tok = t.token(h);
        if (tok.pos().equals("VBG") && t.relation(h).startsWith("csubj")) {
            return true; // "trading prisoners encourages kidnappers": an act, not a party
        }
        if (Set.of("it", "this", "that").contains(tok.text().toLowerCase(Locale.ROOT)) && !tok.pos().equals("WDT")) {
            return true; // "it has allowed the Republicans to dominate": a state of affairs, when no party is found for it
        }
        if (tok.pos().equals("WDT") && t.relation(h).equals("nsubj") && t.relation(t.governor(h)).startsWith("acl")) {
            return thing(t, t.governor(t.governor(h)));
        }
        if (CROWDS.contains(tok.lemma().toLowerCase(Locale.ROOT))
                || t.children(h, "amod").stream().anyMatch(a -> ARMED_WORDS.contains(t.token(a).lemma().toLowerCase(Locale.ROOT)))) {
            return false; // "thousands marched", "armed men abducted", "masked gunmen": a party, if unnamed
        }
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(List.of(tok.text().toLowerCase(Locale.ROOT), lemma));
        for (int c : t.children(h, "compound")) {
            words.add(t.token(c).lemma().toLowerCase(Locale.ROOT)); // "a minefield explosion": a weapon's
        }
        return tok.isNoun() && !tok.isProperNoun() && !parties.isParty(tok) && frames.nounFrames(lemma).isEmpty() && rules.instrument(words) == null;
    }

    /**
     * The doers of an act whose own roles name none, from the clause around it: "Israeli reservists were called up"
     * (by their own country), "farmers blocked the crossings in protest", "the minister asked Germany for arms during a
     * visit to Berlin", "the union called off the strike after talks with the government", "retook the village after
     * fighting with guerrillas" (the protest, the visit, the talks and the fighting are the subject's), "the rebels
     * claimed responsibility for a drone attack" (their attack).
     */
    private List<Integer> clauseDoers(DependencyTree t, int v, Frame f) {
        if (!f.nominal() && passive(t, v) && codebook.get(f.code()).root().equals("15")) {
            return t.children(v, "nsubj:pass");
        }
        if (f.nominal() && hasCase(t, v, "behind") && !t.children(v, "cop").isEmpty()) {
            return t.children(v, "nsubj"); // "Israel was behind a drone attack on a depot": Israel's attack
        }
        int doer = t.governor(v);
        if (!f.nominal() || doer < 0) {
            return List.of();
        }
        String noun = t.token(v).lemma().toLowerCase(Locale.ROOT);
        if (hasCase(t, v, "in") && MOTIVES.contains(noun) && t.baseRelation(v).equals("nmod") && t.token(doer).isNoun()
                && t.baseRelation(doer).equals("obl") && t.token(t.governor(doer)).isVerb() && !passive(t, t.governor(doer))) {
            return parties.subject(t, t.governor(doer)); // "blocked motorways with tractors in protest", the protest hung on the tractors
        }
        if (t.token(doer).isVerb() && t.relation(v).equals("obl") && !passive(t, doer)
                && (hasCase(t, v, "in") && MOTIVES.contains(noun) || hasCase(t, v, "during", "on") && TRAVELS.contains(noun)
                    || hasCase(t, v, "after", "following", "during")
                        && (codebook.get(f.code()).root().equals("04") || !prep(t, v, "with").isEmpty()))) {
            return parties.subject(t, doer);
        }
        if (hasCase(t, v, "for") && t.token(doer).lemma().equalsIgnoreCase("responsible") && !t.children(doer, "cop").isEmpty()) {
            return t.children(doer, "nsubj"); // "the rebels were responsible for the massacre"
        }
        int owned = t.token(doer).lemma().equalsIgnoreCase("responsibility") && hasCase(t, v, "for") ? t.governor(doer)
                : hasCase(t, v, "for") && t.children(doer, "obj").stream()
                    .anyMatch(o -> t.token(o).lemma().equalsIgnoreCase("responsibility")) ? doer : -1; // ("for" parsed as the verb's)
        if (owned < 0 && t.relation(v).equals("obj") && force(f)) {
            owned = doer; // "Hamas claimed the rocket attack": claimed it as its own
        }
        if (owned >= 0 && t.token(owned).isVerb() && Set.of("claim", "accept", "admit").contains(t.token(owned).lemma().toLowerCase(Locale.ROOT))) {
            return parties.subject(t, owned);
        }
        return List.of();
    }

    /**
     * Where an act acted on happens: its own place, else, for a participle or a conjoined act, the place of the act it
     * goes with ("shelled the city of Kherson, killing four civilians").
     */
    private Location scene(DependencyTree t, int v, Location location, List<Mention> mentions) {
        int act = t.governor(v);
        if (location != null || act < 0 || !t.token(act).isVerb() || !Set.of("advcl", "xcomp", "conj", "dep").contains(t.relation(v))) {
            return location;
        }
        if (t.token(act).pos().equals("VBG") && t.relation(v).equals("conj")) {
            return scene(t, act, null, mentions); // "struck a block in Dnipro, killing 12 and wounding dozens": the strike's
        }
        Location scene = places.location(t, act, mentions);
        for (int o : t.children(act, "obj")) {
            scene = scene == null ? places.placeAt(o, mentions) : scene;
            for (int w : prep(t, o, "of")) {
                scene = scene == null ? places.placeAt(w, mentions) : scene; // "the city of Kherson"
            }
        }
        return scene;
    }

    /** Whether a clause states a fact (past tense, or a copula or "have" in the present): not a proposal. */
    private static boolean stated(DependencyTree t, int c) {
        String pos = t.token(c).pos();
        return pos.equals("VBD") || pos.equals("VBN") || pos.equals("VBZ") || t.children(c).stream().anyMatch(a ->
                (t.relation(a).equals("cop") || t.baseRelation(a).equals("aux")) && !t.token(a).pos().equals("MD")
                        && !t.token(a).text().equalsIgnoreCase("should"));
    }

    /** Whether the token is the noun, singular or plural: CoreNLP leaves some plurals unlemmatised ("troops"). */
    /** Whether the token is the noun, or one of the nouns of a "+a|b|c" frame. */
    private static boolean isNoun(Token tok, String noun) {
        String w = tok.text().toLowerCase(Locale.ROOT);
        for (String n : noun.split("\\|")) {
            if (tok.lemma().equalsIgnoreCase(n) || w.equals(n + "s") || w.equals(n + "es")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parties addressed by the acts a participle or purpose clause goes with, nearest first: "protested to Tanzania
     * ..., demanding their release", "spoke by phone with his Nepali counterpart to offer condolences", "gave the
     * junta one week ..., threatening sanctions" (however the parser hung the participle).
     */
    private static List<List<Integer>> addressees(DependencyTree t, int v) {
        List<List<Integer>> out = new ArrayList<>();
        boolean participle = t.token(v).pos().equals("VBG") && Set.of("advcl", "dep", "conj", "xcomp").contains(t.relation(v));
        int g = t.governor(v);
        boolean purpose = (t.relation(v).equals("advcl") || t.relation(v).equals("xcomp") && g >= 0
                && !Modalities.INTENDING.contains(t.token(g).lemma().toLowerCase(Locale.ROOT)) && !Syntax.objectControl(t, g))
                && hasCase(t, v, "to");
        if (!participle && !purpose) {
            return out;
        }
        for (int at = t.governor(v), steps = 0; at >= 0 && steps < 3 && t.token(at).isVerb(); at = t.governor(at), steps++) {
            List<Integer> acts = new ArrayList<>(List.of(at));
            if (participle) {
                // "delivered vehicles to Ukraine, its minister said, pledging more": the act the speaker told of
                t.children(at, "ccomp").stream().filter(c -> c < v).forEach(acts::add);
            }
            for (int a : acts) {
                out.add(t.children(a, "iobj"));
                for (String p : List.of("to", "with", "on")) {
                    out.add(prep(t, a, p));
                }
                out.add(t.children(a, "obj"));
            }
            if (!participle || !Set.of("conj", "advcl", "xcomp", "parataxis").contains(t.relation(at))) {
                break;
            }
        }
        return out;
    }

    /**
     * The target of an act whose frame names none, or whose target role names no actor: the party owning what is
     * acted on ("rejected an Indian proposal", "rejected calls by Belarus", "denounced Serbia's suppression"), the
     * subject of a that-clause ("demanded that the US cancel"), the party of an open complement ("threatened to deliver
     * blows to the United States", "agreed to set up a centre in Tokyo"), else the place of the act ("in Algiers").
     */
    private List<EventActor> impliedTargets(DependencyTree t, int v, Frame f, int object, List<EventActor> sources,
                                            Location location, List<Mention> mentions, Quote quote) {
        List<List<Integer>> candidates = new ArrayList<>();
        int asked = t.governor(v);
        if (t.token(v).pos().equals("VBG") && v > 0 && t.token(v - 1).text().equals(",") && asked >= 0 && Parties.demanded(t, asked)) {
            // "demanded that Washington cancel the sale, warning that ...": at the one asked
            candidates.add(t.children(asked, "nsubj"));
            candidates.add(t.children(t.governor(asked), "obj"));
        }
        int replier = t.governor(v);
        if (f.nominal() && replier >= 0 && t.token(replier).isVerb() && (t.relation(v).equals("obj") || t.relation(v).equals("nsubj:pass"))
                && REPLYING.contains(t.token(replier).lemma().toLowerCase(Locale.ROOT))
                && ADDRESSED_ROOTS.contains(codebook.get(f.code()).root())) {
            // "Serbia rejected an Australian ultimatum", "Berlin rejected calls by Belarus", "Japan's demand was rejected by
            // Moscow": addressed to the one replying
            candidates.add(parties.subject(t, replier));
        }
        if (f.nominal() && replier >= 0 && t.token(replier).isVerb() && t.relation(v).equals("obj")
                && Parties.DRAWING.contains(t.token(replier).lemma().toLowerCase(Locale.ROOT))) {
            // "Egypt's crackdown drew condemnation from Britain", "the ban prompted protests": at the doer of what drew it
            for (int cause : parties.subject(t, replier)) {
                candidates.add(List.of(cause));
                addOwners(t, cause, candidates);
                candidates.add(t.children(cause, "nmod:poss"));
            }
        }
        if (!f.nominal()) {
            for (String p : List.of("outside", "at", "near", "before", "to")) {
                for (int e : prep(t, v, p)) {
                    if (Set.of("embassy", "consulate", "mission").contains(t.token(e).lemma().toLowerCase(Locale.ROOT))) {
                        candidates.add(List.of(e)); // "protested outside the French embassy": at France
                    }
                }
            }
            List<Integer> patients = new ArrayList<>(t.children(v, "obj"));
            patients.addAll(stance(t, v) ? List.of() : t.children(v, "nsubj:pass"));
            patients.addAll(prep(t, v, "to"));
            for (int o : patients) {
                int head = o;
                if (t.children(o).stream().anyMatch(c -> t.token(c).isVerb() && lexicons.isSpeechVerb(t.token(c).lemma()))
                        && mentions.stream().anyMatch(m -> m.head() == head && m.actor() != null)) {
                    continue; // "..., said spokesperson for X" misparsed as a second object: the speaker, not a patient
                }
                if (o != object || mentions.stream().noneMatch(m -> m.head() == head && m.actor() != null
                        && m.actor().sector().stream().allMatch(STATE_SECTORS::contains)
                        && (sources.stream().anyMatch(src -> src.actor().country().equals(m.actor().country()))
                            || m.actor().basis() == Actor.Basis.CONTEXT))) { // ("massed troops": no country said, so its own)
                    // the frame's own object noun naming the doer's own names forces moved, not a party acted on
                    // ("mobilized reservists"), though its owner may be one ("rejected an Indian proposal"); another
                    // country's is acted on ("summoned the British ambassador"), and so are its people ("rejected
                    // opposition calls")
                    candidates.add(List.of(o));
                }
                addOwners(t, o, candidates);
            }
            int deal = t.governor(v);
            int dealt = deal >= 0 && t.token(deal).isNoun() ? t.governingVerb(deal) : -1;
            if (f.code().equals("045") && t.relation(v).equals("acl") && dealt >= 0) {
                // "agreed to a ceasefire brokered by Saudi Arabia", "met for a round of talks mediated by Kenya": between them
                candidates.add(parties.subject(t, dealt));
            }
            int acted = t.governor(v);
            if (acted >= 0 && passive(t, acted) && t.token(v).pos().equals("VBG") && Set.of("advcl", "dep").contains(t.relation(v))
                    && force(f)) {
                for (int o : t.children(acted, "nsubj:pass")) {
                    candidates.add(List.of(o)); // "the camp was attacked by militiamen, killing 156": its people
                    addOwners(t, o, candidates);
                }
            }
            candidates.add(prep(t, v, "from")); // "confiscated weapons from armed groups"
            List<Integer> near = new ArrayList<>(List.of(v));
            near.addAll(t.children(v, "obj"));
            near.addAll(prep(t, v, "from")); // "pulled troops back from positions along its border with Azerbaijan"
            t.children(v, "advmod").forEach(a -> near.addAll(prep(t, a, "from"))); // (the positions hung on "back")
            near.addAll(t.children(v, "advmod")); // "moved troops closer to its border with Finland"
            for (int at : near) {
                for (String p : List.of("along", "near", "on", "at", "to")) {
                    for (int b : prep(t, at, p)) {
                        if (Set.of("border", "frontier", "boundary").contains(t.token(b).lemma().toLowerCase(Locale.ROOT))) {
                            candidates.add(prep(t, b, "with")); // "massed troops along the border with Pakistan"
                            if (codebook.get(f.code()).root().equals("15")) {
                                // "massed troops near the Ukrainian border", "on Ukraine's border" (but a bus attacked near
                                // the Somali border is in Kenya)
                                candidates.add(t.children(b, "amod"));
                                candidates.add(t.children(b, "nmod:poss"));
                            }
                        }
                    }
                }
            }
            for (int n : actsFor(t, v, object)) {
                // "mobilized reservists for a war against Iraq": the party the act is readied for
                for (String p : List.of("against", "on", "with")) {
                    candidates.add(prep(t, n, p));
                }
            }
            for (int c : t.children(v, "ccomp")) {
                if (!lexicons.isSpeechVerb(t.token(c).lemma().toLowerCase(Locale.ROOT))) {
                    candidates.add(t.children(c, "nsubj")); // (", Thai sources said" parsed as a complement reports it)
                    // "warned that Iran would block oil shipments if Washington tried to halt its exports": at Washington
                    candidates.add(Syntax.conditionParties(t, c));
                }
            }
            for (String p : f.objectNoun() == null ? List.<String>of() : List.of("about", "over")) {
                for (int h : prep(t, v, p)) {
                    candidates.add(List.of(h)); // "expressed optimism on Friday about relations with Turkey"
                    addOwners(t, h, candidates);
                }
            }
            // the act's open complement or purpose: "threatened to deliver blows to X", "blocked a road to show their
            // disapproval of X's policies"
            int gov = t.governor(v);
            if (codebook.get(f.code()).root().equals("04") && gov >= 0 && hasCase(t, v, "to")
                    && (t.relation(v).equals("advcl") || t.relation(v).equals("xcomp"))) {
                // "met Assad to discuss", "telephoned Kozyrev to discuss": the talk is with the one met
                candidates.add(t.children(gov, "obj"));
                candidates.add(prep(t, gov, "with"));
                for (int o : t.children(gov, "obj")) {
                    candidates.add(prep(t, o, "with"));
                }
            }
            // (not for consultations: "met to discuss efforts to counter the militants" does not meet the militants)
            List<Integer> complements = new ArrayList<>(codebook.get(f.code()).root().equals("04") ? List.of() : t.children(v, "xcomp"));
            for (int c : codebook.get(f.code()).root().equals("04") ? List.<Integer>of() : t.children(v, "advcl")) {
                if (t.children(c, "mark").stream().anyMatch(m -> t.token(m).text().equalsIgnoreCase("to"))) {
                    complements.add(c);
                }
            }
            for (int c : complements) {
                List<Integer> patients2 = new ArrayList<>(t.children(c, "obj"));
                if (t.relation(c).equals("xcomp")) {
                    patients2.addAll(t.children(c, "nsubj")); // "released [the mayor, jailed a year ago]": a small clause
                }
                for (int o : patients2) {
                    candidates.add(List.of(o));
                    addOwners(t, o, candidates);
                }
                for (String p : COMPLEMENT_PREPOSITIONS) {
                    candidates.add(prep(t, c, p));
                }
            }
            candidates.add(prep(t, v, "with")); // "blocked border crossings with Ukraine" (the phrase parsed as the verb's)
            // "threatened to close the strait if the US attacked": at the party of the condition
            candidates.add(Syntax.conditionParties(t, v));
            complements.forEach(c -> candidates.add(Syntax.conditionParties(t, c)));
            addressees(t, v).forEach(candidates::add);
            int link = v; // "accused Russia and Belarus and said they would close crossings", "recalled its ambassador
            // from Caracas and threatened to cut ties": an act said or intended by the doer of the first
            while (Set.of("xcomp", "ccomp").contains(t.relation(link)) && t.governor(link) >= 0
                    && t.children(link, "nsubj").stream().allMatch(n -> t.token(n).pos().equals("PRP"))
                    && (lexicons.isSpeechVerb(t.token(t.governor(link)).lemma().toLowerCase(Locale.ROOT))
                        || Modalities.INTENDING.contains(t.token(t.governor(link)).lemma().toLowerCase(Locale.ROOT)))) {
                link = t.governor(link);
            }
            int first = t.governor(link);
            if (t.relation(link).equals("conj") && first >= 0 && t.token(first).isVerb() && t.children(link, "nsubj").isEmpty()
                    && !codebook.get(f.code()).root().equals("01") && location == null) {
                // "recalled its ambassador from Nicaragua and suspended talks": the same doer acting on the same party
                // ("arrested 14 fishermen and seized their trawlers"; but "kidnapped Russian advisers and exploded bombs in
                // Kabul" acts where it acts)
                candidates.add(t.children(first, "obj"));
                for (String p : List.of("from", "to", "with", "on", "against")) {
                    candidates.add(prep(t, first, p));
                }
            }
            int modified = t.governor(v);
            // (or a participle with its agent: "a verdict condemned by Human Rights Watch", "a withdrawal demanded by the junta")
            boolean relative = t.relation(v).equals("acl:relcl") || t.relation(v).equals("dep") && t.token(v).pos().startsWith("VBD")
                    || t.relation(v).equals("acl") && Syntax.participle(t, v) && !prep(t, v, "by").isEmpty();
            if (relative && modified >= 0 && t.token(modified).isNoun() && t.children(v, "obj").isEmpty()
                    && t.children(v, "nsubj").stream().noneMatch(s -> Parties.RELATIVE_PRONOUNS.contains(t.token(s).text().toLowerCase(Locale.ROOT)))) {
                // "officials it accused of abuses": a relative clause acts on its noun; "a move China condemned", "a demand
                // Manila rejected", "a charge Moscow denied": a noun summing up the clause before it names that clause's doers
                candidates.add(List.of(modified));
                // (the parser may hang the summing noun on the clause's last noun: "to seven years in prison, a verdict ...")
                String noun = t.token(modified).lemma().toLowerCase(Locale.ROOT);
                // (or "..., in a move the OAS denounced")
                boolean summing = SUMMING_UP.contains(t.relation(modified)) || (SUMMARY_NOUNS.contains(noun) || !frames.nounFrames(noun).isEmpty())
                        && t.relation(modified).startsWith("obl") && hasCase(t, modified, "in"); // (or "agreed in talks mediated by China")
                int g = summing ? t.governingVerb(modified) : t.governor(modified);
                if (g >= 0 && t.token(g).isVerb() && summing
                        && (SUMMARY_NOUNS.contains(noun) || !frames.nounFrames(noun).isEmpty())) {
                    candidates.add(parties.subject(t, g));
                }
                if (g >= 0 && t.token(g).isVerb() && t.relation(modified).equals("obj") && !frames.nounFrames(noun).isEmpty()
                        && !SUMMARY_NOUNS.contains(noun)) {
                    candidates.add(parties.subject(t, g)); // "completing a withdrawal demanded by the junta": the one completing it
                }
            }
            int causer = t.governor(v);
            if (t.relation(v).equals("xcomp") && causer >= 0 && Modalities.CAUSING.contains(t.token(causer).lemma().toLowerCase(Locale.ROOT))) {
                // "Mexico granted asylum to a former minister, prompting Bolivia to lodge a protest": at the one who caused
                // it, the main clause's doer when the participle trails the sentence (however the parser hung it)
                boolean trailing = t.token(causer).pos().equals("VBG") && causer > 0 && t.token(causer - 1).text().equals(",");
                candidates.add(trailing ? Parties.mainSubjects(t) : parties.subject(t, causer));
            }
            String root = codebook.get(f.code()).root();
            for (int n : root.equals("14") ? prep(t, v, "in") : List.<Integer>of()) {
                if (Set.of("defiance", "protest", "opposition").contains(t.token(n).lemma().toLowerCase(Locale.ROOT))) {
                    candidates.add(prep(t, n, "of")); // "blocked streets in defiance of Chinese authorities": at them
                    candidates.add(prep(t, n, "against"));
                }
            }
            for (int c : root.equals("11") || root.equals("14") ? t.children(v, "advcl") : List.<Integer>of()) {
                if (hasCase(t, c, "after", "because")) {
                    candidates.add(t.children(c, "nsubj")); // "Japan protested after North Korea fired a missile": at North Korea
                }
            }
        }
        // a party of another country than the doer's comes first ("deployed guards to its frontier with Turkey", "pulled
        // troops back along its border with Azerbaijan"); failing one, the doer's own ("banned the opposition party")
        Set<String> own = new HashSet<>();
        sources.forEach(s -> own.add(s.actor().country()));
        for (boolean foreignOnly : List.of(true, false)) {
            for (List<Integer> heads : candidates) {
                List<EventActor> found = parties.actors(t, heads, mentions, quote).stream()
                        .filter(a -> sources.stream().noneMatch(s -> s.actor().code().equals(a.actor().code())))
                        .filter(a -> !foreignOnly || !own.contains(a.actor().country())).toList();
                if (!found.isEmpty()) {
                    return found;
                }
                for (int h : withCompounds(t, heads)) {
                    // a place acted on ("recaptured Shusha", "took control of Nagorno-Karabakh", "raided the Jenin camp")
                    // is its country's
                    Location named = places.placeAt(h, mentions);
                    if (named != null && !(foreignOnly && own.contains(named.country()))) {
                        return List.of(new EventActor(Actor.of(named.country(), named.place(), null, Actor.Basis.CONTEXT, 0.5),
                                named.place(), named.begin(), named.end()));
                    }
                }
            }
        }
        for (int n : f.nominal() ? List.<Integer>of() : actsFor(t, v, object)) {
            // "claimed responsibility for an attack at a mall in Kenya's capital": the country the act was done in
            Location there = places.location(t, n, mentions);
            if (there != null) {
                return List.of(new EventActor(Actor.of(there.country(), there.place(), null, Actor.Basis.CONTEXT, 0.5),
                        there.place(), there.begin(), there.end()));
            }
        }
        Location place = location;
        if (place == null && !f.nominal()) {
            for (int c : t.children(v, "xcomp")) {
                place = place == null ? places.location(t, c, mentions) : place;
            }
            int g = t.governor(v);
            if (place == null && g >= 0 && t.token(g).isVerb() && t.relation(v).equals("advcl") && hasCase(t, v, "to")) {
                // "sent inspectors to Iran to monitor the plant": the purpose is carried out where they were sent
                place = places.location(t, g, mentions);
                for (int d : prep(t, g, "to")) {
                    place = place == null ? places.placeAt(d, mentions) : place;
                }
                for (int d : t.children(g, "obj")) {
                    place = place == null ? places.placeAt(d, mentions) : place; // "visited Papua New Guinea to sign"
                }
            }
            if (place == null && t.token(v).pos().equals("VBG") && force(f)) {
                place = scene(t, v, null, mentions); // "struck a block in Dnipro, killing 12 people": people there
            }
        }
        if (place != null) {
            // an act done in a country with no party named is done to that country ("an embassy in Tehran")
            return List.of(new EventActor(Actor.of(place.country(), place.place(), null, Actor.Basis.CONTEXT, 0.5),
                    place.place(), place.begin(), place.end()));
        }
        return List.of();
    }

    private static boolean sameParty(List<EventActor> a, List<EventActor> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.actor().code().equals(y.actor().code())));
    }

    private static final Set<String> POLITICAL = Set.of("ELI", "GOV", "LEG", "PTY", "OPP", "MED", "JUD");
    private static final Set<String> ARMED = Set.of("MIL", "REB", "COP", "UAF", "INS", "SPY", "SEP", "CRM");

    /** A person by title or office ("Governor Christie", "top aides"), not a body ("the government"). */
    private static boolean personal(EventActor a) {
        String role = a.actor().role();
        return role != null && !BODIES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Whether a frame codes force (roots 18 to 20). */
    private boolean force(Frame f) {
        return FORCE_ROOTS.contains(codebook.get(f.code()).root());
    }

    /** Whether a doer is an act of force named by a noun: "the attack targeted officials" is force, not words. */
    private boolean forceNoun(DependencyTree t, List<Integer> sources) {
        return sources.stream().anyMatch(h -> frames.nounFrames(t.token(h).lemma().toLowerCase(Locale.ROOT)).stream()
                .anyMatch(fr -> !fr.blocks() && force(fr)));
    }

    /** A politician or party out of office (ELI, LEG, PTY), whose "fighting" with no one named is campaigning. */
    private static boolean campaigner(EventActor a) {
        return political(a) && a.actor().sector().stream().anyMatch(Set.of("ELI", "LEG", "PTY")::contains);
    }

    /**
     * The first place named within the phrases acted on, their heads and modifiers too when {@code whole}, else only
     * what follows the head: "kidnapped three engineers working on a road project in Niger's Tillaberi region" were
     * kidnapped there. Null if none.
     */
    private Location placeWithin(DependencyTree t, List<Integer> heads, List<Mention> mentions, boolean whole) {
        for (int h : heads) {
            for (int i = whole ? t.subtreeBegin(h) : h + 1; i < t.size() && (i <= h || t.dominates(h, i)); i++) {
                Location place = t.dominates(h, i) && !relativeTeller(t, h, i) ? places.placeAt(i, mentions) : null;
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }


    /**
     * Whether the token names the one who tells of the act in a relative clause under the head: "the attack, which Egypt
     * condemned" (but "a strike that killed 20 villagers in Zamfara" is there).
     */
    private static boolean relativeTeller(DependencyTree t, int head, int i) {
        for (int at = i; at >= 0 && at != head; at = t.governor(at)) {
            if (t.baseRelation(at).equals("nsubj") && t.governor(at) >= 0 && t.relation(t.governor(at)).equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    /** The country the article is about, as its actors placed only by context have it, or null. */
    private static String contextCountry(CodedArticle article) {
        return article.mentions().stream().filter(m -> m.actor() != null && m.actor().basis() == Actor.Basis.CONTEXT)
                .map(m -> m.actor().country()).findFirst().orElse(null);
    }

    /** A politician or party itself, not its supporters or activists. */
    private static boolean leader(EventActor a) {
        return campaigner(a) && !follower(a);
    }

    private static boolean follower(EventActor a) {
        return a.actor().role() != null && FOLLOWERS.contains(a.actor().role().toLowerCase(Locale.ROOT));
    }

    /** A political person or body, not a country or armed group: "Trump attacked Clinton" is words, not force. */
    private static boolean political(EventActor a) {
        return a != null && a.actor().sector().stream().anyMatch(POLITICAL::contains)
                && a.actor().sector().stream().noneMatch(ARMED::contains);
    }

    /** A generic act of force made specific by its means (instruments.tsv): "killed in a car bombing" is 1832. */
    private String byMeans(String code, DependencyTree t, int v, int object, List<Integer> sources, List<Mention> mentions) {
        if (!code.equals("190") && !code.equals("180") && !code.equals("183")) {
            return code;
        }
        List<Integer> means = new ArrayList<>();
        for (String p : List.of("in", "by", "with", "using")) {
            means.addAll(prep(t, v, p));
        }
        for (int c : t.children(v)) {
            if (t.relation(c).equals("advcl") || t.relation(c).equals("xcomp")) {
                means.addAll(t.children(c, "obj")); // "using precision missiles"
            }
        }
        if (object >= 0) {
            means.add(object);
        }
        if (t.token(v).isNoun()) {
            means.add(v); // "a hunger strike", "a suicide bombing": the event noun's own modifiers
        }
        means.addAll(sources); // "a roadside bomb killed", "Israeli jets struck"
        Set<String> words = new HashSet<>();
        for (int h : means) {
            words.add(t.token(h).lemma().toLowerCase(Locale.ROOT));
            for (int c : t.children(h)) {
                if (t.baseRelation(c).equals("compound") || t.relation(c).equals("amod")) {
                    words.add(t.token(c).lemma().toLowerCase(Locale.ROOT));
                }
            }
        }
        String specific = rules.instrument(words);
        return specific == null ? code : specific;
    }

    /**
     * The word a verb of naming calls its object, when it denounces ("called the attack a war crime": crime; "described
     * as unlawful"; "calling the deployment a violation", parsed with the violation under the deployment), or -1.
     */
    private int namingWord(DependencyTree t, int v) {
        if (t.token(v).isVerb() && lexicons.isSpeechVerb(t.token(v).lemma())) {
            // "said the expulsions were unfounded", "said the decision was politically motivated": what a speaker says an
            // act is names it as calling it does
            for (int c : t.children(v, "ccomp")) {
                if ((!t.children(c, "cop").isEmpty() || !t.children(c, "aux:pass").isEmpty()) && !Syntax.hasNegator(t, c)
                        && rules.characterisation(t.token(c).lemma().toLowerCase(Locale.ROOT)) != null
                        && t.children(c, "nsubj").stream().anyMatch(n -> definiteAct(t, n))) {
                    return c;
                }
            }
            return -1;
        }
        if (!t.token(v).isVerb() || !Parties.CHARACTERISING.contains(t.token(v).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int c : t.children(v)) {
            if ((Set.of("xcomp", "obj").contains(t.baseRelation(c)) || hasCase(t, c, "as")) && c > v) {
                List<Integer> words = new ArrayList<>(List.of(c));
                t.children(c).stream().filter(d -> Set.of("dep", "appos").contains(t.relation(d))).forEach(words::add);
                if (t.token(c).isNoun() && !t.baseRelation(c).equals("obj")) {
                    words.addAll(t.children(c, "amod")); // "called the expulsions a hostile act" (not "the illegal expulsions")
                }
                for (int w : words) {
                    if (rules.characterisation(t.token(w).lemma().toLowerCase(Locale.ROOT)) != null) {
                        return w;
                    }
                }
            }
        }
        return quotedName(t, v);
    }

    /**
     * "called the expulsions "unfriendly and groundless"": a quotation right after the thing named, which the parser
     * often hangs elsewhere. The first denouncing word inside a quotation that follows the verb's noun phrase, or -1.
     */
    private int quotedName(DependencyTree t, int v) {
        int i = v + 1;
        while (i < t.size() && i - v <= 6 && (t.token(i).isNoun() || t.token(i).pos().startsWith("JJ")
                || Set.of("DT", "PRP$", "POS", "CD").contains(t.token(i).pos()))) {
            i++;
        }
        if (i == v + 1 || i >= t.size() || !Set.of("``", "\"").contains(t.token(i).text()) && !t.token(i).pos().equals("``")) {
            return -1;
        }
        for (int w = i + 1; w < t.size() && w - i <= 8 && !t.token(w).pos().equals("''"); w++) {
            if (rules.characterisation(t.token(w).lemma().toLowerCase(Locale.ROOT)) != null) {
                return w;
            }
        }
        return -1;
    }

    /** A definite noun for an act: "the expulsions", "this decision". */
    private boolean definiteAct(DependencyTree t, int n) {
        String lemma = t.token(n).lemma().toLowerCase(Locale.ROOT);
        return t.token(n).isNoun() && (rules.actNoun(lemma) || !frames.nounFrames(lemma).isEmpty())
                && t.children(n, "det").stream().anyMatch(d -> Set.of("the", "this", "that", "these", "those")
                    .contains(t.token(d).text().toLowerCase(Locale.ROOT)));
    }

    /** Whether a noun is what a verb of naming calls something: "called the deployment a violation". */
    private boolean named(DependencyTree t, int n) {
        int g = t.governor(n);
        if (g >= 0 && Set.of("dep", "appos").contains(t.relation(n)) && t.relation(g).equals("obj")) {
            g = t.governor(g);
        }
        return g >= 0 && (namingWord(t, g) == n || hasCase(t, n, "as") && t.token(g).isVerb()
                && REPROACHING.contains(t.token(g).lemma().toLowerCase(Locale.ROOT))); // "condemned the arrests as an assault on ..."
    }

    /** Verbs of reproach that may name what they reproach: "denounced the strikes as a violation of its sovereignty". */
    private static final Set<String> REPROACHING = Set.of("condemn", "denounce", "criticise", "criticize", "decry", "slam",
            "reject", "dismiss", "brand");

    private static void addOwners(DependencyTree t, int thing, List<List<Integer>> candidates) {
        for (String p : OWNER_PREPOSITIONS) {
            candidates.add(prep(t, thing, p));
        }
        for (int c : t.children(thing, "acl")) {
            if (hasCase(t, c, "to")) {
                candidates.add(t.children(c, "nsubj")); // "permission for Russia to help", "an invitation for Iran to join"
            }
        }
    }

    /** The heads and, for a place noun, its compound modifiers: "the Jenin refugee camp" is at Jenin. */
    private static List<Integer> withCompounds(DependencyTree t, List<Integer> heads) {
        List<Integer> out = new ArrayList<>(heads);
        for (int h : heads) {
            if (PLACE_NOUNS.contains(t.token(h).lemma().toLowerCase(Locale.ROOT))) {
                out.addAll(t.children(h, "compound"));
            }
        }
        return out;
    }

    private static List<EventActor> nullList() {
        List<EventActor> l = new ArrayList<>();
        l.add(null);
        return l;
    }


    /** The quote with a speaker whose content holds the offset, or null. */
    private static Quote quoteAt(CodedArticle a, int offset) {
        for (Quote q : a.quotes()) {
            if (offset >= q.begin() && offset < q.end() && q.speaker() != null) {
                return q;
            }
        }
        return null;
    }
}
