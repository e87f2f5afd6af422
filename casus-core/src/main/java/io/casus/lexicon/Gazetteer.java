package io.casus.lexicon;

import io.casus.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds phrases of a list in a sentence's tokens, longest match first, left to right.
 *
 * <p>Phrases are compared with the text as written between the tokens (so "Al-Shabaab" matches however the
 * tokenizer split it). Abbreviations written in capitals ("US", "IRNA") match only in capitals; other phrases match
 * any case as long as the text starts with a capital letter, so "Turkey" matches but the bird does not.
 *
 * @param <T> what a phrase stands for
 */
public final class Gazetteer<T> {
    private static final int MAX_TOKENS = 8;

    /** A phrase found in a sentence: tokens {@code [tokenBegin, tokenEnd)}. */
    public record Hit<T>(int tokenBegin, int tokenEnd, String text, T value) {}

    private final boolean anyCase;
    private final Map<String, T> exact = new HashMap<>();
    private final Map<String, T> folded = new HashMap<>();
    /** Lower-cased prefixes of every phrase's first word: positions whose token is none of them are skipped. */
    private final java.util.Set<String> starts = new java.util.HashSet<>();

    /** A gazetteer with the case rules above, for names. */
    public Gazetteer() {
        this(false);
    }

    /** @param anyCase match phrases in any case, capitalised or not (for common words such as titles) */
    public Gazetteer(boolean anyCase) {
        this.anyCase = anyCase;
    }

    /**
     * Adds a phrase.
     *
     * @throws IllegalArgumentException when the phrase already stands for a different value
     */
    public void add(String phrase, T value) {
        String key = normalise(phrase);
        T old = exact.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            throw new IllegalArgumentException("phrase '" + phrase + "' already stands for " + old);
        }
        if (anyCase || !isAbbreviation(key)) {
            folded.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
        }
        addStarts(key);
    }

    private void addStarts(String key) {
        String first = key.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        for (int i = 1; i <= first.length(); i++) {
            starts.add(first.substring(0, i));
        }
    }

    /**
     * Adds a phrase matched in any case (as long as the text starts with a capital) however it is written here:
     * for dictionaries written all in capitals, like PETRARCH's. Does nothing when the phrase is already known.
     *
     * @return whether the phrase was new
     */
    public boolean offerFolded(String phrase, T value) {
        String key = normalise(phrase);
        String folded = key.toLowerCase(Locale.ROOT);
        if (exact.containsKey(key) || this.folded.containsKey(folded)) {
            return false;
        }
        this.folded.put(folded, value);
        addStarts(key);
        return true;
    }

    /** Adds a phrase unless it is already known. @return whether it was new */
    public boolean offer(String phrase, T value) {
        if (get(phrase) != null || exact.containsKey(normalise(phrase))) {
            return false;
        }
        add(phrase, value);
        return true;
    }

    /** The value of a phrase written exactly so (case rules as in matching), or null. */
    public T get(String phrase) {
        String key = normalise(phrase);
        T v = exact.get(key);
        if (v == null && !key.isEmpty() && (anyCase || Character.isUpperCase(key.charAt(0)))) {
            v = folded.get(key.toLowerCase(Locale.ROOT));
        }
        return v;
    }

    public boolean isEmpty() {
        return exact.isEmpty();
    }

    /** Every non-overlapping phrase of the list in the sentence, longest first at each position. */
    public List<Hit<T>> find(Sentence s) {
        List<Hit<T>> hits = new ArrayList<>();
        int n = s.tokens().size();
        int i = 0;
        while (i < n) {
            Hit<T> best = null;
            if (!starts.contains(s.tokens().get(i).text().toLowerCase(Locale.ROOT))) {
                i++;
                continue;
            }
            for (int j = Math.min(n, i + MAX_TOKENS); j > i; j--) {
                String text = s.textOf(i, j);
                T v = get(text);
                if (v != null) {
                    best = new Hit<>(i, j, text, v);
                    break;
                }
            }
            if (best != null) {
                hits.add(best);
                i = best.tokenEnd();
            } else {
                i++;
            }
        }
        return hits;
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static boolean isAbbreviation(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && s.replaceAll("[^\\p{L}]", "").length() <= 5;
    }
}
