package io.casus.store;

import java.time.LocalDate;

/**
 * A full-text search over article titles and bodies.
 *
 * @param text   Lucene query syntax over title and body, words joined by AND by default ({@code ceasefire
 *               Khartoum}, {@code "prisoner exchange"}, {@code sanction*}); English stemming applies. Null or blank:
 *               every article, newest first
 * @param from   articles published on or after this day (articles without a date are then left out)
 * @param to     articles published on or before this day
 * @param outlet articles of this outlet (exact name, case-insensitive)
 * @param actor  articles with an actor whose code starts with this one at a three-letter boundary, among their
 *               mentions, quotes and events ({@code IRN} matches {@code IRNGOV})
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String outlet, String actor) {
    public SearchQuery {
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (outlet != null && outlet.isBlank()) {
            outlet = null;
        }
        if (actor != null) {
            Dyad.checkCode(actor, "search actor filter");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("bad date filter: from " + from + " is after to " + to);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null);
    }

    public SearchQuery withDates(LocalDate f, LocalDate t) {
        return new SearchQuery(text, f, t, outlet, actor);
    }

    public SearchQuery withOutlet(String o) {
        return new SearchQuery(text, from, to, o, actor);
    }

    public SearchQuery withActor(String a) {
        return new SearchQuery(text, from, to, outlet, a);
    }
}
