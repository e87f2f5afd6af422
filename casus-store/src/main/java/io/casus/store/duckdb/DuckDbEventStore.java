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
import io.casus.store.search.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

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

    private final Path directory;
    private final Database db;
    private final ArticleIndex index;
    private final Inserter inserter = new Inserter();
    private final ClusterMaintainer clusters = new ClusterMaintainer();
    private final ArticleWriter writer = new ArticleWriter(inserter, clusters);
    private final Reconciliation reconciliation;
    private final ReentrantLock writeOrder = new ReentrantLock();

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
        this.reconciliation = Integrity.reconcile(db, index, schemaBefore);
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
        // the lock keeps index updates in commit order, so two writers of one article cannot leave the older text
        // indexed
        writeOrder.lock();
        try {
            List<PutResult> results = db.write(c -> writer.write(c, rows));
            // the database is the truth: the index follows it, and open() repairs it if we die before this
            for (int i = 0; i < rows.size(); i++) {
                if (results.get(i).outcome() != PutResult.Outcome.UNCHANGED) {
                    index.put(rows.get(i).index());
                }
            }
            index.maybeCommit();
            return results;
        } finally {
            writeOrder.unlock();
        }
    }

    @Override
    public boolean delete(String articleId) {
        String id = requireId(articleId, "article id");
        writeOrder.lock();
        try {
            boolean existed = db.write(c -> writer.delete(c, id));
            if (existed) {
                index.delete(List.of(id));
                index.maybeCommit();
            }
            return existed;
        } finally {
            writeOrder.unlock();
        }
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

    /**
     * Checks every invariant the contract promises: each article's rows match its coded JSON (all of them or
     * none), no rows without an article, no duplicate event ids, every asserted event in exactly the cluster a
     * full recomputation gives, cluster rows equal to their members' aggregates, and the search index holding
     * exactly the stored articles. For tests, and for a {@code check} command. Reads the whole store: seconds at
     * 100k events.
     */
    public Consistency verify() {
        return Integrity.verify(db, index);
    }

    // ---- lifecycle

    private void checkOpen() {
        db.checkOpen();
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
