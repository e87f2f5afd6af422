package io.casus.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a time series of events.
 *
 * @param period        first day of the period (a Monday for weekly series)
 * @param events        events in the period
 * @param verbalCoop    quad class 1
 * @param materialCoop  quad class 2
 * @param verbalConf    quad class 3
 * @param materialConf  quad class 4
 * @param goldsteinSum  sum of the events' Goldstein scores
 * @param goldsteinMean mean Goldstein score, or null when the period has no events
 */
public record SeriesPoint(LocalDate period, long events, long verbalCoop, long materialCoop, long verbalConf,
                          long materialConf, double goldsteinSum, Double goldsteinMean) {
    public SeriesPoint {
        Objects.requireNonNull(period, "period");
    }

    /** A period without events. */
    public static SeriesPoint empty(LocalDate period) {
        return new SeriesPoint(period, 0, 0, 0, 0, 0, 0, null);
    }
}
