package io.casus.store;

import io.casus.model.Event.Modality;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which events a query or export covers. Every set field narrows the result; null fields do not filter.
 * Start from {@link #asserted()} or {@link #any()} and narrow with the {@code with...} methods.
 *
 * @param dyad       events between two actors (see {@link Dyad})
 * @param actor      events whose source or target code starts with this code ({@code IRN}, {@code IRNGOV})
 * @param code       events whose CAMEO code starts with this one ({@code 19} matches 190 to 196, {@code 0256})
 * @param root       events of this CAMEO root ({@code 19})
 * @param quadClass  events of this quad class, 1 to 4
 * @param from       events on or after this day
 * @param to         events on or before this day
 * @param modalities events of these modalities; {@link #asserted()} holds only {@code ASSERTED}
 * @param text       words that must all occur in the evidence sentence (case-insensitive substring match)
 * @param articleId  events of this article
 */
public record EventFilter(Dyad dyad, String actor, String code, String root, Integer quadClass, LocalDate from,
                          LocalDate to, Set<Modality> modalities, String text, String articleId) {
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern ROOT = Pattern.compile("\\d{2}");

    public EventFilter {
        if (actor != null) {
            Dyad.checkCode(actor, "actor filter");
        }
        if (code != null && !CAMEO.matcher(code).matches()) {
            throw new IllegalArgumentException("bad CAMEO code filter '" + code + "': 2 to 4 digits, such as 19 or 0256");
        }
        if (root != null && !ROOT.matcher(root).matches()) {
            throw new IllegalArgumentException("bad CAMEO root filter '" + root + "': 2 digits, such as 19");
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("bad quad class filter " + quadClass + ": 1 to 4");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("bad date filter: from " + from + " is after to " + to);
        }
        if (modalities == null || modalities.isEmpty()) {
            throw new IllegalArgumentException("an event filter needs at least one modality");
        }
        modalities = Set.copyOf(modalities);
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (articleId != null && articleId.isBlank()) {
            throw new IllegalArgumentException("blank article id in event filter");
        }
    }

    /** Every asserted event: the default, since only asserted events are events. */
    public static EventFilter asserted() {
        return new EventFilter(null, null, null, null, null, null, null, EnumSet.of(Modality.ASSERTED), null, null);
    }

    /** Every event of every modality. */
    public static EventFilter any() {
        return asserted().withModalities(EnumSet.allOf(Modality.class));
    }

    public EventFilter withDyad(Dyad d) {
        return new EventFilter(d, actor, code, root, quadClass, from, to, modalities, text, articleId);
    }

    public EventFilter withActor(String a) {
        return new EventFilter(dyad, a, code, root, quadClass, from, to, modalities, text, articleId);
    }

    public EventFilter withCode(String c) {
        return new EventFilter(dyad, actor, c, root, quadClass, from, to, modalities, text, articleId);
    }

    public EventFilter withRoot(String r) {
        return new EventFilter(dyad, actor, code, r, quadClass, from, to, modalities, text, articleId);
    }

    public EventFilter withQuadClass(Integer q) {
        return new EventFilter(dyad, actor, code, root, q, from, to, modalities, text, articleId);
    }

    /** Events from {@code f} to {@code t}, both inclusive; either may be null. */
    public EventFilter withDates(LocalDate f, LocalDate t) {
        return new EventFilter(dyad, actor, code, root, quadClass, f, t, modalities, text, articleId);
    }

    public EventFilter withModalities(Set<Modality> m) {
        return new EventFilter(dyad, actor, code, root, quadClass, from, to, m, text, articleId);
    }

    public EventFilter withText(String t) {
        return new EventFilter(dyad, actor, code, root, quadClass, from, to, modalities, t, articleId);
    }

    public EventFilter withArticle(String id) {
        return new EventFilter(dyad, actor, code, root, quadClass, from, to, modalities, text, id);
    }
}
