package io.casus.event;

import io.casus.lexicon.Tsv;
import io.casus.model.Event.Modality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coder's rule data beside the frames, each a resource file of {@code io/casus/cameo/} validated on load (errors
 * name file and line): what stating an act amounts to (intentions.tsv, refusals.tsv), acts addressed at home
 * (domestic.tsv) or done together (mutual.tsv, mutual-verbs.tsv), means of force (instruments.tsv), performing verbs
 * (light-verbs.tsv), texts and issuing verbs (documents.tsv), what leaves an event noun undone
 * (noun-governors.tsv), and reactions to an act told before (reactions.tsv). Immutable once built; thread-safe.
 */
final class CodingRules {
    private final Map<String, String> intentions;
    private final Map<String, String> refusals;
    private final Map<String, String> domestic = new HashMap<>();
    private final Map<String, Set<String>> mutual = new HashMap<>();
    private final List<Map.Entry<Set<String>, String>> instruments = new ArrayList<>();
    private final Set<String> lightVerbs = new HashSet<>();
    private final Set<String> mutualVerbs = new HashSet<>();
    private final Set<String> texts = new HashSet<>();
    private final Set<String> issuing = new HashSet<>();
    private final Map<String, Modality> nounGovernors = new HashMap<>();
    private final Map<String, String> characterisations;
    private final Map<String, String> reactions = new HashMap<>();
    private final Set<String> actNouns = new HashSet<>();

    CodingRules(Codebook codebook) {
        intentions = codeMap("io/casus/cameo/intentions.tsv", codebook);
        refusals = codeMap("io/casus/cameo/refusals.tsv", codebook);
        characterisations = new HashMap<>();
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/characterisations.tsv", 2)) {
            if (!Set.of("111", "112", "120").contains(r.get(1)) || !r.get(0).matches("[a-z-]+")) {
                throw r.error("expected a lower-case noun and 111, 112 or 120");
            }
            characterisations.put(r.get(0), r.get(1));
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/domestic.tsv", 2)) {
            if (!r.get(0).matches("\\d{2,4}") || !r.get(1).matches("yes|no")) {
                throw r.error("expected a code prefix and yes or no");
            }
            domestic.put(r.get(0), r.get(1));
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/mutual.tsv", 2)) {
            if (!r.get(0).matches("\\d{2,4}")) {
                throw r.error("expected a code prefix");
            }
            mutual.put(r.get(0), r.get(1).equals("-") ? Set.of() : Set.of(r.get(1).split(",")));
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/instruments.tsv", 2)) {
            if (codebook.get(r.get(1)) == null) {
                throw r.error("unknown CAMEO code " + r.get(1));
            }
            instruments.add(Map.entry(Set.of(r.get(0).split(" ")), r.get(1)));
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/mutual-verbs.tsv", 1)) {
            mutualVerbs.add(r.get(0));
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/light-verbs.tsv", 1)) {
            lightVerbs.add(r.get(0));
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/documents.tsv", 2)) {
            switch (r.get(0)) {
                case "text" -> texts.add(r.get(1));
                case "issuing" -> issuing.add(r.get(1));
                default -> throw r.error("expected text or issuing");
            }
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/reactions.tsv", 2)) {
            switch (r.get(0)) {
                case "code" -> {
                    if (!r.get(1).matches("\\d{2,4}")) {
                        throw r.error("expected a code prefix");
                    }
                    reactions.put(r.get(1), "yes");
                }
                case "noun" -> actNouns.add(r.get(1));
                default -> throw r.error("expected code or noun");
            }
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/noun-governors.tsv", 3)) {
            if (!r.get(0).matches("verb|adjective|noun") || !r.get(2).matches("negated|hypothetical|intended")) {
                throw r.error("expected verb, adjective or noun, a lemma, and negated, hypothetical or intended");
            }
            nounGovernors.put(r.get(0) + ":" + r.get(1), Modality.valueOf(r.get(2).toUpperCase(Locale.ROOT)));
        }
    }

    private static Map<String, String> codeMap(String resource, Codebook codebook) {
        Map<String, String> map = new HashMap<>();
        for (Tsv.Row r : Tsv.resource(resource, 2)) {
            if (codebook.get(r.get(1)) == null || !r.get(0).matches("\\d{2,4}")) {
                throw r.error("expected a code prefix and a known CAMEO code");
            }
            map.put(r.get(0), r.get(1));
        }
        return map;
    }

    /** The code of calling an act this noun ("a war crime": 112, "a provocation": 111, "groundless": 120), or null. */
    String characterisation(String noun) {
        return characterisations.get(noun);
    }

    /** The entry of the longest prefix of the code, or null. */
    private static <V> V byPrefix(Map<String, V> map, String code) {
        for (int len = code.length(); len >= 2; len--) {
            V v = map.get(code.substring(0, len));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The code of stating one will do this act (a pledge, an offer, a threat), or null. */
    String intention(String code) {
        return byPrefix(intentions, code);
    }

    /** The code of stating one will not do this act (a refusal), or null. */
    String refusal(String code) {
        return byPrefix(refusals, code);
    }

    /** Whether the act reacts to another's act ("condemned", "welcomed"; reactions.tsv). */
    boolean reaction(String code) {
        return byPrefix(reactions, code) != null;
    }

    /** Whether the noun names an act of any kind ("the move", "the decision"; reactions.tsv). */
    boolean actNoun(String lemma) {
        return actNouns.contains(lemma);
    }

    /** Whether the act, with no one named, is addressed to the actor's own country. */
    boolean domestic(String code) {
        return "yes".equals(byPrefix(domestic, code));
    }

    /** Whether parties named together as the verb's subject act on each other (mutual-verbs.tsv). */
    boolean mutualVerb(String lemma) {
        return mutualVerbs.contains(lemma);
    }

    /** The target roles that make an act with this code mutual; empty for none. */
    Set<String> mutualRoles(String code) {
        Set<String> roles = byPrefix(mutual, code);
        return roles == null ? Set.of() : roles;
    }

    /** The specific code of generic force by these means words, or null. */
    String instrument(Set<String> words) {
        for (Map.Entry<Set<String>, String> e : instruments) {
            if (words.containsAll(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    boolean lightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }

    boolean text(String lemma) {
        return texts.contains(lemma);
    }

    boolean issuing(String lemma) {
        return issuing.contains(lemma);
    }

    /** What a governing verb or adjective (kind "verb" or "adjective") makes of an event noun, or null. */
    Modality nounGovernor(String kind, String lemma) {
        return nounGovernors.get(kind + ":" + lemma);
    }
}
