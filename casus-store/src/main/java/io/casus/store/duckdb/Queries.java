package io.casus.store.duckdb;

import io.casus.event.CameoCode;
import io.casus.event.Codebook;
import io.casus.lexicon.Country;
import io.casus.lexicon.Lexicons;
import io.casus.store.ActorCount;
import io.casus.store.ActorGrouping;
import io.casus.store.ArticleSummary;
import io.casus.store.Cluster;
import io.casus.store.ClusterDetail;
import io.casus.store.Dyad;
import io.casus.store.Escalation;
import io.casus.store.EscalationIndex;
import io.casus.store.EventDetail;
import io.casus.store.EventFilter;
import io.casus.store.Interval;
import io.casus.store.Page;
import io.casus.store.PageRequest;
import io.casus.store.SeriesPoint;
import io.casus.store.StoreStats;
import io.casus.store.StoredArticle;
import io.casus.store.StoredEvent;
import io.casus.store.TypeCount;
import io.casus.store.TypeGrouping;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read queries, each a function of one connection inside one read transaction. Aggregation happens in SQL
 * (DuckDB is columnar and scans 100k events in milliseconds); Java only fills gaps and applies the escalation
 * formula.
 */
final class Queries {
    /** Longest series returned, in periods: a daily series over fifty years. */
    static final int MAX_PERIODS = 20_000;

    private Queries() {}

    static Optional<StoredArticle> article(Connection c, String id) throws SQLException {
        String sql = "SELECT a.*, epoch_us(a.ingested_at) AS ingested_us,"
                + " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS n_mentions,"
                + " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes,"
                + " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events"
                + " FROM articles a WHERE a.id = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                var summary = new ArticleSummary(r.getString("id"), r.getString("title"),
                        r.getString("published"), r.getString("outlet"), r.getString("author"), r.getString("url"),
                        Rows.instant(r.getLong("ingested_us")));
                List<String> tags = Json.stringList(r.getString("tags"));
                return Optional.of(new StoredArticle(summary, tags, r.getString("text"), r.getString("text_hash"),
                        r.getString("origin"), r.getInt("n_mentions"), r.getInt("n_quotes"), r.getInt("n_events"),
                        // the driver reads bytes by position only
                        Json.gunzip(r.getBytes(r.findColumn("coded_json_gz")), "coded JSON of article " + id)));
            }
        }
    }

    /**
     * A page of events in two steps: the ids of the page (DuckDB's top-N over two columns) and the count, then the
     * full rows of just those ids. Sorting whole rows, or counting with a window over them, is ten times slower.
     */
    static Page<StoredEvent> events(Connection c, EventFilter f, PageRequest page) throws SQLException {
        Where w = Where.of(f);
        long total = count(c, "SELECT count(*) FROM events e WHERE " + w.sql(), w);
        List<String> ids = new ArrayList<>();
        if (page.offset() < total) {
            String sql = "SELECT e.id FROM events e WHERE " + w.sql() + " ORDER BY e.event_date DESC, e.id LIMIT ? OFFSET ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = w.bind(p, 1);
                p.setInt(i++, page.limit());
                p.setInt(i, page.offset());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
        }
        return new Page<>(fetch(c, ids), total, page.offset(), page.limit());
    }

    /**
     * The events of these ids, in the order given. Ids are bound as a list of parameters, not an array, so DuckDB
     * looks them up in the primary-key index instead of scanning the table.
     */
    static List<StoredEvent> fetch(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = "(" + marks(ids.size()) + ")";
        Map<String, ArticleSummary> articles = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(Rows.SUMMARY_SELECT
                + " WHERE a.id IN (SELECT article_id FROM events WHERE id IN " + in + ")")) {
            bindAll(p, ids);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ArticleSummary s = Rows.summary(r);
                    articles.put(s.id(), s);
                }
            }
        }
        Map<String, StoredEvent> byId = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.* FROM events e WHERE e.id IN " + in)) {
            bindAll(p, ids);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    StoredEvent e = Rows.event(r, articles.get(r.getString("article_id")));
                    byId.put(e.id(), e);
                }
            }
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bindAll(PreparedStatement p, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            p.setString(i + 1, values.get(i));
        }
    }

    static Optional<EventDetail> event(Connection c, String id) throws SQLException {
        StoredEvent e;
        try (PreparedStatement p = c.prepareStatement(Rows.EVENT_SELECT + " WHERE e.id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                e = Rows.event(r);
            }
        }
        Cluster cl = e.clusterId() == null ? null : clusterRow(c, e.clusterId()).orElse(null);
        return Optional.of(new EventDetail(e, cl));
    }

    static Page<Cluster> clusters(Connection c, EventFilter f, PageRequest page) throws SQLException {
        Where w = Where.of(f);
        String members = "c.id IN (SELECT e.cluster_id FROM events e WHERE e.cluster_id IS NOT NULL AND " + w.sql() + ")";
        long total = count(c, "SELECT count(*) FROM clusters c WHERE " + members, w);
        List<Cluster> out = new ArrayList<>();
        if (page.offset() < total) {
            String sql = Rows.CLUSTER_SELECT + " WHERE " + members
                    + " ORDER BY c.last_event_date DESC, c.mentions DESC, c.id LIMIT ? OFFSET ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = w.bind(p, 1);
                p.setInt(i++, page.limit());
                p.setInt(i, page.offset());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(Rows.cluster(r));
                    }
                }
            }
        }
        return new Page<>(out, total, page.offset(), page.limit());
    }

    static Optional<ClusterDetail> cluster(Connection c, String id) throws SQLException {
        Optional<Cluster> cl = clusterRow(c, id);
        if (cl.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM events WHERE cluster_id = ? ORDER BY event_date, id")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return Optional.of(new ClusterDetail(cl.get(), fetch(c, ids)));
    }

    private static Optional<Cluster> clusterRow(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Rows.CLUSTER_SELECT + " WHERE c.id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(Rows.cluster(r)) : Optional.empty();
            }
        }
    }

    static List<SeriesPoint> series(Connection c, EventFilter f, Interval interval) throws SQLException {
        Where w = Where.of(f);
        String unit = interval == Interval.WEEK ? "week" : "day";
        String sql = "SELECT CAST(CAST(date_trunc('" + unit + "', e.event_date) AS DATE) AS VARCHAR) AS period, count(*),"
                + " count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),"
                + " count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),"
                + " sum(e.goldstein) FROM events e WHERE " + w.sql() + " GROUP BY period ORDER BY period";
        Map<LocalDate, SeriesPoint> found = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            w.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long n = r.getLong(2);
                    double sum = r.getDouble(7);
                    LocalDate period = LocalDate.parse(r.getString(1));
                    found.put(period, new SeriesPoint(period, n, r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
                            sum, n == 0 ? null : sum / n));
                }
            }
        }
        LocalDate first = f.from() != null ? start(f.from(), interval)
                : found.keySet().stream().min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = f.to() != null ? start(f.to(), interval)
                : found.keySet().stream().max(Comparator.naturalOrder()).orElse(null);
        if (first == null || last == null) {
            return List.of();
        }
        long step = interval == Interval.WEEK ? 7 : 1;
        long periods = ChronoUnit.DAYS.between(first, last) / step + 1;
        if (periods > MAX_PERIODS) {
            throw new IllegalArgumentException("series from " + first + " to " + last + " has " + periods + " "
                    + unit + "s, more than " + MAX_PERIODS + ": narrow the dates or use weekly periods");
        }
        List<SeriesPoint> out = new ArrayList<>((int) periods);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
            out.add(found.getOrDefault(d, SeriesPoint.empty(d)));
        }
        return out;
    }

    private static LocalDate start(LocalDate d, Interval interval) {
        return interval == Interval.WEEK ? d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)) : d;
    }

    /** The last cluster date in the store, else today (UTC). */
    static LocalDate latestDay(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT CAST(max(first_event_date) AS VARCHAR) FROM clusters")) {
            r.next();
            String d = r.getString(1);
            return d == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(d);
        }
    }

    /** Aggregates of window (ws..asOf) and baseline (bs..ws-1) over clusters. */
    private static final String PERIODS = "count(*) FILTER (WHERE c.first_event_date >= CAST($1 AS DATE)),"
            + " count(*) FILTER (WHERE c.first_event_date >= CAST($1 AS DATE) AND c.quad_class = 4),"
            + " coalesce(sum(c.goldstein) FILTER (WHERE c.first_event_date >= CAST($1 AS DATE)), 0),"
            + " coalesce(sum(c.goldstein * c.goldstein) FILTER (WHERE c.first_event_date >= CAST($1 AS DATE)), 0),"
            + " count(*) FILTER (WHERE c.first_event_date < CAST($1 AS DATE)),"
            + " count(*) FILTER (WHERE c.first_event_date < CAST($1 AS DATE) AND c.quad_class = 4),"
            + " coalesce(sum(c.goldstein) FILTER (WHERE c.first_event_date < CAST($1 AS DATE)), 0),"
            + " coalesce(sum(c.goldstein * c.goldstein) FILTER (WHERE c.first_event_date < CAST($1 AS DATE)), 0)";

    static Escalation escalation(Connection c, Dyad dyad, LocalDate asOf, EscalationIndex.Params params)
            throws SQLException {
        LocalDate day = asOf != null ? asOf : latestDay(c);
        String forward = "(starts_with(c.source_code, $4) AND starts_with(c.target_code, $5))";
        String match = dyad.directed() ? forward
                : "(" + forward + " OR (starts_with(c.source_code, $5) AND starts_with(c.target_code, $4)))";
        String sql = "SELECT " + PERIODS + " FROM clusters c WHERE " + match
                + " AND c.first_event_date BETWEEN CAST($2 AS DATE) AND CAST($3 AS DATE)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, params.windowStart(day).toString());
            p.setString(2, params.baselineStart(day).toString());
            p.setString(3, day.toString());
            p.setString(4, dyad.a());
            p.setString(5, dyad.b());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return EscalationIndex.compute(dyad, day, params, counts(r, 1), counts(r, 5));
            }
        }
    }

    static List<Escalation> latestEscalations(Connection c, LocalDate asOf, EscalationIndex.Params params, int limit)
            throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        LocalDate day = asOf != null ? asOf : latestDay(c);
        String sql = "SELECT least(c.source_country, c.target_country) AS x, greatest(c.source_country, c.target_country) AS y, "
                + PERIODS + " FROM clusters c WHERE c.source_country IS NOT NULL AND c.target_country IS NOT NULL"
                + " AND c.first_event_date BETWEEN CAST($2 AS DATE) AND CAST($3 AS DATE) GROUP BY x, y"
                + " HAVING count(*) FILTER (WHERE c.first_event_date >= CAST($1 AS DATE)) >= $4";
        List<Escalation> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, params.windowStart(day).toString());
            p.setString(2, params.baselineStart(day).toString());
            p.setString(3, day.toString());
            p.setInt(4, params.minWindowEvents());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(EscalationIndex.compute(Dyad.of(r.getString(1), r.getString(2)), day, params,
                            counts(r, 3), counts(r, 7)));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Escalation::index).reversed().thenComparing(e -> e.dyad().toString()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static EscalationIndex.Counts counts(ResultSet r, int first) throws SQLException {
        return new EscalationIndex.Counts(r.getLong(first), r.getLong(first + 1), r.getDouble(first + 2),
                r.getDouble(first + 3));
    }

    static List<ActorCount> topActors(Connection c, EventFilter f, ActorGrouping grouping, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        Where w = Where.of(f);
        String col = grouping == ActorGrouping.COUNTRY ? "country" : "code";
        String sql = "WITH m AS (SELECT e.id, e.source_" + col + " AS s, e.target_" + col + " AS t, e.source_name AS sn,"
                + " e.target_name AS tn FROM events e WHERE " + w.sql() + "),"
                + " sides AS (SELECT id, s AS code, sn AS name, 1 AS src, 0 AS tgt FROM m WHERE s IS NOT NULL"
                + " UNION ALL SELECT id, t, tn, 0, 1 FROM m WHERE t IS NOT NULL)"
                + " SELECT code, mode(name), count(DISTINCT id) AS n, sum(src), sum(tgt) FROM sides GROUP BY code"
                + " ORDER BY n DESC, code LIMIT ?";
        List<ActorCount> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = w.bind(p, 1);
            p.setInt(i, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String code = r.getString(1);
                    String name = r.getString(2);
                    if (grouping == ActorGrouping.COUNTRY) {
                        Country country = Lexicons.standard().country(code);
                        name = country == null ? null : country.name();
                    }
                    out.add(new ActorCount(code, name, r.getLong(3), r.getLong(4), r.getLong(5)));
                }
            }
        }
        return out;
    }

    static List<TypeCount> eventTypes(Connection c, EventFilter f, TypeGrouping grouping) throws SQLException {
        Where w = Where.of(f);
        String col = grouping == TypeGrouping.PLOVER ? "e.plover_type" : "e.cameo_root";
        String sql = "SELECT " + col + " AS t, count(*) AS n, avg(e.goldstein) FROM events e WHERE " + w.sql()
                + " GROUP BY t ORDER BY n DESC, t";
        List<TypeCount> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            w.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String type = r.getString(1);
                    String label = null;
                    if (grouping == TypeGrouping.ROOT && type != null) {
                        CameoCode code = Codebook.standard().get(type);
                        label = code == null ? null : code.name();
                    }
                    out.add(new TypeCount(type, label, r.getLong(2), r.getDouble(3)));
                }
            }
        }
        return out;
    }

    static StoreStats stats(Connection c) throws SQLException {
        String sql = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), (SELECT count(*) FROM quotes),"
                + " (SELECT count(*) FROM events), (SELECT count(*) FROM events WHERE modality = 'ASSERTED'),"
                + " (SELECT count(*) FROM clusters), (SELECT CAST(min(event_date) AS VARCHAR) FROM events),"
                + " (SELECT CAST(max(event_date) AS VARCHAR) FROM events)";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new StoreStats(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
                    Rows.date(r.getString(7)), Rows.date(r.getString(8)));
        }
    }

    private static long count(Connection c, String sql, Where w) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            w.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
