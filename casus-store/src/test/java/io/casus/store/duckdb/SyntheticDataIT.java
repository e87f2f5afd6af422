package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.store.ActorGrouping;
import io.casus.store.Dyad;
import io.casus.store.EscalationIndex;
import io.casus.store.EventFilter;
import io.casus.store.Interval;
import io.casus.store.PageRequest;
import io.casus.store.PutResult;
import io.casus.store.SearchQuery;
import io.casus.store.StoreStats;
import io.casus.store.SyntheticData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark helper fills a store the queries can work on; prints the put rate and size (not asserted). */
class SyntheticDataIT {
    private static final int EVENTS = 5_000;

    @TempDir
    Path dir;

    @Test
    void fillsAConsistentQueryableStore() throws Exception {
        SyntheticData.Result r;
        StoreStats s;
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            r = SyntheticData.fill(store, EVENTS, 42);
            s = store.stats();
            assertTrue(s.events() >= EVENTS, s.toString());
            assertEquals(r.articles(), s.articles());
            assertTrue(s.clusters() < s.asserted(), "re-reports were clustered: " + s);
            assertTrue(store.verify().ok(), store.verify().problems().toString());

            assertEquals(PutResult.Outcome.UNCHANGED, store.put(SyntheticData.article(42, 7, 0)).outcome());
            assertEquals(PutResult.Outcome.REPLACED, store.put(SyntheticData.article(42, 7, 1)).outcome());
            var top = store.topActors(EventFilter.asserted(), ActorGrouping.COUNTRY, 2);
            Dyad busiest = Dyad.of(top.get(0).code(), top.get(1).code());
            assertTrue(store.series(EventFilter.asserted().withDyad(busiest), Interval.DAY).size() > 20);
            assertTrue(store.events(EventFilter.asserted().withDyad(busiest), PageRequest.FIRST).total() > 0);
            assertTrue(store.latestEscalations(null, EscalationIndex.Params.DEFAULT, 10).size() > 0);
            assertTrue(store.search(SearchQuery.of("officials"), PageRequest.FIRST).total() > 0);
        }
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("synthetic fill: %d articles, %d events in %.2f s: %.0f articles/s, %.0f events/s;"
                        + " store %.2f MB = %.2f MB per 1,000 articles%n", r.articles(), r.events(),
                r.elapsed().toMillis() / 1000.0, r.articlesPerSecond(), r.eventsPerSecond(), bytes / 1e6,
                bytes / 1e6 / r.articles() * 1000);
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            assertEquals(s.articles(), store.stats().articles());
            SyntheticData.Result again = SyntheticData.fill(store, EVENTS, 42);
            assertEquals(r.articles(), again.articles());
            assertEquals(s.articles(), store.stats().articles(), "a second fill with the same seed changes nothing");
        }
    }
}
