package io.casus.model;

import java.util.Objects;

/**
 * A time expression with its value resolved against the publication date.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token
 * @param tokenEnd   one past the last token
 * @param begin      start offset in the article text
 * @param end        end offset (exclusive)
 * @param text       as written ("on Saturday" gives "Saturday")
 * @param type       DATE, TIME or DURATION
 * @param value      TIMEX3-style normalised value: {@code 2024-04-13}, {@code 2024-W15}, {@code 2024-04}, {@code 2024},
 *                   {@code 199X}, {@code 2024-04-16T15:00}, {@code P3D}, {@code PRESENT_REF}
 */
public record TimeExpression(int sentence, int tokenBegin, int tokenEnd, int begin, int end, String text,
                             String type, String value) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Spans.check(begin, end, "time '" + text + "'");
    }

    /** The value as a single day ({@code YYYY-MM-DD}), or null when it is not day-precise. */
    public String day() {
        if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && Character.isDigit(value.charAt(9))) {
            return value.substring(0, 10);
        }
        return null;
    }
}
