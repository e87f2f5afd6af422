package io.casus.lexicon;

import java.util.List;

/**
 * A country or territory of {@code countries.tsv}.
 *
 * @param code       ISO 3166-1 alpha-3 (CAMEO uses the same codes)
 * @param iso2       ISO 3166-1 alpha-2
 * @param names      the names news use for it, official short name first
 * @param adjectives adjectives and demonyms ("Iranian", "Saudis")
 * @param capitals   capital and seat-of-government names used for the government ("Tehran")
 * @param region     broad region
 */
public record Country(String code, String iso2, List<String> names, List<String> adjectives, List<String> capitals,
                      String region) {
    public Country {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
    }

    public String name() {
        return names.get(0);
    }
}
