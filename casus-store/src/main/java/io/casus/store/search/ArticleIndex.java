package io.casus.store.search;

import io.casus.store.Page;
import io.casus.store.PageRequest;
import io.casus.store.SearchHit;
import io.casus.store.SearchQuery;
import io.casus.store.StoreException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index with one document per article. Thread-safe: updates and searches may run concurrently; searches
 * see updates after the next refresh, which a search triggers itself.
 *
 * <p>Commits are rate-limited ({@link #maybeCommit()}): a commit forces the index to disk, and the store repairs a
 * stale index on open anyway, so committing after every article would only slow ingest down.
 */
public final class ArticleIndex implements Closeable {
    /** Passages returned per hit. */
    public static final int PASSAGES = 3;
    private static final long COMMIT_EVERY_MS = 2_000;

    private static final String ID = "id";
    private static final String HASH = "hash";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String PUBLISHED = "published";
    private static final String DAY = "day";
    private static final String DAY_SORT = "day_sort";
    private static final String OUTLET = "outlet";
    private static final String OUTLET_KEY = "outlet_key";
    private static final String ACTOR = "actor";

    /** Text stored (for highlighting) with offsets in the postings (so highlighting need not re-analyze). */
    private static final FieldType TEXT;

    static {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        TEXT = t;
    }

    /**
     * What the index holds of one article.
     *
     * @param id         article id
     * @param hash       the article's text hash, to tell a stale document from a current one
     * @param title      title, or null
     * @param text       body
     * @param published  publication time (ISO-8601), or null
     * @param day        publication day, or null
     * @param outlet     outlet, or null
     * @param actorCodes the actor codes of the article's mentions, quotes and events
     */
    public record Doc(String id, String hash, String title, String text, String published, LocalDate day,
                      String outlet, Set<String> actorCodes) {
        public Doc {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(text, "text");
            actorCodes = Set.copyOf(actorCodes);
        }
    }

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean stale = new AtomicBoolean();
    private final boolean rebuilt;
    private volatile long lastCommit = System.currentTimeMillis();

    private ArticleIndex(Path dir, Directory directory, IndexWriter writer, boolean rebuilt) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.rebuilt = rebuilt;
    }

    /**
     * Opens or creates the index in {@code dir}. An unreadable index (corrupt, or from an incompatible Lucene) is
     * deleted and created empty: it is derived data, and {@link #rebuilt()} tells the caller to fill it again.
     *
     * @throws StoreException when the index is locked by another process or the directory cannot be used
     */
    public static ArticleIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            Directory d = FSDirectory.open(dir);
            try {
                return start(dir, d, config(), false);
            } catch (LockObtainFailedException e) {
                d.close();
                throw new StoreException("search index " + dir + " is in use by another process (" + e.getMessage() + ")", e);
            } catch (IOException | RuntimeException e) {
                // even a CREATE writer reads the old commit point, so the unreadable files must go first
                for (String file : d.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        d.deleteFile(file);
                    }
                }
                return start(dir, d, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE), true);
            }
        } catch (IOException e) {
            throw new StoreException("cannot open search index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static ArticleIndex start(Path dir, Directory d, IndexWriterConfig config, boolean rebuilt) throws IOException {
        IndexWriter w = new IndexWriter(d, config);
        try {
            return new ArticleIndex(dir, d, w, rebuilt);
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32);
    }

    /** Whether the index was unreadable on open and was recreated empty. */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** Adds or replaces the document of {@code doc.id()}. */
    public void put(Doc doc) {
        try {
            writer.updateDocument(new Term(ID, doc.id()), document(doc));
            stale.set(true);
        } catch (IOException e) {
            throw new StoreException("cannot index article " + doc.id() + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes the documents of these articles. */
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            writer.deleteDocuments(ids.stream().map(i -> new Term(ID, i)).toArray(Term[]::new));
            stale.set(true);
        } catch (IOException e) {
            throw new StoreException("cannot remove articles from search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Article id to text hash of every document, as of the last change. */
    public Map<String, String> hashes() {
        IndexSearcher s = acquire();
        try {
            Map<String, String> out = new HashMap<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
                BinaryDocValues hashes = leaf.reader().getBinaryDocValues(HASH);
                if (ids == null || hashes == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && hashes.advanceExact(doc)) {
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.binaryValue().utf8ToString());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read search index " + dir + ": " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    /** Commits when the last commit is older than a couple of seconds. */
    public void maybeCommit() {
        if (System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MS) {
            commit();
        }
    }

    /** Makes every change durable. */
    public void commit() {
        try {
            writer.commit();
            lastCommit = System.currentTimeMillis();
        } catch (IOException e) {
            throw new StoreException("cannot commit search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Searches titles and bodies.
     *
     * @throws IllegalArgumentException when the query text is not valid query syntax
     */
    public Page<SearchHit> search(SearchQuery q, PageRequest page) {
        Query text = q.text() == null ? null : parse(q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        if (q.from() != null || q.to() != null) {
            int lo = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
            int hi = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            b.add(IntPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (q.outlet() != null) {
            b.add(new TermQuery(new Term(OUTLET_KEY, q.outlet().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.actor() != null) {
            b.add(new TermQuery(new Term(ACTOR, q.actor())), BooleanClause.Occur.FILTER);
        }
        Query query = b.build();
        IndexSearcher s = acquire();
        try {
            int want = page.offset() + page.limit();
            TopDocs top = text == null
                    ? s.search(query, want, new Sort(new SortField(DAY_SORT, SortField.Type.LONG, true),
                    new SortField(ID, SortField.Type.STRING)))
                    : s.search(query, want);
            long total = s.count(query);
            ScoreDoc[] docs = top.scoreDocs;
            int from = Math.min(page.offset(), docs.length);
            int[] ids = new int[docs.length - from];
            for (int i = from; i < docs.length; i++) {
                ids[i - from] = docs[i].doc;
            }
            String[] passages = highlights(s, text, ids);
            StoredFields stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                Document d = stored.document(ids[i], Set.of(ID, TITLE, PUBLISHED, OUTLET));
                float score = text == null ? 0f : docs[from + i].score;
                List<String> hl = passages == null || passages[i] == null ? List.of() : split(passages[i]);
                hits.add(new SearchHit(d.get(ID), d.get(TITLE), d.get(PUBLISHED), d.get(OUTLET), score, hl));
            }
            return new Page<>(hits, total, page.offset(), page.limit());
        } catch (IOException e) {
            throw new StoreException("cannot search index " + dir + ": " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    private String[] highlights(IndexSearcher s, Query text, int[] ids) throws IOException {
        if (text == null || ids.length == 0) {
            return null;
        }
        UnifiedHighlighter h = UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u0000", true))
                .withMaxLength(100_000)
                .build();
        return h.highlightFields(new String[] {BODY}, text, ids, new int[] {PASSAGES}).get(BODY);
    }

    /** The formatter joins passages with NUL, which no article text holds, so they can be told apart here. */
    private static List<String> split(String joined) {
        return Stream.of(joined.split("\u0000")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private Query parse(String text) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer,
                Map.of(TITLE, 2f, BODY, 1f));
        p.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return p.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("bad search query '" + text + "': " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unparseable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Document document(Doc a) {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        d.add(new BinaryDocValuesField(HASH, new BytesRef(a.hash())));
        if (a.title() != null) {
            d.add(new Field(TITLE, a.title(), TEXT));
        }
        d.add(new Field(BODY, a.text(), TEXT));
        if (a.published() != null) {
            d.add(new StoredField(PUBLISHED, a.published()));
        }
        if (a.day() != null) {
            d.add(new IntPoint(DAY, (int) a.day().toEpochDay()));
            d.add(new NumericDocValuesField(DAY_SORT, a.day().toEpochDay()));
        }
        if (a.outlet() != null) {
            d.add(new StoredField(OUTLET, a.outlet()));
            d.add(new StringField(OUTLET_KEY, a.outlet().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String code : prefixes(a.actorCodes())) {
            d.add(new StringField(ACTOR, code, Field.Store.NO));
        }
        return d;
    }

    /** Each code and its shorter prefixes at three-letter boundaries, so IRN finds IRNGOV. */
    static Set<String> prefixes(Set<String> codes) {
        Set<String> out = new java.util.TreeSet<>();
        for (String c : codes) {
            for (int end = 3; end <= c.length(); end += 3) {
                out.add(c.substring(0, end));
            }
        }
        return out;
    }

    private IndexSearcher acquire() {
        try {
            if (stale.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new StoreException("cannot read search index " + dir + ": " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits and closes. */
    @Override
    public void close() {
        try (directory; writer; searchers) {
            writer.commit();
        } catch (IOException e) {
            throw new StoreException("cannot close search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** How many live documents the index has. */
    public int size() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }
}
