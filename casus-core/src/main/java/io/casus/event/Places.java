package io.casus.event;

import static io.casus.event.Syntax.objects;
import static io.casus.event.Syntax.prep;

import io.casus.lexicon.Lexicons;
import io.casus.model.Actor;
import io.casus.model.DependencyTree;
import io.casus.model.Event.EventActor;
import io.casus.model.Event.Location;
import io.casus.model.Mention;
import io.casus.model.MentionType;
import io.casus.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Where an act is done and where its parties are from: places named in the parse, peoples, parties placed by the act. */
final class Places {
    /** Waters named after a country that are not its territory: "the Gulf of Oman", "the Sea of Japan". */
    private static final Set<String> WATERS = Set.of("gulf", "sea", "strait", "bay", "ocean", "channel");
    private static final Pattern ETHNIC = Pattern.compile("(?i)\\bethnic\\b");
    private static final Pattern ETHNIC_BEFORE = Pattern.compile("(?i)\\bethnic\\s+$");

    private final Lexicons lexicons;
    private final FrameLexicon frames;

    Places(Lexicons lexicons, FrameLexicon frames) {
        this.lexicons = lexicons;
        this.frames = frames;
    }

    /** "in Syria", "near Tehran": a country or capital in an in/near/at phrase of the trigger or its objects. */
    Location location(DependencyTree t, int v, List<Mention> mentions) {
        for (String p : List.of("in", "near", "at", "inside", "outside", "around", "off")) {
            List<Integer> places = new ArrayList<>(prep(t, v, p));
            List<Integer> heads = new ArrayList<>(objects(t, v));
            heads.addAll(t.children(v, "obl")); // "demonstrated on Tuesday in Serbia": the place hangs off the day
            heads.addAll(t.children(v, "acl")); // "an attack targeting shoppers at a mall in Nairobi"
            for (int n : t.children(v, "nsubj")) {
                if (!frames.nounFrames(t.token(n).lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
                    heads.add(n); // "a roadside bombing near Samarra killed a soldier": the place of the event doing it
                }
            }
            for (int o : heads) {
                places.addAll(prep(t, o, p));
            }
            List<Integer> named = new ArrayList<>();
            for (int h : places) {
                // "in Montenegro province", "in Kenya's capital", "at a mall in Nairobi": a named place modifying the
                // place noun, or the place it is in
                named.add(h);
                named.addAll(t.children(h, "compound"));
                named.addAll(t.children(h, "nmod:poss"));
                for (String q : WATERS.contains(t.token(h).lemma().toLowerCase(Locale.ROOT)) ? List.of("in", "near") : List.of("in", "near", "of")) {
                    for (int w : prep(t, h, q)) { // "near the town of Samarra" (but "the Gulf of Oman" is no part of Oman)
                        named.add(w);
                        named.addAll(t.children(w, "nmod:poss")); // "at a mall in Kenya's capital"
                    }
                }
            }
            for (int h : named) {
                Location place = placeAt(h, mentions);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** The place a token names, when it lies in a country or place mention that the lexicons place. */
    Location placeAt(int h, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (h >= m.tokenBegin() && h < m.tokenEnd() && (m.type() == MentionType.COUNTRY || m.type() == MentionType.LOCATION)) {
                String country = lexicons.countryOfPlace(m.text());
                if (country != null) {
                    return new Location(country, m.text(), m.begin(), m.end());
                }
            }
        }
        return null;
    }

    /**
     * "Protesters set fire to the embassy in Kiev": a party whose country was only the article's main country is
     * taken to be of the country where the act is done.
     */
    static EventActor localised(EventActor a, Location where) {
        Actor x = a.actor();
        if (x.basis() != Actor.Basis.CONTEXT || x.confidence() > 0.5 || x.sector().isEmpty() || x.country().equals(where.country())
                || x.name() != null && x.name().equals("unidentified attackers")) {
            return a;
        }
        return new EventActor(Actor.of(where.country() + String.join("", x.sector()), x.name(), x.role(), Actor.Basis.CONTEXT,
                x.confidence()), a.text(), a.begin(), a.end());
    }

    /**
     * "Ethnic Albanians demonstrated in Serbia": a people named by ethnicity, not nationality, is coded by the country
     * where it acts, as event coders do for minorities.
     */
    static EventActor residents(EventActor a, Location where, Sentence s) {
        String before = s.text().substring(0, Math.max(0, Math.min(s.text().length(), a.begin() - s.begin())));
        if (!(ETHNIC.matcher(a.text()).find() || ETHNIC_BEFORE.matcher(before).find()) || a.actor().country().equals(where.country())) {
            return a;
        }
        String code = where.country() + a.actor().code().substring(3);
        return new EventActor(Actor.of(code, a.actor().name(), a.actor().role(), Actor.Basis.CONTEXT, a.actor().confidence() * 0.8),
                a.text(), a.begin(), a.end());
    }

    /** The country a people named by a demonym lives in, when the phrase says: "Bosnian Serbs", "Kurds of Iraq". */
    static String homeOf(DependencyTree t, int h, Mention people, List<Mention> mentions) {
        List<Integer> places = new ArrayList<>(t.children(h, "amod"));
        places.addAll(t.children(h, "compound")); // "Kosovo Albanians"
        places.addAll(prep(t, h, "of"));
        places.addAll(prep(t, h, "in"));
        for (int c : places) {
            for (Mention m : mentions) {
                if (m != people && m.actor() != null && c >= m.tokenBegin() && c < m.tokenEnd()
                        && (m.type() == MentionType.NATIONALITY || m.type() == MentionType.COUNTRY)
                        && !m.actor().country().equals(people.actor().country())) {
                    return m.actor().country();
                }
            }
        }
        return null;
    }
}
