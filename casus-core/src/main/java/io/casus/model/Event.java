package io.casus.model;

import java.util.Objects;

/**
 * One coded event: who did what to whom, when, where, how sure, according to whom, and the text it came from.
 *
 * @param id            stable within the article: {@code <articleId>-<sentence>-<trigger token>-<n>}
 * @param sentence      index of the evidence sentence
 * @param begin         start offset of the evidence sentence in the article text
 * @param end           end offset (exclusive)
 * @param evidence      the sentence text
 * @param trigger       the words that fired the frame
 * @param source        who acted, or null when the text does not say
 * @param target        who was acted on, or null
 * @param cameoCode     the CAMEO event code ("195", "0256")
 * @param cameoRoot     its two-digit root
 * @param goldstein     Goldstein score of the code
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param ploverType    the PLOVER event type
 * @param eventDate     {@code YYYY-MM-DD}: the first day of the period the date names
 * @param datePrecision day, week, month, year or decade
 * @param dateSource    {@code text} when a time expression fixes it, {@code context} when an earlier report of the
 *                      same event does, {@code publication} otherwise
 * @param location      where, when the text says, or null
 * @param modality      asserted, negated, hypothetical or intended
 * @param attribution   who reported it, for reported speech, or null
 * @param confidence    in [0, 1]
 * @param frame         the lexicon frame that coded it, for provenance ("attack subj>obj 190")
 */
public record Event(String id, int sentence, int begin, int end, String evidence, Trigger trigger, EventActor source,
                    EventActor target, String cameoCode, String cameoRoot, double goldstein, int quadClass,
                    String ploverType, String eventDate, String datePrecision, String dateSource, Location location,
                    Modality modality, Attribution attribution, double confidence, String frame) {
    /** How the text presents an event. Only asserted events are events; the others are kept for users to see. */
    public enum Modality { ASSERTED, NEGATED, HYPOTHETICAL, INTENDED }

    /** The trigger words and their span. */
    public record Trigger(String text, int begin, int end) {
        public Trigger {
            Objects.requireNonNull(text, "text");
            Spans.check(begin, end, "trigger");
        }
    }

    /** An event's participant: the resolved actor and the words that name it. */
    public record EventActor(Actor actor, String text, int begin, int end) {
        public EventActor {
            Objects.requireNonNull(actor, "actor");
            Spans.check(begin, end, "event actor");
        }
    }

    /** Where: a country code and the place as written. */
    public record Location(String country, String place, int begin, int end) {}

    /** Who an event is attributed to: the speaker, the outlet it came through, whether unnamed. */
    public record Attribution(String speaker, Actor actor, String via, boolean anonymous) {}

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(cameoCode, "cameoCode");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(eventDate, "eventDate");
        Spans.check(begin, end, "event " + id);
    }

    /** A copy acting on another target. */
    public Event withTarget(EventActor other) {
        return new Event(id, sentence, begin, end, evidence, trigger, source, other, cameoCode, cameoRoot, goldstein,
                quadClass, ploverType, eventDate, datePrecision, dateSource, location, modality, attribution, confidence, frame);
    }

    /** A copy under another id (a second event read from the same words). */
    public Event withId(String other) {
        return new Event(other, sentence, begin, end, evidence, trigger, source, target, cameoCode, cameoRoot, goldstein,
                quadClass, ploverType, eventDate, datePrecision, dateSource, location, modality, attribution, confidence, frame);
    }

    /** A copy dated otherwise. */
    public Event withDate(String day, String precision, String source) {
        return new Event(id, sentence, begin, end, evidence, trigger, this.source, target, cameoCode, cameoRoot, goldstein,
                quadClass, ploverType, day, precision, source, location, modality, attribution, confidence, frame);
    }

    public boolean asserted() {
        return modality == Modality.ASSERTED;
    }
}
