package io.casus.store.duckdb;

import io.casus.model.CodedArticle;
import io.casus.store.ActorCount;
import io.casus.store.ActorGrouping;
import io.casus.store.Cluster;
import io.casus.store.ClusterDetail;
import io.casus.store.Dyad;
import io.casus.store.Escalation;
import io.casus.store.EscalationIndex;
import io.casus.store.EventDetail;
import io.casus.store.EventFilter;
import io.casus.store.EventStore;
import io.casus.store.ExportFormat;
import io.casus.store.Exporter;
import io.casus.store.Interval;
import io.casus.store.Page;
import io.casus.store.PageRequest;
import io.casus.store.PutResult;
import io.casus.store.SearchHit;
import io.casus.store.SearchQuery;
import io.casus.store.SeriesPoint;
import io.casus.store.StoreException;
import io.casus.store.StoreStats;
import io.casus.store.StoredArticle;
import io.casus.store.StoredEvent;
import io.casus.store.TypeCount;
import io.casus.store.TypeGrouping;
import io.casus.store.cluster.ClusterRules;
import io.casus.store.search.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The embedded {@link EventStore}: a DuckDB file {@value #DATABASE_FILE} and a Lucene index in
 * {@value #INDEX_DIRECTORY}/ under one data directory (default {@code ./casus-data/}).
 *
 * <p>Opening creates the directory and tables if needed, migrates an older schema, and reconciles the search
 * index with the articles (re-indexing articles whose text hash the index lacks, dropping documents of articles
 * that are gone), which repairs a process killed between a database commit and the index update. One process at a
 * time may open a data directory; within it, share one instance across threads.
 */
public final class DuckDbEventStore implements EventStore {
    /** The default data directory, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("casus-data");
    public static final String DATABASE_FILE = "casus.duckdb";
    public static final String INDEX_DIRECTORY = "lucene";

    private static final int REINDEX_BATCH = 500;

    private final Path directory;
    private final Database db;
    private final ArticleIndex index;
    private final Inserter inserter = new Inserter();
    private final ClusterMaintainer clusters = new ClusterMaintainer();
    private final ArticleWriter writer = new ArticleWriter(inserter, clusters);
    private final Reconciliation reconciliation;

    /**
     * What opening the store found and repaired.
     *
     * @param schemaBefore schema version of the database before opening (0: new)
     * @param schemaNow    schema version now
     * @param reindexed    articles (re-)added to the search index
     * @param removed      index documents of articles no longer stored
     * @param indexRebuilt whether the index was unreadable and rebuilt from the database
     */
    public record Reconciliation(int schemaBefore, int schemaNow, int reindexed, int removed, boolean indexRebuilt) {}

    /**
     * The result of {@link #verify()}.
     *
     * @param problems every broken invariant found, empty when the store is consistent
     */
    public record Consistency(List<String> problems) {
        public Consistency {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DuckDbEventStore(Path directory, Database db, ArticleIndex index, int schemaBefore) {
        this.directory = directory;
        this.db = db;
        this.index = index;
        this.reconciliation = reconcile(schemaBefore);
    }

    /** Opens (creating if needed) the store in {@link #DEFAULT_DIRECTORY}. */
    public static DuckDbEventStore openDefault() {
        return open(DEFAULT_DIRECTORY);
    }

    /**
     * Opens the store in a data directory, creating it if needed.
     *
     * @throws StoreException naming the file when the database is corrupt or not a DuckDB file, when another
     *                        process has the store open, or when the directory cannot be created
     */
    public static DuckDbEventStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + directory + ": " + e.getMessage(), e);
        }
        Database db = Database.open(directory.resolve(DATABASE_FILE));
        ArticleIndex index = null;
        try {
            int before = Schema.migrate(db);
            Schema.checkColumns(db);
            index = ArticleIndex.open(directory.resolve(INDEX_DIRECTORY));
            return new DuckDbEventStore(directory, db, index, before);
        } catch (RuntimeException e) {
            if (index != null) {
                closeQuietly(index, e);
            }
            closeQuietly(db, e);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable c, Exception cause) {
        try {
            c.close();
        } catch (Exception x) {
            cause.addSuppressed(x);
        }
    }

    /** The data directory. */
    public Path directory() {
        return directory;
    }

    /** What opening found and repaired. */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    // ---- writes

    @Override
    public PutResult put(CodedArticle article) {
        return putAll(java.util.Collections.singletonList(article)).get(0);
    }

    @Override
    public List<PutResult> putAll(List<CodedArticle> articles) {
        Objects.requireNonNull(articles, "articles");
        Instant now = Instant.now();
        List<ArticleRows> rows = new ArrayList<>(articles.size());
        for (CodedArticle a : articles) {
            rows.add(ArticleRows.of(a, now));
        }
        List<PutResult> results = db.write(c -> writer.write(c, rows));
        // the database is the truth: the index follows it, and open() repairs it if we die before this
        for (int i = 0; i < rows.size(); i++) {
            if (results.get(i).outcome() != PutResult.Outcome.UNCHANGED) {
                index.put(rows.get(i).index());
            }
        }
        index.maybeCommit();
        return results;
    }

    @Override
    public boolean delete(String articleId) {
        String id = requireId(articleId, "article id");
        boolean existed = db.write(c -> writer.delete(c, id));
        if (existed) {
            index.delete(List.of(id));
            index.maybeCommit();
        }
        return existed;
    }

    /** Recomputes every cluster from scratch (maintenance); returns how many events changed cluster. */
    public int rebuildClusters() {
        return db.write(clusters::rebuild);
    }

    // ---- reads

    @Override
    public Optional<StoredArticle> article(String id) {
        String a = requireId(id, "article id");
        return db.read(c -> Queries.article(c, a));
    }

    @Override
    public Page<StoredEvent> events(EventFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        return db.read(c -> Queries.events(c, filter, page));
    }

    @Override
    public Optional<EventDetail> event(String id) {
        String e = requireId(id, "event id");
        return db.read(c -> Queries.event(c, e));
    }

    @Override
    public Page<Cluster> clusters(EventFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        return db.read(c -> Queries.clusters(c, filter, page));
    }

    @Override
    public Optional<ClusterDetail> cluster(String id) {
        String cl = requireId(id, "cluster id");
        return db.read(c -> Queries.cluster(c, cl));
    }

    @Override
    public Page<SearchHit> search(SearchQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        checkOpen();
        return index.search(query, page);
    }

    @Override
    public List<SeriesPoint> series(EventFilter filter, Interval interval) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(interval, "interval");
        return db.read(c -> Queries.series(c, filter, interval));
    }

    @Override
    public Escalation escalation(Dyad dyad, LocalDate asOf, EscalationIndex.Params params) {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(params, "params");
        return db.read(c -> Queries.escalation(c, dyad, asOf, params));
    }

    @Override
    public List<Escalation> latestEscalations(LocalDate asOf, EscalationIndex.Params params, int limit) {
        Objects.requireNonNull(params, "params");
        return db.read(c -> Queries.latestEscalations(c, asOf, params, limit));
    }

    @Override
    public List<ActorCount> topActors(EventFilter filter, ActorGrouping grouping, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(grouping, "grouping");
        return db.read(c -> Queries.topActors(c, filter, grouping, limit));
    }

    @Override
    public List<TypeCount> eventTypes(EventFilter filter, TypeGrouping grouping) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(grouping, "grouping");
        return db.read(c -> Queries.eventTypes(c, filter, grouping));
    }

    @Override
    public StoreStats stats() {
        return db.read(Queries::stats);
    }

    @Override
    public Exporter exporter(ExportFormat format) {
        return new DuckDbExporter(db, format);
    }

    // ---- consistency

    /** Makes the search index hold exactly the stored articles at their current text hash. */
    private Reconciliation reconcile(int schemaBefore) {
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
        return new Reconciliation(schemaBefore, Schema.latest(), missing.size(), gone.size(), index.rebuilt());
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

    /**
     * Checks every invariant the contract promises: each article's rows match its coded JSON (all of them or
     * none), no rows without an article, no duplicate event ids, every asserted event in exactly the cluster a
     * full recomputation gives, cluster rows equal to their members' aggregates, and the search index holding
     * exactly the stored articles. For tests, and for a {@code check} command. Reads the whole store.
     */
    public Consistency verify() {
        List<String> problems = new ArrayList<>(db.read(DuckDbEventStore::checkTables));
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
        return new Consistency(problems);
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
            {"SELECT count(*) FROM articles a WHERE json_array_length(a.coded_json, '$.mentions')"
                    + " <> (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"
                    + " OR json_array_length(a.coded_json, '$.quotes') <> (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"
                    + " OR json_array_length(a.coded_json, '$.events') <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)",
                "articles whose stored rows differ in number from their coded JSON"},
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

    // ---- lifecycle

    private void checkOpen() {
        db.read(c -> null);
    }

    private static String requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException((id == null ? "null " : "blank ") + what);
        }
        return id;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            checkOpen();
        } catch (IllegalStateException closed) {
            return;
        }
        try {
            index.close();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            db.close();
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
