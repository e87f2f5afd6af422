package io.casus.store.duckdb;

import io.casus.store.cluster.ClusterRules;
import io.casus.store.cluster.Clusterer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps {@code events.cluster_id} and the {@code clusters} table equal to what {@link Clusterer} gives over all
 * events. Runs inside the caller's write transaction. Incremental: only the blocks and days a put or delete
 * touched are replayed (see {@link Clusterer} for why that suffices).
 */
final class ClusterMaintainer {
    /** Events the clusterer places: asserted, with a country on some side, dated to the day. */
    static final String PLACEABLE = placeable("");

    /** {@link #PLACEABLE} over the events table aliased {@code alias}. */
    static String placeable(String alias) {
        String a = alias.isEmpty() ? "" : alias + ".";
        return a + "modality = 'ASSERTED' AND (" + a + "source_country IS NOT NULL OR " + a + "target_country IS NOT NULL)"
                + " AND (" + a + "date_precision IS NULL OR lower(" + a + "date_precision) = 'day')";
    }

    /** Orders a cluster's members so the first is its representative: most specific code, earliest, smallest id. */
    private static final String REPRESENTATIVE = "ORDER BY (CASE WHEN length(e.cameo_code) = 3 AND e.cameo_code LIKE '__0'"
            + " THEN 2 ELSE length(e.cameo_code) END) DESC, e.event_date, e.id";

    private static final String AGGREGATE = "SELECT e.cluster_id, first(e.cameo_code " + REPRESENTATIVE + "),"
            + " first(e.cameo_root " + REPRESENTATIVE + "), first(e.quad_class " + REPRESENTATIVE + "),"
            + " first(e.goldstein " + REPRESENTATIVE + "), first(e.source_code " + REPRESENTATIVE + "),"
            + " first(e.source_country " + REPRESENTATIVE + "), first(e.target_code " + REPRESENTATIVE + "),"
            + " first(e.target_country " + REPRESENTATIVE + "), first(e.event_date " + REPRESENTATIVE + "),"
            + " min(e.event_date), max(e.event_date), min(a.ingested_at), max(a.ingested_at), count(*),"
            + " count(DISTINCT e.article_id), count(DISTINCT coalesce(a.outlet, chr(0) || a.id))"
            + " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id IS NOT NULL";

    /** Days loaded beyond the last changed day before the replay may need more. */
    private static final int LOOKAHEAD_DAYS = 2;
    private static final int EXTEND_DAYS = 31;

    /** The days of a block that changed, both inclusive. */
    record Range(LocalDate lo, LocalDate hi) {
        Range with(LocalDate d) {
            return new Range(d.isBefore(lo) ? d : lo, d.isAfter(hi) ? d : hi);
        }

        static void add(Map<ClusterRules.Block, Range> ranges, ClusterRules.Block b, LocalDate d) {
            ranges.merge(b, new Range(d, d), (x, y) -> x.with(d));
        }
    }

    private record Stored(String id, LocalDate date, String code, String cluster) {}

    /**
     * Replays the changed blocks.
     *
     * @param c        the write connection, inside a transaction, with removed events already deleted
     * @param changed  blocks and the days where events were removed or are being added
     * @param pending  new events not yet inserted
     * @param touched  receives every cluster id whose members changed (the caller adds those of removed events)
     * @return cluster id of each pending event
     */
    Map<String, String> replay(Connection c, Map<ClusterRules.Block, Range> changed,
                               List<ArticleRows.NewMember> pending, Set<String> touched) throws SQLException {
        Map<String, String> assigned = new HashMap<>();
        Map<String, String> updates = new LinkedHashMap<>();
        List<ClusterRules.Block> blocks = new ArrayList<>(changed.keySet());
        Loaded loaded = loadAll(c, blocks, changed);
        Map<ClusterRules.Block, List<ArticleRows.NewMember>> pendingByBlock = new HashMap<>();
        for (ArticleRows.NewMember m : pending) {
            pendingByBlock.computeIfAbsent(m.block(), b -> new ArrayList<>()).add(m);
        }
        for (int k = 0; k < blocks.size(); k++) {
            ClusterRules.Block block = blocks.get(k);
            replayBlock(c, block, changed.get(block), loaded.rows().get(k), loaded.next()[k],
                    pendingByBlock.getOrDefault(block, List.of()), assigned, updates, touched);
        }
        apply(c, updates);
        return assigned;
    }

    private void replayBlock(Connection c, ClusterRules.Block block, Range range, List<Stored> rows, LocalDate after,
                             List<ArticleRows.NewMember> pending, Map<String, String> assigned,
                             Map<String, String> updates, Set<String> touched) throws SQLException {
        LocalDate from = range.lo().minusDays(1);
        LocalDate loadedTo = range.hi().plusDays(LOOKAHEAD_DAYS);
        TreeMap<LocalDate, List<Clusterer.Member>> days = new TreeMap<>();
        Map<String, String> stored = new HashMap<>();
        for (Stored s : rows) {
            days.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(new Clusterer.Member(s.id(), s.date(), s.code()));
            stored.put(s.id(), s.cluster());
        }
        for (ArticleRows.NewMember m : pending) {
            days.computeIfAbsent(m.date(), d -> new ArrayList<>()).add(new Clusterer.Member(m.eventId(), m.date(), m.code()));
        }
        List<Clusterer.Member> seed = days.remove(from);
        Clusterer clusterer = Clusterer.resume(from, seed == null ? List.of() : seed, stored);
        LocalDate prev = from;
        boolean done = false;
        while (!done) {
            for (Map.Entry<LocalDate, List<Clusterer.Member>> day : days.entrySet()) {
                LocalDate d = day.getKey();
                // a day without events after the changed ones: nothing carries over it, in the stored state either
                LocalDate settled = prev.isAfter(range.hi()) ? prev : range.hi();
                if (d.isAfter(settled.plusDays(1))) {
                    done = true;
                    break;
                }
                boolean differs = false;
                for (Map.Entry<String, String> a : clusterer.next(d, day.getValue()).entrySet()) {
                    String id = a.getKey();
                    String cluster = a.getValue();
                    if (!stored.containsKey(id)) {
                        assigned.put(id, cluster);
                        touched.add(cluster);
                    } else if (!cluster.equals(stored.get(id))) {
                        updates.put(id, cluster);
                        touched.add(cluster);
                        if (stored.get(id) != null) {
                            touched.add(stored.get(id));
                        }
                        differs = true;
                    }
                }
                prev = d;
                if (d.isAfter(range.hi()) && !differs) {
                    done = true;
                    break;
                }
            }
            if (!done && (after == null || after.isAfter(prev.plusDays(1)))) {
                // nothing stored after the loaded days, or a gap before the next: nothing later can shift
                done = true;
            }
            if (!done) {
                // still changing at the end of what was loaded: the block's later days may shift too
                LocalDate next = loadedTo.plusDays(1);
                loadedTo = loadedTo.plusDays(EXTEND_DAYS);
                days.clear();
                for (Stored s : load(c, block, next, loadedTo)) {
                    days.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(new Clusterer.Member(s.id(), s.date(), s.code()));
                    stored.put(s.id(), s.cluster());
                }
                done = days.isEmpty();
                after = days.isEmpty() ? null : loadedTo.plusDays(1);
            }
        }
    }

    /**
     * The stored events of the changed blocks, from the day before each block's first change to shortly after its
     * last, and the first stored event date after that window (null when none).
     */
    private record Loaded(List<List<Stored>> rows, LocalDate[] next) {}

    private static Loaded loadAll(Connection c, List<ClusterRules.Block> blocks,
                                  Map<ClusterRules.Block, Range> changed) throws SQLException {
        List<List<Stored>> out = new ArrayList<>();
        LocalDate[] next = new LocalDate[blocks.size()];
        if (blocks.isEmpty()) {
            return new Loaded(out, next);
        }
        int n = blocks.size();
        String[] src = new String[n];
        String[] tgt = new String[n];
        String[] root = new String[n];
        String[] lo = new String[n];
        String[] hi = new String[n];
        Integer[] key = new Integer[n];
        for (int k = 0; k < n; k++) {
            ClusterRules.Block b = blocks.get(k);
            src[k] = b.sourceCountry();
            tgt[k] = b.targetCountry();
            root[k] = b.root();
            lo[k] = changed.get(b).lo().minusDays(1).toString();
            hi[k] = changed.get(b).hi().plusDays(LOOKAHEAD_DAYS).toString();
            key[k] = k;
            out.add(new ArrayList<>());
        }
        String blocksCte = "WITH b AS (SELECT unnest(?) AS s, unnest(?) AS t, unnest(?) AS r,"
                + " CAST(unnest(?) AS DATE) AS lo, CAST(unnest(?) AS DATE) AS hi, unnest(?) AS k)";
        String join = " FROM events e JOIN b ON e.cameo_root = b.r AND e.source_country IS NOT DISTINCT FROM b.s"
                + " AND e.target_country IS NOT DISTINCT FROM b.t";
        String window = blocksCte + " SELECT b.k, e.id, CAST(e.event_date AS VARCHAR), e.cameo_code, e.cluster_id" + join
                + " AND e.event_date BETWEEN b.lo AND b.hi WHERE " + placeable("e") + " ORDER BY b.k, e.event_date, e.id";
        String after = blocksCte + " SELECT b.k, CAST(min(e.event_date) AS VARCHAR)" + join + " AND e.event_date > b.hi"
                + " WHERE " + placeable("e") + " GROUP BY b.k";
        try (PreparedStatement p = c.prepareStatement(window); PreparedStatement q = c.prepareStatement(after)) {
            for (PreparedStatement st : List.of(p, q)) {
                st.setArray(1, c.createArrayOf("VARCHAR", src));
                st.setArray(2, c.createArrayOf("VARCHAR", tgt));
                st.setArray(3, c.createArrayOf("VARCHAR", root));
                st.setArray(4, c.createArrayOf("VARCHAR", lo));
                st.setArray(5, c.createArrayOf("VARCHAR", hi));
                st.setArray(6, c.createArrayOf("INTEGER", key));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.get(r.getInt(1)).add(new Stored(r.getString(2), LocalDate.parse(r.getString(3)), r.getString(4),
                            r.getString(5)));
                }
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    next[r.getInt(1)] = LocalDate.parse(r.getString(2));
                }
            }
        }
        return new Loaded(out, next);
    }

    private static List<Stored> load(Connection c, ClusterRules.Block b, LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT id, CAST(event_date AS VARCHAR), cameo_code, cluster_id FROM events WHERE " + PLACEABLE
                + " AND cameo_root = ? AND source_country IS NOT DISTINCT FROM ? AND target_country IS NOT DISTINCT FROM ?"
                + " AND event_date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) ORDER BY event_date, id";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, b.root());
            p.setString(2, b.sourceCountry());
            p.setString(3, b.targetCountry());
            p.setString(4, from.toString());
            p.setString(5, to.toString());
            List<Stored> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Stored(r.getString(1), LocalDate.parse(r.getString(2)), r.getString(3), r.getString(4)));
                }
            }
            return out;
        }
    }

    /** Sets {@code events.cluster_id} for the given events. */
    static void apply(Connection c, Map<String, String> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(updates.keySet());
        String sql = "UPDATE events SET cluster_id = u.cluster FROM (SELECT unnest(?) AS id, unnest(?) AS cluster) u"
                + " WHERE events.id = u.id";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setArray(1, c.createArrayOf("VARCHAR", ids.toArray(new String[0])));
            p.setArray(2, c.createArrayOf("VARCHAR", ids.stream().map(updates::get).toArray(String[]::new)));
            p.execute();
        }
    }

    /** Recomputes the {@code clusters} rows of the given ids from their member events (dropping emptied ones). */
    void refresh(Connection c, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Array array = c.createArrayOf("VARCHAR", ids.toArray(new String[0]));
        try (PreparedStatement del = c.prepareStatement("DELETE FROM clusters WHERE id IN (SELECT unnest(?))")) {
            del.setArray(1, array);
            del.execute();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO clusters " + AGGREGATE
                + " AND e.cluster_id IN (SELECT unnest(?)) GROUP BY e.cluster_id")) {
            ins.setArray(1, array);
            ins.execute();
        }
    }

    /** What every event's cluster id should be, from scratch: event id to cluster id (null when not asserted). */
    static Map<String, String> expected(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, modality = 'ASSERTED' FROM events WHERE NOT (" + PLACEABLE + ")")) {
            while (r.next()) {
                out.put(r.getString(1), r.getBoolean(2) ? r.getString(1) : null);
            }
        }
        String sql = "SELECT id, source_country, target_country, cameo_root, CAST(event_date AS VARCHAR), cameo_code"
                + " FROM events WHERE " + PLACEABLE + " ORDER BY source_country, target_country, cameo_root, event_date, id";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ClusterRules.Block block = null;
            List<Clusterer.Member> members = new ArrayList<>();
            while (r.next()) {
                ClusterRules.Block b = new ClusterRules.Block(r.getString(2), r.getString(3), r.getString(4));
                if (!b.equals(block)) {
                    out.putAll(Clusterer.assignAll(members));
                    members.clear();
                    block = b;
                }
                members.add(new Clusterer.Member(r.getString(1), LocalDate.parse(r.getString(5)), r.getString(6)));
            }
            out.putAll(Clusterer.assignAll(members));
        }
        return out;
    }

    /** Event id to stored cluster id, for every event. */
    static Map<String, String> stored(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, cluster_id FROM events")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    /** Recomputes every cluster from scratch; returns how many events changed cluster. */
    int rebuild(Connection c) throws SQLException {
        Map<String, String> expected = expected(c);
        Map<String, String> stored = stored(c);
        Map<String, String> updates = new LinkedHashMap<>();
        expected.forEach((id, cluster) -> {
            if (!Objects.equals(cluster, stored.get(id))) {
                updates.put(id, cluster);
            }
        });
        apply(c, updates);
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM clusters");
            s.execute("INSERT INTO clusters " + AGGREGATE + " GROUP BY e.cluster_id");
        }
        return updates.size();
    }

    /** How many cluster rows differ from a fresh aggregation of their members (either way). */
    static long staleAggregates(Connection c) throws SQLException {
        String fresh = AGGREGATE + " GROUP BY e.cluster_id";
        String cols = "id, cameo_code, cameo_root, quad_class, goldstein, source_code, source_country, target_code,"
                + " target_country, event_date, first_event_date, last_event_date, first_seen, last_seen, mentions,"
                + " articles, sources";
        String sql = "SELECT (SELECT count(*) FROM ((SELECT " + cols + " FROM clusters) EXCEPT (" + fresh + ")))"
                + " + (SELECT count(*) FROM ((" + fresh + ") EXCEPT (SELECT " + cols + " FROM clusters)))";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
