package io.casus.store.duckdb;

import io.casus.store.PutResult;
import io.casus.store.cluster.ClusterRules;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes batches of articles inside the caller's transaction with set-based statements: one lookup of the stored
 * hashes, one delete per table for the replaced articles, one cluster replay over every block the batch touches,
 * multi-row inserts and one refresh of the touched clusters. A batch of a hundred articles costs about as many
 * statements as one article.
 */
final class ArticleWriter {
    private final Inserter inserter;
    private final ClusterMaintainer clusters;

    ArticleWriter(Inserter inserter, ClusterMaintainer clusters) {
        this.inserter = inserter;
        this.clusters = clusters;
    }

    /** Writes the articles in order; a later article with the id of an earlier one sees it as stored. */
    List<PutResult> write(Connection c, List<ArticleRows> articles) throws SQLException {
        List<PutResult> out = new ArrayList<>(articles.size());
        Set<String> ids = new HashSet<>();
        int from = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (!ids.add(articles.get(i).id())) {
                out.addAll(writeDistinct(c, articles.subList(from, i)));
                from = i;
                ids.clear();
                ids.add(articles.get(i).id());
            }
        }
        out.addAll(writeDistinct(c, articles.subList(from, articles.size())));
        return out;
    }

    /** Writes articles with distinct ids. */
    private List<PutResult> writeDistinct(Connection c, List<ArticleRows> batch) throws SQLException {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<String, String> hashes = storedHashes(c, batch.stream().map(ArticleRows::id).toList());
        List<ArticleRows> work = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (ArticleRows r : batch) {
            String old = hashes.get(r.id());
            if (!r.textHash().equals(old)) {
                work.add(r);
                if (old != null) {
                    replaced.add(r.id());
                }
            }
        }
        Map<String, Integer> counts = work.size() == batch.size() ? Map.of() : eventCounts(c, batch, work);
        if (!work.isEmpty()) {
            checkEventIdsFree(c, work);
            Map<ClusterRules.Block, ClusterMaintainer.Range> changed = new HashMap<>();
            Set<String> touched = new LinkedHashSet<>();
            remove(c, replaced, changed, touched);
            List<ArticleRows.NewMember> pending = new ArrayList<>();
            for (ArticleRows r : work) {
                for (ArticleRows.NewMember m : r.clustered()) {
                    ClusterMaintainer.Range.add(changed, m.block(), m.date());
                    pending.add(m);
                }
            }
            Map<String, String> assigned = clusters.replay(c, changed, pending, touched);
            List<Object[]> articleRows = new ArrayList<>();
            List<Object[]> mentions = new ArrayList<>();
            List<Object[]> quotes = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            for (ArticleRows r : work) {
                articleRows.add(r.article().values());
                r.mentions().forEach(m -> mentions.add(m.values()));
                r.quotes().forEach(q -> quotes.add(q.values()));
                for (Table.Row e : r.events()) {
                    String cluster = assigned.get((String) e.get("id"));
                    if (cluster != null) {
                        e.put("cluster_id", cluster);
                    } else if (e.get("cluster_id") != null) {
                        touched.add((String) e.get("cluster_id"));
                    }
                    events.add(e.values());
                }
            }
            inserter.insert(c, Table.ARTICLES, articleRows);
            inserter.insert(c, Table.MENTIONS, mentions);
            inserter.insert(c, Table.QUOTES, quotes);
            inserter.insert(c, Table.EVENTS, events);
            clusters.refresh(c, touched);
        }
        Set<String> replacedSet = new HashSet<>(replaced);
        List<PutResult> out = new ArrayList<>(batch.size());
        for (ArticleRows r : batch) {
            if (!hashes.containsKey(r.id())) {
                out.add(new PutResult(r.id(), PutResult.Outcome.INSERTED, r.events().size()));
            } else if (replacedSet.contains(r.id())) {
                out.add(new PutResult(r.id(), PutResult.Outcome.REPLACED, r.events().size()));
            } else {
                out.add(new PutResult(r.id(), PutResult.Outcome.UNCHANGED, counts.getOrDefault(r.id(), 0)));
            }
        }
        return out;
    }

    /** Removes one article; false when it is not stored. */
    boolean delete(Connection c, String id) throws SQLException {
        if (!storedHashes(c, List.of(id)).containsKey(id)) {
            return false;
        }
        Map<ClusterRules.Block, ClusterMaintainer.Range> changed = new HashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        remove(c, List.of(id), changed, touched);
        clusters.replay(c, changed, List.of(), touched);
        clusters.refresh(c, touched);
        return true;
    }

    private static Map<String, String> storedHashes(Connection c, List<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest(?))")) {
            p.setArray(1, array(c, ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
        }
        return out;
    }

    /** Stored event counts of the unchanged articles, for their results. */
    private static Map<String, Integer> eventCounts(Connection c, List<ArticleRows> batch, List<ArticleRows> work)
            throws SQLException {
        Set<String> changing = new HashSet<>();
        work.forEach(w -> changing.add(w.id()));
        List<String> same = batch.stream().map(ArticleRows::id).filter(id -> !changing.contains(id)).toList();
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT article_id, count(*) FROM events WHERE article_id IN (SELECT unnest(?)) GROUP BY article_id")) {
            p.setArray(1, array(c, same));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    /** Event ids are global: refuse one that another article uses, naming both. */
    private static void checkEventIdsFree(Connection c, List<ArticleRows> work) throws SQLException {
        Map<String, String> owner = new HashMap<>();
        for (ArticleRows r : work) {
            for (String id : r.eventIds()) {
                String other = owner.putIfAbsent(id, r.id());
                if (other != null) {
                    throw new IllegalArgumentException("article " + r.id() + ": event id " + id
                            + " is also used by article " + other + "; event ids must be unique");
                }
            }
        }
        if (owner.isEmpty()) {
            return;
        }
        String sql = "SELECT e.id, e.article_id, w.a FROM events e JOIN (SELECT unnest(?) AS id, unnest(?) AS a) w"
                + " ON e.id = w.id WHERE e.article_id <> w.a ORDER BY e.id LIMIT 1";
        List<String> ids = new ArrayList<>(owner.keySet());
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setArray(1, array(c, ids));
            p.setArray(2, array(c, ids.stream().map(owner::get).toList()));
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    throw new IllegalArgumentException("article " + r.getString(3) + ": event id " + r.getString(1)
                            + " is already used by article " + r.getString(2) + "; event ids must be unique");
                }
            }
        }
    }

    /** Deletes articles' rows, noting the cluster blocks, days and cluster ids they were part of. */
    private static void remove(Connection c, List<String> ids, Map<ClusterRules.Block, ClusterMaintainer.Range> changed,
                               Set<String> touched) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Array array = array(c, ids);
        String sql = "SELECT cluster_id, source_country, target_country, cameo_root, CAST(event_date AS VARCHAR), "
                + ClusterMaintainer.PLACEABLE + " FROM events WHERE article_id IN (SELECT unnest(?))";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setArray(1, array);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (r.getString(1) != null) {
                        touched.add(r.getString(1));
                    }
                    if (r.getBoolean(6)) {
                        ClusterMaintainer.Range.add(changed, new ClusterRules.Block(r.getString(2), r.getString(3),
                                r.getString(4)), LocalDate.parse(r.getString(5)));
                    }
                }
            }
        }
        for (String table : List.of("events", "mentions", "quotes")) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE article_id IN (SELECT unnest(?))")) {
                p.setArray(1, array);
                p.execute();
            }
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM articles WHERE id IN (SELECT unnest(?))")) {
            p.setArray(1, array);
            p.execute();
        }
    }

    private static Array array(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("VARCHAR", values.toArray(new String[0]));
    }
}
