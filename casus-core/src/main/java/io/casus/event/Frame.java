package io.casus.event;

import java.util.List;
import java.util.Objects;

/**
 * A verb frame: a trigger, where its source and target are in the parse, and the CAMEO code it gives.
 *
 * @param lemma      the verb lemma, or the noun lemma of a nominal trigger
 * @param particle   a required particle ({@code compound:prt}: "call off"), or null
 * @param objectNoun a required direct-object noun lemma for light verbs ("launch +attack"), or {@code PREP:NOUN} for a
 *                   noun in an oblique ("engage +in:firefight"), or {@code xcomp:WORD} for an open complement ("hold
 *                   +xcomp:responsible"), or null
 * @param nominal    true when the trigger is a noun ("n:attack": "Iran's attack on Israel")
 * @param sources    source roles tried in order: {@code subj}, {@code poss}, {@code by}, {@code mod} (a nationality
 *                   modifying an event noun: "an Israeli response"); empty for none
 * @param targets    target roles tried in order: {@code obj}, {@code iobj} or a preposition, or {@code answered} (the
 *                   party whose earlier act of force on the source this act answers), or {@code ccomp} (only
 *                   requires a clausal complement, for blocking frames), or {@code xcomp} (requires an open complement, "offered to
 *                   help", whose parties are the implied target); empty for none
 * @param code       the CAMEO event code, or {@code ---} for a frame that uses the trigger up with no event ("demonstrated
 *                   that ..." is showing, not protesting)
 * @param origin     where the frame was defined ({@code frames.tsv:123}), for provenance
 */
public record Frame(String lemma, String particle, String objectNoun, boolean nominal, List<String> sources,
                    List<String> targets, String code, String origin) {
    static final List<String> SOURCE_ROLES = List.of("subj", "poss", "by", "mod", "from");
    static final List<String> TARGET_ROLES = List.of("answered", "ccomp", "xcomp", "obj", "iobj", "with", "against", "on", "to", "for", "from", "of",
            "in", "into", "at", "over", "about", "toward", "towards", "upon", "onto", "across", "near", "through", "between", "among", "alongside", "by", "subj");

    public Frame {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(code, "code");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** Whether the frame marks a sense of the trigger that is no event. */
    public boolean blocks() {
        return code.equals(NO_EVENT);
    }

    static final String NO_EVENT = "---";

    /** The trigger as written in the lexicon. */
    public String trigger() {
        if (nominal) {
            return "n:" + lemma;
        }
        return lemma + (particle == null ? "" : " " + particle) + (objectNoun == null ? "" : " +" + objectNoun);
    }

    @Override
    public String toString() {
        return trigger() + " " + (sources.isEmpty() ? "-" : String.join(",", sources)) + ">"
                + (targets.isEmpty() ? "-" : String.join(",", targets)) + " " + code + " (" + origin + ")";
    }
}
