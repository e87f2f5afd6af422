package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.CodedArticle;
import io.casus.store.Dyad;
import io.casus.store.EscalationIndex;
import io.casus.store.EventFilter;
import io.casus.store.Interval;
import io.casus.store.Page;
import io.casus.store.PageRequest;
import io.casus.store.SearchQuery;
import io.casus.store.StoredEvent;
import io.casus.store.SyntheticData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers run beside writers and see only whole, committed articles. */
class ConcurrencyIT {
    @TempDir
    Path dir;

    @Test
    void readersSeeConsistentSnapshotsWhileTwoThreadsWrite() throws Exception {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            SyntheticData.fill(store, 500, 3);
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int offset = 1000 + w * 1000;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        List<CodedArticle> batch = List.of(SyntheticData.article(3, offset + i, 0),
                                SyntheticData.article(3, i, 1 + (i % 3)));
                        store.putAll(batch);
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 4; r++) {
                tasks.add(pool.submit(() -> {
                    while (writing.get()) {
                        Page<StoredEvent> p = store.events(EventFilter.asserted(), PageRequest.of(0, 20));
                        assertTrue(p.total() >= p.items().size());
                        for (StoredEvent e : p.items()) {
                            assertEquals(e.id(), store.event(e.id()).orElseThrow().event().id());
                        }
                        store.search(SearchQuery.of("officials"), PageRequest.FIRST);
                        store.series(EventFilter.asserted().withDyad(Dyad.of("CHN", "USA")), Interval.DAY);
                        store.latestEscalations(null, EscalationIndex.Params.DEFAULT, 5);
                    }
                    return null;
                }));
            }
            for (int w = 0; w < 2; w++) {
                tasks.get(w).get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> f : tasks) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }
}
