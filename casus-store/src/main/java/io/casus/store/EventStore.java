package io.casus.store;

import io.casus.model.CodedArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The event database: stores coded articles (article, mentions, quotes, events), groups reports of the same
 * real-world event into clusters, and answers the questions analysts ask of it.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Idempotency.</b> An article is identified by its id; its version by the SHA-256 of its text. Putting an
 *       article whose id and text hash are already stored writes nothing ({@link PutResult.Outcome#UNCHANGED});
 *       putting it with another text replaces every row of the old version ({@code REPLACED}). The text hash alone
 *       decides: a re-coded article with the same text is unchanged (delete it first to re-code it).</li>
 *   <li><b>Transactions.</b> One put is one database transaction holding the article, its mentions, quotes and
 *       events, and the recomputation of every event cluster it touches. {@link #putAll} is one transaction for the
 *       whole batch. Either all of it is committed or none.</li>
 *   <li><b>Durability and crashes.</b> A put that returned is durable. A crash or kill at any moment leaves every
 *       article either wholly stored (all its rows) or absent, and no duplicate rows. The full-text index is
 *       derived data: it is updated after the commit and made to match the articles again when the store is
 *       opened, so a kill between the two is repaired.</li>
 *   <li><b>Clusters.</b> After every committed put or delete, each asserted event belongs to exactly one cluster,
 *       and the clusters are those a full recomputation over all events would give, whatever the order the
 *       articles came in (see {@link io.casus.store.cluster.Clusterer}).</li>
 *   <li><b>Thread safety.</b> Every method may be called from any thread. Writes are serialized; reads run in
 *       parallel with each other and with writes and see only committed data. A {@link Page}'s rows and total
 *       come from one snapshot.</li>
 *   <li><b>Errors.</b> Invalid input (null article, blank ids, duplicate event ids, an event id already used by
 *       another article, an unparseable event date) is rejected with an {@link IllegalArgumentException} naming the
 *       article and event, before anything is written. Storage failures throw {@link StoreException} naming the
 *       file. After {@link #close()}, every method throws {@link IllegalStateException}.</li>
 * </ul>
 * Queries count only what their {@link EventFilter} selects; {@link EventFilter#asserted()} is the usual start.
 */
public interface EventStore extends AutoCloseable {

    /** Stores one article (see the contract for what "changed" means). */
    PutResult put(CodedArticle article);

    /** Stores several articles in one transaction; the results are in input order. A later duplicate id wins. */
    List<PutResult> putAll(List<CodedArticle> articles);

    /** Removes an article and all its rows, and recomputes the clusters it was part of; false when absent. */
    boolean delete(String articleId);

    /** An article with its coded JSON, or empty. */
    Optional<StoredArticle> article(String id);

    /** Events matching the filter, newest event date first (then id), with the total count. */
    Page<StoredEvent> events(EventFilter filter, PageRequest page);

    /** One event (any modality) with its article and cluster, or empty. */
    Optional<EventDetail> event(String id);

    /**
     * Clusters with at least one member event matching the filter, latest first (by last event date, then by
     * mentions), with the total count.
     */
    Page<Cluster> clusters(EventFilter filter, PageRequest page);

    /** One cluster with all its member events, or empty. */
    Optional<ClusterDetail> cluster(String id);

    /** Full-text search over article titles and bodies, best first, with highlighted passages. */
    Page<SearchHit> search(SearchQuery query, PageRequest page);

    /**
     * The time series of the events matching the filter (typically a dyad): one point per period from the
     * filter's {@code from} (else the first matching event) to its {@code to} (else the last), periods without
     * events included as zeros.
     */
    List<SeriesPoint> series(EventFilter filter, Interval interval);

    /**
     * The escalation index of one dyad as of a day (see {@link EscalationIndex}).
     *
     * @param asOf the window's last day; null: the latest event date in the store
     */
    Escalation escalation(Dyad dyad, LocalDate asOf, EscalationIndex.Params params);

    /**
     * Country dyads (either direction, a country with itself included) ranked by escalation index, highest first,
     * among those with at least {@code params.minWindowEvents()} clusters in the window.
     *
     * @param asOf the window's last day; null: the latest event date in the store
     */
    List<Escalation> latestEscalations(LocalDate asOf, EscalationIndex.Params params, int limit);

    /** Actors by how many matching events they take part in, most first. */
    List<ActorCount> topActors(EventFilter filter, ActorGrouping grouping, int limit);

    /** Matching events per CAMEO root or PLOVER type, most first. */
    List<TypeCount> eventTypes(EventFilter filter, TypeGrouping grouping);

    /** Row counts and the event date range. */
    StoreStats stats();

    /** An exporter writing this store's events in the given format. */
    Exporter exporter(ExportFormat format);

    /**
     * Flushes the full-text index and closes the database. Idempotent. Call it once no other call is in flight;
     * every call after it throws {@link IllegalStateException}.
     */
    @Override
    void close();
}
