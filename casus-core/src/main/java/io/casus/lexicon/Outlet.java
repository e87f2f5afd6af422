package io.casus.lexicon;

import java.util.List;

/**
 * A news outlet or agency of {@code outlets.tsv}.
 *
 * @param names   canonical name first, then aliases ("Islamic Republic News Agency", "IRNA")
 * @param country ISO alpha-3 of its home country
 * @param kind    agency, state-agency, newspaper, broadcaster or online
 */
public record Outlet(List<String> names, String country, String kind) {
    public Outlet {
        names = List.copyOf(names);
    }

    public String name() {
        return names.get(0);
    }
}
