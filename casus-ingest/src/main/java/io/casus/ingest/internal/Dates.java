package io.casus.ingest.internal;

import io.casus.model.Published;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them: ISO-8601, RFC 822 (feeds, HTTP) and local times with a zone
 * abbreviation. Offsets come from the java.time zone rules for that date, never from a fixed table, so "EDT" in
 * April is -04:00 and a wrongly written "EST" in July is corrected (and the correction noted).
 */
public final class Dates {
    /** A zone abbreviation: the zone it stands for and whether it claims daylight saving time (null: no claim). */
    private record Abbreviation(ZoneId zone, Boolean daylight) {
    }

    /** A date and the problem met reading it, if any. */
    public record Resolved(Published published, String problem) {
    }

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static final Map<String, Abbreviation> ABBREVIATIONS = Map.ofEntries(
            Map.entry("EDT", new Abbreviation(ZoneId.of("America/New_York"), true)),
            Map.entry("EST", new Abbreviation(ZoneId.of("America/New_York"), false)),
            Map.entry("CDT", new Abbreviation(ZoneId.of("America/Chicago"), true)),
            Map.entry("CST", new Abbreviation(ZoneId.of("America/Chicago"), false)),
            Map.entry("MDT", new Abbreviation(ZoneId.of("America/Denver"), true)),
            Map.entry("MST", new Abbreviation(ZoneId.of("America/Denver"), false)),
            Map.entry("PDT", new Abbreviation(ZoneId.of("America/Los_Angeles"), true)),
            Map.entry("PST", new Abbreviation(ZoneId.of("America/Los_Angeles"), false)),
            Map.entry("GMT", new Abbreviation(UTC, null)),
            Map.entry("UTC", new Abbreviation(UTC, null)),
            Map.entry("UT", new Abbreviation(UTC, null)),
            Map.entry("Z", new Abbreviation(UTC, null)),
            Map.entry("BST", new Abbreviation(ZoneId.of("Europe/London"), true)),
            Map.entry("CET", new Abbreviation(ZoneId.of("Europe/Paris"), false)),
            Map.entry("CEST", new Abbreviation(ZoneId.of("Europe/Paris"), true)),
            Map.entry("EET", new Abbreviation(ZoneId.of("Europe/Athens"), false)),
            Map.entry("EEST", new Abbreviation(ZoneId.of("Europe/Athens"), true)),
            Map.entry("IST", new Abbreviation(ZoneId.of("Asia/Kolkata"), null)),
            Map.entry("JST", new Abbreviation(ZoneId.of("Asia/Tokyo"), null)),
            Map.entry("AEST", new Abbreviation(ZoneId.of("Australia/Sydney"), false)),
            Map.entry("AEDT", new Abbreviation(ZoneId.of("Australia/Sydney"), true)),
            Map.entry("MSK", new Abbreviation(ZoneId.of("Europe/Moscow"), null)));

    /** RFC 822 defines its North American zones as fixed offsets, so a feed's "EST" is -05:00 whatever the date. */
    private static final Map<String, ZoneOffset> RFC822_ZONES = Map.of(
            "EST", ZoneOffset.ofHours(-5), "EDT", ZoneOffset.ofHours(-4),
            "CST", ZoneOffset.ofHours(-6), "CDT", ZoneOffset.ofHours(-5),
            "MST", ZoneOffset.ofHours(-7), "MDT", ZoneOffset.ofHours(-6),
            "PST", ZoneOffset.ofHours(-8), "PDT", ZoneOffset.ofHours(-7));

    private static final Pattern NUMERIC_ZONE =
            Pattern.compile("(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T]+(\\d)");
    private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS = Pattern.compile("([+-]\\d{2})$");
    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{2,4}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(\\S.*)?$");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {
    }

    /** The month number (1-12) of an English month name or its first three letters, or 0. */
    public static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return 0;
        }
        int i = MONTHS.indexOf(n.substring(0, 3));
        return i < 0 ? 0 : i + 1;
    }

    /**
     * ISO-8601 as found in metadata: with an offset or Z, with a zone id in brackets, a local date-time or a bare
     * date; a space instead of 'T' and offsets written {@code +0100} or {@code +01} are accepted. Fractions of a
     * second are dropped.
     */
    public static Optional<Published> parseIso(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = SPACE_BEFORE_TIME.matcher(text.strip()).replaceFirst("$1T$2");
        int t = s.indexOf('T');
        if (t > 0) {
            String time = s.substring(t);
            time = OFFSET_NO_COLON.matcher(time).replaceFirst("$1:$2");
            if (time.length() > 6) {
                time = OFFSET_HOURS.matcher(time).replaceFirst("$1:00");
            }
            s = s.substring(0, t) + time;
        }
        try {
            return Optional.of(Published.of(OffsetDateTime.parse(s).truncatedTo(ChronoUnit.SECONDS)));
        } catch (DateTimeException ignored) {
            // not with an offset; try the other shapes
        }
        try {
            return Optional.of(Published.of(ZonedDateTime.parse(s).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)));
        } catch (DateTimeException ignored) {
            // no zone id either
        }
        try {
            LocalDateTime local = LocalDateTime.parse(s).truncatedTo(ChronoUnit.SECONDS);
            return Optional.of(new Published(local.toLocalDate(), local.toLocalTime(), null));
        } catch (DateTimeException ignored) {
            // no time of day
        }
        try {
            return Optional.of(Published.ofDate(LocalDate.parse(s)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** RFC 822 / RFC 1123 as in RSS and HTTP: {@code Tue, 16 Apr 2024 16:32:00 -0400} (zone names accepted). */
    public static Optional<Resolved> parseRfc822(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RFC822.matcher(text.strip());
        if (!m.matches() || month(m.group(2)) == 0) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += year < 50 ? 2000 : 1900;
            }
            LocalDateTime local = LocalDateTime.of(year, month(m.group(2)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7) == null ? null : m.group(7).strip();
            ZoneOffset fixed = zone == null ? null : RFC822_ZONES.get(zone.toUpperCase(Locale.ROOT));
            if (fixed != null) {
                return Optional.of(new Resolved(Published.of(local.atOffset(fixed)), null));
            }
            return Optional.of(atZone(local, zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** ISO-8601 first, then RFC 822. */
    public static Optional<Resolved> parse(String text) {
        Optional<Published> iso = parseIso(text);
        if (iso.isPresent()) {
            return Optional.of(new Resolved(iso.get(), null));
        }
        return parseRfc822(text);
    }

    /**
     * A local date and time written with a zone abbreviation ({@code EDT}) or a numeric offset ({@code +0300},
     * {@code GMT+3}). The offset is the one the zone's rules give for that moment; when the abbreviation claims
     * daylight saving time and the rules disagree, the rules win and the problem says so. An unknown abbreviation
     * leaves the offset unknown.
     */
    public static Resolved atZone(LocalDateTime local, String zoneText) {
        if (zoneText == null || zoneText.isBlank()) {
            return new Resolved(new Published(local.toLocalDate(), local.toLocalTime(), null), null);
        }
        String zone = zoneText.strip();
        Abbreviation abbreviation = ABBREVIATIONS.get(zone.toUpperCase(Locale.ROOT));
        if (abbreviation == null) {
            Matcher m = NUMERIC_ZONE.matcher(zone);
            if (m.matches()) {
                try {
                    int hours = Integer.parseInt(m.group(2));
                    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                    int sign = "-".equals(m.group(1)) ? -1 : 1;
                    ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                    return new Resolved(Published.of(local.atOffset(offset)), null);
                } catch (DateTimeException e) {
                    // out of range: fall through to "unknown"
                }
            }
            return new Resolved(new Published(local.toLocalDate(), local.toLocalTime(), null),
                    "unknown time zone '" + zone + "'; offset left unknown");
        }
        ZoneRules rules = abbreviation.zone().getRules();
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        ZoneOffset offset;
        String problem = null;
        if (valid.size() == 1) {
            offset = valid.get(0);
        } else if (valid.size() == 2) {
            // the clocks went back: the abbreviation says which of the two hours is meant
            boolean standard = Boolean.FALSE.equals(abbreviation.daylight());
            offset = standard ? min(valid.get(0), valid.get(1)) : max(valid.get(0), valid.get(1));
        } else {
            ZoneOffsetTransition gap = rules.getTransition(local);
            offset = Boolean.FALSE.equals(abbreviation.daylight()) ? gap.getOffsetBefore() : gap.getOffsetAfter();
            problem = "local time " + local + " does not exist in " + abbreviation.zone()
                    + " (clocks went forward); used " + offset;
        }
        if (abbreviation.daylight() != null && problem == null) {
            boolean daylight = rules.isDaylightSavings(local.toInstant(offset));
            if (daylight != abbreviation.daylight()) {
                problem = "time zone '" + zone + "' is not in force in " + abbreviation.zone() + " on "
                        + local.toLocalDate() + "; used " + offset + " from the zone rules";
            }
        }
        return new Resolved(Published.of(local.atOffset(offset)), problem);
    }

    private static ZoneOffset min(ZoneOffset a, ZoneOffset b) {
        return a.getTotalSeconds() <= b.getTotalSeconds() ? a : b;
    }

    private static ZoneOffset max(ZoneOffset a, ZoneOffset b) {
        return a.getTotalSeconds() >= b.getTotalSeconds() ? a : b;
    }

    /** An instant (as Rome and other libraries hand it over) at UTC, to the second. */
    public static Published ofUtc(Instant instant) {
        return Published.of(instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }
}
