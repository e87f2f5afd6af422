package io.casus.app.server;

import io.casus.model.Event.Modality;
import io.casus.store.Dyad;
import io.casus.store.EventFilter;
import io.casus.store.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Reads query parameters; every failure is a 400 naming the parameter and what it should look like. */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private Params() {}

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("bad parameter '" + name + "': '" + v + "' is not a date like 2024-03-01");
        }
    }

    static int integer(Context ctx, String name, int def, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest("bad parameter '" + name + "': " + n + " is not in " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad parameter '" + name + "': '" + v + "' is not a whole number");
        }
    }

    static PageRequest page(Context ctx) {
        return PageRequest.of(integer(ctx, "offset", 0, 0, Integer.MAX_VALUE - MAX_LIMIT),
                integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    static Dyad dyad(String name, String value) {
        try {
            return Dyad.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter '" + name + "': " + e.getMessage());
        }
    }

    static String actor(Context ctx, String name) {
        String v = text(ctx, name);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    /** The event filter of {@code GET /api/events} and the other event queries; asserted events by default. */
    static EventFilter events(Context ctx) {
        EventFilter f = EventFilter.asserted();
        f = apply(f, "dyad", ctx, (g, v) -> g.withDyad(dyad("dyad", v)));
        f = apply(f, "actor", ctx, (g, v) -> g.withActor(v.toUpperCase(Locale.ROOT)));
        f = apply(f, "code", ctx, EventFilter::withCode);
        f = apply(f, "root", ctx, EventFilter::withRoot);
        f = apply(f, "quad", ctx, (g, v) -> g.withQuadClass(integer(ctx, "quad", 0, 1, 4)));
        f = dates(f, ctx);
        f = apply(f, "modality", ctx, (g, v) -> g.withModalities(modalities(v)));
        f = apply(f, "q", ctx, EventFilter::withText);
        return f;
    }

    static EventFilter dates(EventFilter f, Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("bad parameters 'from' and 'to': from " + from + " is after to " + to);
        }
        return f.withDates(from, to);
    }

    private static Set<Modality> modalities(String v) {
        if (v.equalsIgnoreCase("any") || v.equalsIgnoreCase("all")) {
            return EnumSet.allOf(Modality.class);
        }
        Set<Modality> out = EnumSet.noneOf(Modality.class);
        for (String part : v.split(",")) {
            try {
                out.add(Modality.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bad parameter 'modality': '" + part.strip() + "' is not one of "
                        + EnumSet.allOf(Modality.class).toString().toLowerCase(Locale.ROOT) + " or any");
            }
        }
        return out;
    }

    private interface Narrow {
        EventFilter apply(EventFilter f, String value);
    }

    /** Applies one parameter, turning the filter's own validation message into a 400 naming the parameter. */
    private static EventFilter apply(EventFilter f, String name, Context ctx, Narrow narrow) {
        String v = text(ctx, name);
        if (v == null) {
            return f;
        }
        try {
            return narrow.apply(f, v);
        } catch (ApiException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter '" + name + "': " + e.getMessage());
        }
    }
}
