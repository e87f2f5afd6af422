package io.casus.store.duckdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casus.store.search.ArticleIndex;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeping the store whole: on open, bringing the search index back in line with the database (the truth), and on
 * demand, checking every invariant of the {@link io.casus.store.EventStore} contract.
 */
final class Integrity {
    private static final int REINDEX_BATCH = 500;

    private Integrity() {}

    /** Makes the search index hold exactly the stored articles at their current text hash. */
    static DuckDbEventStore.Reconciliation reconcile(Database db, ArticleIndex index, int schemaBefore) {
        Map<String, String> stored = db.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, text_hash FROM articles")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
        Map<String, String> indexed = index.hashes();
        List<String> missing = new ArrayList<>();
        stored.forEach((id, hash) -> {
            if (!hash.equals(indexed.get(id))) {
                missing.add(id);
            }
        });
        Set<String> gone = new TreeSet<>(indexed.keySet());
        gone.removeAll(stored.keySet());
        for (int from = 0; from < missing.size(); from += REINDEX_BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + REINDEX_BATCH));
            for (ArticleIndex.Doc d : db.read(c -> indexDocs(c, batch))) {
                index.put(d);
            }
        }
        index.delete(gone);
        if (!missing.isEmpty() || !gone.isEmpty() || index.rebuilt()) {
            index.commit();
        }
        return new DuckDbEventStore.Reconciliation(schemaBefore, Schema.latest(), missing.size(), gone.size(),
                index.rebuilt());
    }

    private static List<ArticleIndex.Doc> indexDocs(Connection c, List<String> ids) throws SQLException {
        Array array = c.createArrayOf("VARCHAR", ids.toArray(new String[0]));
        Map<String, Set<String>> codes = new HashMap<>();
        String actors = "SELECT article_id, string_agg(DISTINCT code, ' ') FROM ("
                + " SELECT article_id, actor_code AS code FROM mentions UNION ALL SELECT article_id, speaker_code FROM quotes"
                + " UNION ALL SELECT article_id, source_code FROM events UNION ALL SELECT article_id, target_code FROM events"
                + " UNION ALL SELECT article_id, attr_code FROM events)"
                + " WHERE code IS NOT NULL AND article_id IN (SELECT unnest(?)) GROUP BY article_id";
        try (PreparedStatement p = c.prepareStatement(actors)) {
            p.setArray(1, array);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    codes.put(r.getString(1), Set.of(r.getString(2).split(" ")));
                }
            }
        }
        List<ArticleIndex.Doc> out = new ArrayList<>();
        String sql = "SELECT id, text_hash, title, text, published, CAST(published_day AS VARCHAR), outlet FROM articles"
                + " WHERE id IN (SELECT unnest(?))";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setArray(1, array);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ArticleIndex.Doc(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), Rows.date(r.getString(6)), r.getString(7),
                            codes.getOrDefault(r.getString(1), Set.of())));
                }
            }
        }
        return out;
    }

    /** See {@link DuckDbEventStore#verify()}. */
    static DuckDbEventStore.Consistency verify(Database db, ArticleIndex index) {
        List<String> problems = new ArrayList<>(db.read(Integrity::checkTables));
        Map<String, String> stored = db.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, text_hash FROM articles")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
        Map<String, String> indexed = index.hashes();
        if (!indexed.equals(stored)) {
            Set<String> differ = new TreeSet<>();
            for (String id : union(stored.keySet(), indexed.keySet())) {
                if (!Objects.equals(stored.get(id), indexed.get(id))) {
                    differ.add(id);
                }
            }
            problems.add("search index differs from the articles for " + differ.size() + " article(s), e.g. "
                    + differ.iterator().next());
        }
        return new DuckDbEventStore.Consistency(problems);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static List<String> checkTables(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        String[][] checks = {
            {"SELECT count(*) FROM (SELECT id FROM events GROUP BY id HAVING count(*) > 1)", "duplicate event ids"},
            {"SELECT count(*) FROM (SELECT article_id, ord FROM mentions GROUP BY ALL HAVING count(*) > 1)", "duplicate mention rows"},
            {"SELECT count(*) FROM (SELECT article_id, ord FROM quotes GROUP BY ALL HAVING count(*) > 1)", "duplicate quote rows"},
            {"SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)", "events without an article"},
            {"SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)", "mentions without an article"},
            {"SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)", "quotes without an article"},
            {"SELECT count(*) FROM events e WHERE (e.modality = 'ASSERTED') <> (e.cluster_id IS NOT NULL)",
                "events whose cluster id does not match their modality"},
            {"SELECT count(*) FROM events e WHERE e.cluster_id IS NOT NULL AND e.cluster_id NOT IN (SELECT id FROM clusters)",
                "events in a cluster that has no row"},
        };
        for (String[] check : checks) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(check[0])) {
                r.next();
                if (r.getLong(1) > 0) {
                    problems.add(check[1] + ": " + r.getLong(1));
                }
            }
        }
        long partial = articlesDifferingFromTheirJson(c);
        if (partial > 0) {
            problems.add("articles whose stored rows differ from their coded JSON: " + partial);
        }
        Map<String, String> expected = ClusterMaintainer.expected(c);
        Map<String, String> actual = ClusterMaintainer.stored(c);
        long wrong = expected.entrySet().stream().filter(e -> !Objects.equals(e.getValue(), actual.get(e.getKey()))).count();
        if (wrong > 0) {
            problems.add("events whose cluster differs from a full recomputation: " + wrong);
        }
        long stale = ClusterMaintainer.staleAggregates(c);
        if (stale > 0) {
            problems.add("cluster rows that differ from their members' aggregates: " + stale);
        }
        return problems;
    }

    /**
     * Articles whose mention, quote or event rows do not match, in number and event ids, the coded article stored
     * with them: a half-stored article would show here.
     */
    private static long articlesDifferingFromTheirJson(Connection c) throws SQLException {
        String sql = "SELECT a.id, a.coded_json_gz, coalesce(m.n, 0), coalesce(q.n, 0), coalesce(e.ids, '') FROM articles a"
                + " LEFT JOIN (SELECT article_id, count(*) AS n FROM mentions GROUP BY article_id) m ON m.article_id = a.id"
                + " LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) q ON q.article_id = a.id"
                + " LEFT JOIN (SELECT article_id, string_agg(id, chr(10) ORDER BY id) AS ids FROM events GROUP BY article_id) e"
                + " ON e.article_id = a.id";
        ObjectMapper mapper = new ObjectMapper();
        long bad = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                JsonNode json;
                try {
                    json = mapper.readTree(Json.gunzip(r.getBytes(2), "coded JSON of article " + r.getString(1)));
                } catch (java.io.IOException | IllegalStateException e) {
                    bad++;
                    continue;
                }
                List<String> ids = new ArrayList<>();
                json.path("events").forEach(e -> ids.add(e.path("id").asText()));
                Collections.sort(ids);
                if (json.path("mentions").size() != r.getLong(3) || json.path("quotes").size() != r.getLong(4)
                        || !String.join("\n", ids).equals(r.getString(5))) {
                    bad++;
                }
            }
        }
        return bad;
    }
}
