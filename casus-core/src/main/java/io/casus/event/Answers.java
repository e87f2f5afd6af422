package io.casus.event;

import io.casus.model.Actor;
import io.casus.model.DependencyTree;
import io.casus.model.Event;
import io.casus.model.Event.EventActor;
import io.casus.model.Event.Modality;
import java.util.List;
import java.util.Map;

/**
 * Whom acts that answer or deny other acts are aimed at, from the acts told before them: retaliations and responses,
 * denials, and denunciations of an act named only by what it is called.
 */
final class Answers {
    private Answers() {}

    private static final java.util.regex.Pattern ANSWER_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(retaliat|respon|react|reprisal|revenge|avenge|hit back|strike back|struck back|counter-?measure|return(ed|ing)? fire)");
    /** What follows a trigger of intending, up to an answer word: "vowed [to respond] in kind". */
    private static final java.util.regex.Pattern TO = java.util.regex.Pattern.compile("(?i)^\\s+to\\s+");

    /**
     * "Pakistan's army vowed to retaliate after Afghan forces fired shells", "Moscow vowed to respond in kind": a
     * retaliation or response that names no one is aimed at the party whose act on the answerer the text told, in its
     * sentence or before, else at the one the answerer blames in the same sentence.
     */
    static void answerTargets(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.target() != null || e.source() == null || !ANSWER_WORDS.matcher(e.trigger().text()).find()
                    && !ANSWER_WORDS.matcher(after(e, 25)).lookingAt()) {
                continue;
            }
            List<Event> told = out.stream().filter(x -> x.sentence() <= e.sentence() && x != e).toList();
            Event answered = answeredAct(e.source(), told);
            if (answered == null) {
                answered = answeredAct(e.source(), told.stream().filter(x -> x.quadClass() == 3).toList(), true);
            }
            EventActor blamed = out.stream().filter(x -> x.sentence() == e.sentence() && x.cameoRoot().equals("11") && x.asserted()
                    && x.source() != null && x.target() != null && x.source().actor().country().equals(e.source().actor().country()))
                    .map(Event::target).findFirst().orElse(null); // "vowed to retaliate for a drone strike, blaming Israel"
            if (answered != null && answered.source() != null) {
                out.set(i, e.withTarget(answered.source()));
            } else if (blamed != null) {
                out.set(i, e.withTarget(blamed));
            }
        }
    }

    /**
     * "A suicide bomber blew himself up at a checkpoint, killing six officers, and the Pakistani Taliban claimed
     * responsibility": a claim that names no act is of the last act of force told, in its sentence or the one before,
     * and addressed to that act's target.
     */
    static void claimTargets(List<Event> out) {
        // (an attack by no state: "Police killed the gunman" is not what the group claims)
        addressUnnamed(out, 1, e -> e.target() == null && e.cameoCode().equals("015") && e.asserted() && e.source() != null,
                (e, x) -> x.quadClass() == 4 && x.asserted() && x.target() != null
                        && (x.source() == null || x.source().actor().country().equals(e.source().actor().country())
                            || x.source().actor().sector().stream().anyMatch(ARMED::contains)),
                Event::target);
    }

    /**
     * Addresses each event that {@code which} picks to a party ({@code party}: its doer or its target) of the latest act
     * before it, in its sentence or the given number of sentences before, that {@code act} accepts for it.
     */
    private static void addressUnnamed(List<Event> out, int sentences, java.util.function.Predicate<Event> which,
                                       java.util.function.BiPredicate<Event, Event> act, java.util.function.Function<Event, EventActor> party) {
        addressUnnamed(out, sentences, which, act, (e, x) -> party.apply(x));
    }

    /** The same, with a party that may depend on the event addressed as well as on the act found ({@code (e, x)}). */
    private static void addressUnnamed(List<Event> out, int sentences, java.util.function.Predicate<Event> which,
                                       java.util.function.BiPredicate<Event, Event> act,
                                       java.util.function.BiFunction<Event, Event, EventActor> party) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (!which.test(e)) {
                continue;
            }
            Event x = earlier(out, i, sentences, c -> act.test(e, c));
            if (x != null) {
                out.set(i, e.withTarget(party.apply(e, x)));
            }
        }
    }

    /**
     * The latest event before the {@code i}-th, in its sentence or the given number of sentences before, that passes
     * the test, or null.
     */
    static Event earlier(List<Event> out, int i, int sentences, java.util.function.Predicate<Event> test) {
        int first = out.get(i).sentence() - sentences;
        for (int j = i - 1; j >= 0 && out.get(j).sentence() >= first; j--) {
            if (test.test(out.get(j))) {
                return out.get(j);
            }
        }
        return null;
    }

    /** Sectors of armed groups and unnamed attackers, whose attacks a group may claim. */
    private static final java.util.Set<String> ARMED = java.util.Set.of("REB", "INS", "UAF", "SEP", "CRM", "RAD");

    /**
     * "Sato criticised China ... China's foreign ministry rejected the criticism", "a court sentenced the journalist ...
     * The journalist denied the charges", "the board passed a resolution calling on Iran to ... Tehran rejected the
     * resolution": a rejection or denial that names no one answers the party whose words, appeals or coercion against
     * the rejecter the text told last, in its sentence or the two before.
     */
    static void replyTargets(List<Event> out) {
        java.util.function.Predicate<Event> which = e -> e.target() == null && e.source() != null && e.asserted()
                && (e.cameoRoot().equals("12") || e.cameoCode().equals("016"));
        java.util.function.Predicate<Event> against = x -> (x.quadClass() == 3 || x.cameoRoot().equals("17") || x.cameoRoot().equals("02"))
                && x.asserted()
                && x.source() != null && x.target() != null;
        // the rejecter itself first ("the court sentenced the journalist ... the journalist denied the charges"), then its country
        addressUnnamed(out, 2, which, (e, x) -> against.test(x) && x.target().actor().code().equals(e.source().actor().code())
                && !x.source().actor().code().equals(e.source().actor().code()), Event::source);
        addressUnnamed(out, 2, which, (e, x) -> against.test(x) && actedOn(x, e.source()), Event::source);
    }

    /**
     * "A Chinese ship fired a water cannon at a Philippine boat ... Manila lodged a diplomatic protest": a complaint or
     * disapproval that names no one is of the party whose act against the protester's country the text told last, in its sentence or the
     * two before. So is an envoy's recall ("Haiti ... recalled its ambassador for consultations"), even one that
     * names only the recaller's own envoy.
     */
    static void protestTargets(List<Event> out) {
        addressUnnamed(out, 2, e -> e.source() != null && e.asserted() && (e.target() == null && (e.cameoCode().startsWith("114")
                        || e.cameoCode().equals("110") || e.cameoCode().equals("161"))
                        || e.cameoCode().equals("161") && e.target() != null // "recalled its envoy": not from itself
                            && e.target().actor().country().equals(e.source().actor().country())),
                (e, x) -> x.quadClass() >= 3 && x.asserted() && actedOn(x, e.source()), Event::source);
    }

    /**
     * "Venezuelan soldiers detained six Guyanese miners ... Georgetown demanded the miners' release": a call for the
     * release of one's own people is addressed to whoever the text last told seized them, in its sentence or the two
     * before.
     */
    static void releaseTargets(List<Event> out) {
        addressUnnamed(out, 2, e -> e.source() != null && e.asserted() && releaseCall(e)
                        && (e.target() == null || e.target().actor().country().equals(e.source().actor().country())),
                (e, x) -> seized(x) && actedOn(x, e.source()), Event::source);
        // "a court sentenced a Lithuanian journalist ... Vilnius demanded his release": whoever holds the one named
        addressUnnamed(out, 2, e -> e.target() == null && e.source() != null && e.asserted() && releaseCall(e),
                (e, x) -> seized(x) && x.source() != null && !x.source().actor().country().equals(e.source().actor().country()),
                Event::source);
    }

    /** A demand or an appeal for someone's release. */
    private static boolean releaseCall(Event e) {
        return e.cameoCode().startsWith("1053") || e.cameoCode().startsWith("0253");
    }

    /** An arrest, a detention, an abduction or a prison sentence. */
    private static boolean seized(Event x) {
        return (x.cameoRoot().equals("17") || x.cameoCode().startsWith("181") || x.cameoCode().equals("116")) && x.asserted();
    }

    /**
     * "Venezuela deported 300 Colombians and closed two border crossings": a blockade or closure that names no one is
     * aimed at the other country of the closer's last act with another, either way, in its sentence or the two before.
     */
    static void closureTargets(List<Event> out) {
        addressUnnamed(out, 2, e -> e.target() == null && e.source() != null && e.asserted() && e.cameoCode().equals("191"),
                (e, x) -> x.source() != null && x.target() != null
                        && ownCountry(x.source(), e) != ownCountry(x.target(), e),
                (e, x) -> ownCountry(x.source(), e) ? x.target() : x.source());
    }

    private static boolean ownCountry(EventActor party, Event e) {
        return party.actor().country().equals(e.source().actor().country());
    }

    /**
     * "Kyrgyz and Tajik troops clashed ... Kazakhstan's president offered to mediate", "the truce was brokered by Egypt",
     * "at the close of peace talks hosted by Cuba": mediation, an offer of it or the hosting of talks that names no one
     * is for both sides of the nearest act between two others, in its sentence (either way) or the two before; an offer
     * to mediate, only of a conflict.
     */
    static void mediationTargets(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            boolean offer = e.cameoCode().equals("039");
            boolean hosting = hostsTalks(e);
            boolean atHome = hosting && e.target() != null && e.source() != null
                    && e.target().actor().country().equals(e.source().actor().country()); // ("hosted a conference in Doha")
            if (e.target() != null && !atHome || e.source() == null || !e.asserted() || !(offer || hosting || e.cameoCode().equals("045"))) {
                continue;
            }
            String own = e.source().actor().country();
            java.util.function.Predicate<Event> sides = c -> c.asserted() && c.source() != null && c.target() != null
                    && !MEDIATING.contains(c.cameoCode())
                    && (offer ? c.quadClass() >= 3 && !c.source().actor().country().equals(c.target().actor().country())
                        : !c.source().actor().code().equals(c.target().actor().code()))
                    && !c.source().actor().country().equals(own) && !c.target().actor().country().equals(own);
            Event x = offer ? null : later(out, i, sides);
            x = x == null ? earlier(out, i, 2, sides) : x;
            if (x != null) {
                i += toBothSides(out, i, x, "m");
            }
        }
        // (no mediator that the same words make a side of the mediation)
        out.removeIf(e -> MEDIATING.contains(e.cameoCode()) && e.source() != null && sameAct(out, e).anyMatch(o -> MEDIATING.contains(o.cameoCode())
                && o.target().actor().country().equals(e.source().actor().country()) && !o.source().actor().country().equals(e.source().actor().country())));
    }

    private static final java.util.Set<String> MEDIATING = java.util.Set.of("039", "043", "045");

    private static final java.util.regex.Pattern TALKS = java.util.regex.Pattern.compile(
            "(?i)\\b(talks|negotiations|conference|dialogue|round)\\b");

    /** Whether the event is the hosting of talks: "hosted a conference", "talks hosted by Cuba". */
    private static boolean hostsTalks(Event e) {
        int from = Math.max(0, e.trigger().begin() - e.begin());
        int to = Math.min(e.evidence().length(), e.trigger().end() - e.begin() + 40);
        return e.cameoCode().equals("043") && e.trigger().text().toLowerCase(java.util.Locale.ROOT).contains("host")
                && from < to && TALKS.matcher(e.evidence().substring(from, to)).find();
    }

    /** The nearest event after the {@code i}-th in its sentence that passes the test, or null. */
    private static Event later(List<Event> out, int i, java.util.function.Predicate<Event> test) {
        for (int j = i + 1; j < out.size() && out.get(j).sentence() == out.get(i).sentence(); j++) {
            if (test.test(out.get(j))) {
                return out.get(j);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern ALL_SIDES = java.util.regex.Pattern.compile(
            "(?i)^\\s+(to\\s+|on\\s+)?(all|both|the two|the warring|the rival|all the) (sides|parties|factions|camps|governments|countries"
            + "|nations|leaders|neighbou?rs|rivals)\\b");

    /**
     * "Police fired tear gas at protesters ... the EU urged all sides to show restraint": an appeal or demand to "all
     * sides" is made to the parties of the last act of conflict, in its sentence or the two before.
     */
    static void appealTargets(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.target() != null || e.source() == null || !e.asserted() || !(e.cameoRoot().equals("02") || e.cameoRoot().equals("10"))
                    || !ALL_SIDES.matcher(rest(e)).find()) {
                continue;
            }
            Event x = earlier(out, i, 2, c -> c.quadClass() >= 3 && c.asserted() && c.source() != null && c.target() != null
                    && !TELLING.contains(c.cameoRoot()));
            if (x != null) {
                i += toBothSides(out, i, x, "s");
            }
        }
    }

    /**
     * Addresses the {@code i}-th event to the doer of the act found and, when the act's target is of another country,
     * adds a copy (its id marked with the suffix) addressed to that target; returns the number of events added.
     */
    static int toBothSides(List<Event> out, int i, Event x, String suffix) {
        Event e = out.get(i);
        out.set(i, e.withTarget(x.source()));
        if (x.source().actor().country().equals(x.target().actor().country())) {
            return 0;
        }
        out.add(i + 1, e.withTarget(x.target()).withId(e.id() + suffix));
        return 1;
    }

    /** Roots of words about others' acts (disapproving, rejecting, threatening), not acts of conflict themselves. */
    private static final java.util.Set<String> TELLING = java.util.Set.of("10", "11", "12", "13");

    /**
     * "Rockets were fired at Israel ... Israel's defence minister warned that the military would strike again": a threat
     * or a show of force that names no one, or only its maker's own side, is aimed at whoever last used force or coercion
     * on the threatener's country, in its sentence or the two before, else at the one the threatener last acted against.
     */
    static void threatTargets(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (!(e.cameoRoot().equals("13") || e.cameoRoot().equals("15")) || e.source() == null || !e.asserted()
                    || e.target() != null && !e.target().actor().country().equals(e.source().actor().country())) {
                continue;
            }
            String own = e.source().actor().country();
            Event x = earlier(out, i, 2, c -> c.quadClass() >= 3 && c.asserted() && c.source() != null && c.target() != null
                    && c.target().actor().country().equals(own) && !c.source().actor().country().equals(own));
            if (x != null) {
                out.set(i, e.withTarget(x.source()));
                continue;
            }
            x = earlier(out, i, 2, c -> c.quadClass() >= 3 && c.asserted() && c.source() != null && c.target() != null
                    && c.source().actor().country().equals(own) && !c.target().actor().country().equals(own));
            if (x != null) {
                out.set(i, e.withTarget(x.target()));
            }
        }
    }

    /**
     * "Lithuania condemned the verdict and demanded his release", "called the attack intolerable and warned that it would
     * have consequences": a demand, reproach, rejection or threat that names no one is aimed where its maker's other
     * words of the same sentence are, when they are aimed at another country.
     */
    static void sharedConflictTargets(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.target() != null || e.source() == null || !e.asserted() || !TELLING.contains(e.cameoRoot())) {
                continue;
            }
            String own = e.source().actor().code();
            out.stream().filter(x -> x != e && x.sentence() == e.sentence() && x.asserted() && TELLING.contains(x.cameoRoot())
                            && x.source() != null && x.source().actor().code().equals(own) && x.target() != null
                            && !x.target().actor().country().equals(e.source().actor().country()))
                    .findFirst().map(Event::target).ifPresent(tgt -> out.set(out.indexOf(e), e.withTarget(tgt)));
        }
    }

    /** Codes of bodies that are no state, whose report of force names no victim of theirs. */
    private static final java.util.Set<String> NO_STATE = java.util.Set.of("IGO", "NGO", "IMG", "MNC", "---");

    /**
     * "The Indian army said Pakistani troops attacked forward posts", "Azerbaijan's defence ministry said Armenian forces
     * fired rockets at the town of Terter": force on no one named, told by a state the doer's side is at odds with in the
     * article, is on that state.
     */
    static void reportedVictims(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.target() != null || e.source() == null || !e.asserted() || e.attribution() == null || e.attribution().actor() == null
                    || !DependencyFrameCoder.FORCE_ROOTS.contains(e.cameoRoot())) {
                continue;
            }
            String teller = e.attribution().actor().country();
            String doer = e.source().actor().country();
            boolean atOdds = out.stream().anyMatch(x -> x.quadClass() >= 3 && x.source() != null && x.target() != null
                    && (x.source().actor().country().equals(teller) && x.target().actor().country().equals(doer)
                        || x.source().actor().country().equals(doer) && x.target().actor().country().equals(teller)));
            int at = e.evidence().indexOf(e.attribution().speaker());
            if (teller.equals(doer) || NO_STATE.contains(teller) || !atOdds || at < 0) {
                continue;
            }
            String name = e.attribution().speaker();
            out.set(i, e.withTarget(new EventActor(Actor.of(teller, name, null, Actor.Basis.CONTEXT, 0.5), name,
                    e.begin() + at, e.begin() + at + name.length())));
        }
    }

    /**
     * "Armenian and Azerbaijani troops traded fire, killing two Armenian soldiers": where a sentence tells of two
     * countries' sides using force on each other, each side's own people are the other side's victims.
     */
    static void pairVictims(List<Event> out) {
        out.removeIf(e -> DependencyFrameCoder.FORCE_ROOTS.contains(e.cameoRoot()) && e.source() != null && e.target() != null
                && e.source().actor().country().equals(e.target().actor().country())
                && sameForce(out, e).anyMatch(o -> o.target().actor().code().equals(e.target().actor().code())
                        && !o.source().actor().country().equals(e.source().actor().country())
                        && sameForce(out, e).anyMatch(v -> v.target().actor().country().equals(o.source().actor().country()))));
    }

    /** The other acts of force of the same sentence with both parties named. */
    private static java.util.stream.Stream<Event> sameForce(List<Event> out, Event e) {
        return out.stream().filter(o -> o != e && o.sentence() == e.sentence() && DependencyFrameCoder.FORCE_ROOTS.contains(o.cameoRoot())
                && o.source() != null && o.target() != null);
    }

    /** The other events of the same trigger with both parties named. */
    private static java.util.stream.Stream<Event> sameAct(List<Event> out, Event e) {
        return out.stream().filter(o -> o != e && o.sentence() == e.sentence() && o.trigger().begin() == e.trigger().begin()
                && o.source() != null && o.target() != null);
    }

    /** Whether another country's party did the act to the given party's country. */
    private static boolean actedOn(Event x, EventActor party) {
        String own = party.actor().country();
        return x.source() != null && x.target() != null && x.target().actor().country().equals(own)
                && !x.source().actor().country().equals(own);
    }

    /** Roots of cooperation, offered or done, and of statements (of which only empathy and accord are aimed at someone). */
    private static final java.util.Set<String> COOPERATION = java.util.Set.of("01", "02", "03", "04", "05", "06", "07", "08");
    private static final java.util.Set<String> EMPATHY = java.util.Set.of("018", "019");

    /**
     * "Stavrou telephoned Arslan to offer his condolences and pledged to send rescue teams", "Japan sent aid to the
     * Philippines, and its foreign minister expressed condolences": condolences, accord or an act of cooperation that
     * names no one is at the party its doer's country has just acted towards in the same sentence.
     */
    static void sharedTargets(List<Event> out) {
        addressUnnamed(out, 0, e -> e.target() == null && e.source() != null && COOPERATION.contains(e.cameoRoot())
                        && !(e.cameoRoot().equals("01") && !EMPATHY.contains(e.cameoCode())),
                (e, x) -> x.source() != null && x.target() != null && x.source().actor().country().equals(e.source().actor().country())
                        && !x.target().actor().country().equals(e.source().actor().country()),
                Event::target);
    }

    /**
     * "Khartoum accused Addis Ababa of arming the militia ... Ethiopia said it was ready to resume talks", "Germany pressed
     * Morocco to take back its citizens ... Morocco said it was ready to cooperate": an intent to cooperate that names no
     * one answers the party that last appealed to, demanded of, reproached or threatened its maker, in its sentence or the
     * two before.
     */
    static void offerTargets(List<Event> out) {
        addressUnnamed(out, 2, e -> e.target() == null && e.source() != null && e.asserted() && e.cameoRoot().equals("03"),
                (e, x) -> x.asserted() && x.source() != null && x.target() != null
                        && (TELLING.contains(x.cameoRoot()) || x.cameoRoot().equals("02")) // (not a mediator's: "talks mediated by China")
                        && x.target().actor().country().equals(e.source().actor().country())
                        && !x.source().actor().country().equals(e.source().actor().country()),
                Event::source);
    }

    /**
     * "Australia flew supplies into Tonga ... Japan sent two planes loaded with water", "... Canberra pledged a further $1
     * million": aid given or pledged that names no recipient goes where the aid told last, in its sentence or the two
     * before, went.
     */
    static void aidTargets(List<Event> out) {
        addressUnnamed(out, 2, e -> e.target() == null && e.source() != null && e.asserted() && aid(e),
                (e, x) -> aid(x) && x.asserted() && x.target() != null
                        && !x.target().actor().country().equals(e.source().actor().country()),
                Event::target);
    }

    /** Aid given or pledged ("pledged a further $1 million in assistance"). */
    private static boolean aid(Event e) {
        return e.cameoRoot().equals("07") || e.cameoCode().startsWith("033");
    }

    /** "Rwanda denied sending troops into Congo": a denial is addressed to the one the denied act would be done to. */
    static void addressDenials(DependencyTree t, Map<Integer, List<Event>> byTrigger, List<Event> out) {
        for (var e : byTrigger.entrySet()) {
            for (Event d : e.getValue()) {
                int at = out.indexOf(d);
                if (!d.cameoCode().equals("016") || d.source() == null || at < 0
                        || d.target() != null && !d.target().actor().country().equals(d.source().actor().country())) {
                    continue;
                }
                String own = d.source().actor().country();
                byTrigger.entrySet().stream().filter(o -> !o.getKey().equals(e.getKey()) && t.dominates(e.getKey(), o.getKey()))
                        .flatMap(o -> o.getValue().stream()).map(Event::target)
                        .filter(x -> x != null && !x.actor().country().equals(own)).findFirst()
                        .ifPresent(denied -> out.set(at, d.withTarget(denied)));
            }
        }
    }

    /** The words right after an event's trigger ("vowed| to respond in kind"), from its "to" on, or "". */
    private static String after(Event e, int length) {
        String rest = rest(e);
        rest = rest.substring(0, Math.min(rest.length(), length));
        java.util.regex.Matcher to = TO.matcher(rest);
        return to.find() ? rest.substring(to.end()) : "";
    }

    /** The evidence after an event's trigger, or "" when the trigger lies outside it. */
    private static String rest(Event e) {
        int from = e.trigger().end() - e.begin();
        return from < 0 || from > e.evidence().length() ? "" : e.evidence().substring(from);
    }

    /**
     * "A car bomb killed nine people in Mogadishu ... the group said it had carried out the attack": force on no one
     * named, by a definite event noun, is the act told before it and done to the same party.
     */
    static void reMentions(List<Event> out) {
        addressUnnamed(out, 1, e -> e.target() == null && e.quadClass() == 4 && e.asserted() && DEFINITE_ACT.matcher(e.trigger().text()).find(),
                (e, x) -> x.quadClass() == 4 && x.asserted() && x.target() != null, Event::target);
    }

    private static final java.util.regex.Pattern DEFINITE_ACT = java.util.regex.Pattern.compile(
            "(?i)\\b(the|this|that) (attacks?|bombings?|blasts?|explosions?|killings?|assault|raid|ambush|strikes?)$");

    /** The latest asserted act of conflict told so far by a party of another country than the given one, or null. */
    static Event lastActAgainstOthers(EventActor party, List<Event> told) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Event e = told.get(i);
            if (e.quadClass() >= 3 && e.modality() == Modality.ASSERTED && e.source() != null
                    && !e.source().actor().country().equals(party.actor().country())) {
                return e;
            }
        }
        return null;
    }

    /** The latest asserted act of force told so far whose target is the party's country, or null. */
    static Event answeredAct(EventActor party, List<Event> told) {
        return answeredAct(party, told, false);
    }

    /**
     * The same, or with {@code words} any act of conflict in words too ("gave him five days to leave"); one by a named
     * party before one by no one ("aircraft struck ..., killing eight ... Afghan forces responded").
     */
    private static Event answeredAct(EventActor party, List<Event> told, boolean words) {
        Event unnamed = null;
        for (int i = told.size() - 1; i >= 0; i--) {
            Event e = told.get(i);
            if ((e.quadClass() == 4 || words && e.quadClass() == 3) && e.modality() == Modality.ASSERTED && e.target() != null
                    && e.target().actor().country().equals(party.actor().country())
                    && (e.source() == null || !e.source().actor().country().equals(party.actor().country()))) {
                if (e.source() != null) {
                    return e;
                }
                unnamed = unnamed == null ? e : unnamed;
            }
        }
        return unnamed;
    }
}
