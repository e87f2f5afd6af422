package io.casus.model;

import java.util.Objects;

/**
 * A typed dependency between two tokens of one sentence: an edge of the basic Universal Dependencies tree, with
 * relation names such as {@code nsubj}, {@code obl}, {@code nmod:poss}, {@code compound:prt}. Each token has one
 * governor, so a token's subtree is a contiguous phrase.
 *
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation  relation name
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad dependency " + governor + " -" + relation + "-> " + dependent);
        }
    }

    /** The relation without its specifier: {@code obl} for {@code obl:on}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
