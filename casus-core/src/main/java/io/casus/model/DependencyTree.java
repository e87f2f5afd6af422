package io.casus.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Navigation over a sentence's dependency tree: governor, relation and children of each token, and subtree
 * extents. Cheap to build; build one per sentence when needed. Tokens without a parse have governor -2.
 */
public final class DependencyTree {
    public static final int UNPARSED = -2;

    private final Sentence sentence;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    private DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        governor = new int[n];
        relation = new String[n];
        Arrays.fill(governor, UNPARSED);
        Arrays.fill(relation, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) {
                throw new IllegalArgumentException("sentence " + sentence.index() + ": dependency out of range: " + d);
            }
            governor[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d.dependent());
            }
        }
    }

    public static DependencyTree of(Sentence sentence) {
        return new DependencyTree(sentence);
    }

    public Sentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public int size() {
        return governor.length;
    }

    public boolean parsed() {
        return !sentence.dependencies().isEmpty();
    }

    /** The governor of token {@code i}: -1 for the root, {@link #UNPARSED} without a parse. */
    public int governor(int i) {
        return governor[i];
    }

    /** The full relation of token {@code i} to its governor ({@code nsubj:pass}, {@code obl}), "" without a parse. */
    public String relation(int i) {
        return relation[i];
    }

    /** The relation without its specifier ({@code nsubj} for {@code nsubj:pass}). */
    public String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    public List<Integer> children(int i) {
        return List.copyOf(children.get(i));
    }

    /** Children of {@code i} whose base relation or full relation is {@code rel}. */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (relation[c].equals(rel) || baseRelation(c).equals(rel)) {
                out.add(c);
            }
        }
        return out;
    }

    /** First token of the subtree headed by {@code i}. */
    public int subtreeBegin(int i) {
        int min = i;
        for (int c : children.get(i)) {
            min = Math.min(min, subtreeBegin(c));
        }
        return min;
    }

    /** One past the last token of the subtree headed by {@code i}. */
    public int subtreeEnd(int i) {
        int max = i + 1;
        for (int c : children.get(i)) {
            max = Math.max(max, subtreeEnd(c));
        }
        return max;
    }

    /** Whether {@code ancestor} governs {@code i} directly or through other tokens (a token dominates itself). */
    public boolean dominates(int ancestor, int i) {
        for (int at = i, steps = 0; at >= 0 && steps <= size(); at = governor[at], steps++) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The nearest verb at or above {@code i}, or -1. */
    public int governingVerb(int i) {
        for (int at = governor[i], steps = 0; at >= 0 && steps <= size(); at = governor[at], steps++) {
            if (token(at).isVerb()) {
                return at;
            }
        }
        return -1;
    }
}
