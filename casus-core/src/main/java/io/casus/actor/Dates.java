package io.casus.actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Dates of dictionary terms: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a partial end date means its last day. */
final class Dates {
    private Dates() {}

    static LocalDate start(String s) {
        return parse(s, false);
    }

    static LocalDate end(String s) {
        return parse(s, true);
    }

    private static LocalDate parse(String s, boolean end) {
        if (s.equals("-")) {
            return null;
        }
        try {
            return switch (s.length()) {
                case 4 -> end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
                case 7 -> end ? YearMonth.parse(s).atEndOfMonth() : YearMonth.parse(s).atDay(1);
                case 10 -> LocalDate.parse(s);
                default -> throw new IllegalArgumentException("date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}
