package io.casus.testing;

import io.casus.model.Dependency;
import io.casus.model.Sentence;
import io.casus.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-built parses for unit tests, so logic over sentences is tested without CoreNLP.
 *
 * <p>Tokens are written {@code word/POS} or {@code word/POS/NER} separated by spaces; dependencies in the CoNLL-like
 * notation CoreNLP prints, {@code rel(governor-N, dependent-M)} with 1-based positions and {@code ROOT-0}.
 * Lemmas are the lower-cased words unless given as {@code word/POS/NER/lemma}.
 */
public final class Parses {
    private static final Pattern DEP = Pattern.compile("([\\w:]+)\\((.+)-(\\d+), (.+)-(\\d+)\\)");

    private Parses() {}

    public static Sentence sentence(String tokens, String... deps) {
        return sentence(0, 0, tokens, deps);
    }

    /** A sentence with the given index starting at character {@code offset} of an imagined article text. */
    public static Sentence sentence(int index, int offset, String tokens, String... deps) {
        List<Token> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int pos = offset;
        for (String raw : tokens.trim().split("\\s+")) {
            String[] p = raw.split("/");
            if (p.length < 2) {
                throw new IllegalArgumentException("token without POS: " + raw);
            }
            String word = p[0].replace('_', ' ');
            if (text.length() > 0) {
                text.append(' ');
                pos++;
            }
            String ner = p.length > 2 ? p[2] : "O";
            String lemma = p.length > 3 ? p[3] : word.toLowerCase(java.util.Locale.ROOT);
            out.add(new Token(out.size(), word, lemma, p[1], ner, pos, pos + word.length()));
            text.append(word);
            pos += word.length();
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String d : deps) {
            Matcher m = DEP.matcher(d.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad dependency: " + d);
            }
            dependencies.add(new Dependency(Integer.parseInt(m.group(3)) - 1, Integer.parseInt(m.group(5)) - 1, m.group(1)));
        }
        return new Sentence(index, offset, pos, text.toString(), out, dependencies);
    }
}
