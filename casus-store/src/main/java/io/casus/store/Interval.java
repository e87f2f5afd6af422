package io.casus.store;

/** The period of a time series: calendar days, or ISO weeks starting on Monday. */
public enum Interval {
    DAY,
    WEEK;

    /** Reads {@code day}/{@code daily} or {@code week}/{@code weekly}, in any case. */
    public static Interval parse(String s) {
        switch (s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "day", "daily" -> {
                return DAY;
            }
            case "week", "weekly" -> {
                return WEEK;
            }
            default -> throw new IllegalArgumentException("unknown interval '" + s + "': use day or week");
        }
    }
}
