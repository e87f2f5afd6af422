package io.casus.store.export;

import io.casus.lexicon.Lexicons;
import io.casus.lexicon.Tsv;
import io.casus.model.Actor;
import io.casus.model.Event;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The GDELT 2.0 event table, tab-separated and without a header like GDELT's own files, so notebooks written for
 * GDELT read it with their usual column names; Casus' own columns follow the 61 GDELT ones. The column list and
 * what Casus writes in each is {@code gdelt-event-columns.tsv}; columns Casus does not know are empty. Tabs and
 * line breaks inside values become spaces, since the format has no quoting. Thread-safe.
 */
public final class GdeltFormat implements LineFormat {
    private static final String RESOURCE = "io/casus/store/export/gdelt-event-columns.tsv";
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final List<String> columns = new ArrayList<>();
    private final List<String> gdelt = new ArrayList<>();
    private final List<Function<ExportRow, String>> values = new ArrayList<>();
    private final Set<String> international = new HashSet<>();
    private final Set<String> sectors = new HashSet<>();

    /**
     * Loads the column list.
     *
     * @throws io.casus.lexicon.LexiconException naming the file and line of a column this class cannot fill
     */
    public GdeltFormat() {
        for (Tsv.Row r : Tsv.resource(Lexicons.class, "cameo-codes.tsv", 3)) {
            if (r.get(1).equals("international")) {
                international.add(r.get(0));
            } else if (r.get(1).equals("sector")) {
                sectors.add(r.get(0));
            }
        }
        Map<String, Function<ExportRow, String>> known = extractors();
        for (Tsv.Row r : Tsv.resource(RESOURCE, 3)) {
            String name = r.get(0);
            boolean isGdelt = r.get(1).equals("gdelt");
            if (!isGdelt && !r.get(1).equals("casus")) {
                throw r.error("set must be gdelt or casus, got '" + r.get(1) + "'");
            }
            Function<ExportRow, String> f = known.get(name);
            if (f == null && !r.get(2).equals("-")) {
                throw r.error("column '" + name + "' says Casus fills it, but " + GdeltFormat.class.getSimpleName()
                        + " does not know how; known columns: " + new java.util.TreeSet<>(known.keySet()));
            }
            if (columns.contains(name)) {
                throw r.error("duplicate column '" + name + "'");
            }
            columns.add(name);
            values.add(f == null ? row -> "" : f);
            if (isGdelt) {
                gdelt.add(name);
            }
        }
    }

    /** Every column in order: the GDELT ones, then Casus'. */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** The GDELT 2.0 event table columns, in order. */
    public List<String> gdeltColumns() {
        return List.copyOf(gdelt);
    }

    @Override
    public String header() {
        return null;
    }

    @Override
    public String line(ExportRow row) {
        StringBuilder b = new StringBuilder(512);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            String v = values.get(i).apply(row);
            if (v != null) {
                for (int k = 0; k < v.length(); k++) {
                    char ch = v.charAt(k);
                    b.append(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
                }
            }
        }
        return b.toString();
    }

    private Map<String, Function<ExportRow, String>> extractors() {
        Map<String, Function<ExportRow, String>> m = new HashMap<>();
        m.put("GlobalEventID", r -> Long.toString(r.globalId()));
        m.put("Day", r -> day(r).format(DateTimeFormatter.BASIC_ISO_DATE));
        m.put("MonthYear", r -> String.format(Locale.ROOT, "%04d%02d", day(r).getYear(), day(r).getMonthValue()));
        m.put("Year", r -> Integer.toString(day(r).getYear()));
        m.put("FractionDate", r -> fractionDate(day(r)));
        for (int side = 1; side <= 2; side++) {
            String p = "Actor" + side;
            Function<ExportRow, Actor> actor = side == 1 ? r -> actor(r.event().event().source())
                    : r -> actor(r.event().event().target());
            m.put(p + "Code", r -> actor.apply(r) == null ? "" : actor.apply(r).code());
            m.put(p + "Name", r -> {
                Actor a = actor.apply(r);
                return a == null || a.name() == null ? "" : a.name().toUpperCase(Locale.ROOT);
            });
            m.put(p + "CountryCode", r -> {
                Actor a = actor.apply(r);
                return a == null || international.contains(a.country()) ? "" : a.country();
            });
            m.put(p + "KnownGroupCode", r -> knownGroup(actor.apply(r)));
            for (int t = 0; t < 3; t++) {
                int n = t;
                m.put(p + "Type" + (t + 1) + "Code", r -> type(actor.apply(r), n));
            }
        }
        m.put("IsRootEvent", r -> r.lead() ? "1" : "0");
        m.put("EventCode", r -> event(r).cameoCode());
        m.put("EventBaseCode", r -> {
            String c = event(r).cameoCode();
            return c.length() > 3 ? c.substring(0, 3) : c;
        });
        m.put("EventRootCode", r -> event(r).cameoRoot());
        m.put("QuadClass", r -> Integer.toString(event(r).quadClass()));
        m.put("GoldsteinScale", r -> number(event(r).goldstein()));
        m.put("NumMentions", r -> r.cluster() == null ? "1" : Integer.toString(r.cluster().mentions()));
        m.put("NumSources", r -> r.cluster() == null ? "1" : Integer.toString(r.cluster().sources()));
        m.put("NumArticles", r -> r.cluster() == null ? "1" : Integer.toString(r.cluster().articles()));
        m.put("ActionGeo_Fullname", r -> event(r).location() == null ? "" : event(r).location().place());
        m.put("DATEADDED", r -> ADDED.format(r.event().article().ingestedAt()));
        m.put("SOURCEURL", r -> r.event().article().url());
        m.put("CasusEventID", r -> event(r).id());
        m.put("ArticleID", r -> r.event().article().id());
        m.put("Modality", r -> event(r).modality().name().toLowerCase(Locale.ROOT));
        m.put("DateSource", r -> event(r).dateSource());
        m.put("DatePrecision", r -> event(r).datePrecision());
        m.put("EvidenceBegin", r -> Integer.toString(event(r).begin()));
        m.put("EvidenceEnd", r -> Integer.toString(event(r).end()));
        m.put("ClusterID", r -> r.event().clusterId());
        m.put("Confidence", r -> number(event(r).confidence()));
        m.put("PloverType", r -> event(r).ploverType());
        m.put("ActionGeo_ISO3", r -> event(r).location() == null ? "" : event(r).location().country());
        m.put("Evidence", r -> event(r).evidence());
        return m;
    }

    private static Event event(ExportRow r) {
        return r.event().event();
    }

    private static LocalDate day(ExportRow r) {
        return LocalDate.parse(r.event().event().eventDate());
    }

    private static Actor actor(Event.EventActor a) {
        return a == null ? null : a.actor();
    }

    /** The codebook's approximation: YYYY + (MONTH * 30 + DAY) / 365. */
    static String fractionDate(LocalDate d) {
        return String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0);
    }

    /** An international actor's organisation code: the first part after IGO/NGO/... that is not a sector. */
    private String knownGroup(Actor a) {
        if (a == null || !international.contains(a.country())) {
            return "";
        }
        for (String part : a.sector()) {
            if (!sectors.contains(part)) {
                return part;
            }
        }
        return "";
    }

    /** The n-th sector (role) code of the actor, skipping organisation codes. */
    private String type(Actor a, int n) {
        if (a == null) {
            return "";
        }
        int seen = 0;
        for (String part : a.sector()) {
            if (sectors.contains(part) && seen++ == n) {
                return part;
            }
        }
        return "";
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return Double.toString(d);
    }
}
