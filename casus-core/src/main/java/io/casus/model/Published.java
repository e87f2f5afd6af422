package io.casus.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When an article was published, as precisely as its source says: a date, optionally a time of day, optionally
 * the UTC offset that was in force at that place and moment.
 *
 * @param date   the calendar date (never null)
 * @param time   the local time of day, or null when only the date is known
 * @param offset the UTC offset of {@code time}, or null when the zone is unknown
 */
public record Published(LocalDate date, LocalTime time, ZoneOffset offset) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    public Published {
        Objects.requireNonNull(date, "date");
        if (offset != null && time == null) {
            throw new IllegalArgumentException("an offset needs a time of day");
        }
    }

    public static Published of(OffsetDateTime t) {
        return new Published(t.toLocalDate(), t.toLocalTime(), t.getOffset());
    }

    public static Published ofDate(LocalDate d) {
        return new Published(d, null, null);
    }

    /** ISO-8601: {@code 2024-04-16T16:32:00-04:00}, {@code 2024-04-16T16:32:00} or {@code 2024-04-16}. */
    public String iso() {
        if (time == null) {
            return date.toString();
        }
        if (offset == null) {
            return LOCAL.format(date.atTime(time));
        }
        return WITH_OFFSET.format(date.atTime(time).atOffset(offset));
    }

    @Override
    public String toString() {
        return iso();
    }
}
