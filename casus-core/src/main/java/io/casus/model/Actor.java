package io.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * A resolved actor: who a mention stands for, in CAMEO actor codes.
 *
 * @param code       country or IGO code followed by zero or more three-letter sector codes ({@code USAGOV},
 *                   {@code IRNMIL}, {@code IGOUNO}, {@code IRN})
 * @param country    the first three letters of the code: ISO 3166-1 alpha-3, or a CAMEO IGO/region code
 * @param sector     the three-letter sector codes after the country, in order
 * @param name       canonical name ("Antony Blinken", "Iran", "a U.S. official" for an unnamed one)
 * @param role       office or role when known ("Secretary of State"), else null
 * @param basis      how it was resolved
 * @param confidence how sure the resolution is, in [0, 1]
 */
public record Actor(String code, String country, List<String> sector, String name, String role, Basis basis,
                    double confidence) {
    /** How an actor was resolved. */
    public enum Basis {
        /** a dictionary entry: a country, organisation, outlet or dated office holder */
        DICTIONARY,
        /** a title or role word around the name ("Defense Minister Yoav Gallant", "a U.S. official") */
        TITLE,
        /** a demonym or national adjective ("Iranian") */
        DEMONYM,
        /** a capital or seat of government used for the government ("Tehran said", "the Kremlin") */
        CAPITAL,
        /** an earlier mention of the same actor in the article ("Blinken" after "Antony Blinken") */
        COREFERENCE,
        /** the article's context, for an actor the text does not place ("police" in a story about Georgia) */
        CONTEXT
    }

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(basis, "basis");
        if (code.length() < 3 || code.length() % 3 != 0 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("bad actor code '" + code + "': three capital letters per part");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
        country = code.substring(0, 3);
        sector = List.copyOf(sectorsOf(code));
    }

    /** An actor from a code alone; country and sectors are derived from it. */
    public static Actor of(String code, String name, String role, Basis basis, double confidence) {
        return new Actor(code, code.substring(0, Math.min(3, code.length())), List.of(), name, role, basis, confidence);
    }

    private static List<String> sectorsOf(String code) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            out.add(code.substring(i, i + 3));
        }
        return out;
    }

    /** The same actor reached another way. */
    public Actor via(Basis how, double conf) {
        return new Actor(code, country, sector, name, role, how, conf);
    }
}
