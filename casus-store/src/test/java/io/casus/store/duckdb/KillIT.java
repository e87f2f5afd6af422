package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.store.EventFilter;
import io.casus.store.PageRequest;
import io.casus.store.SearchQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process at a random moment, three times over, and checks after each kill that the store is
 * consistent: every article has all its rows or none, no event id twice, clusters as a full recomputation gives
 * them, and the search index (repaired on open) holding exactly the stored articles.
 */
class KillIT {
    private static final long SEED = 0x5EED;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesAConsistentStore() throws Exception {
        int first = 0;
        int reindexed = 0;
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            AtomicInteger writes = new AtomicInteger();
            List<String> output = new ArrayList<>();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), PutLoop.class.getName(), dir.toString(),
                    Long.toString(SEED), Integer.toString(first))
                    .redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("wrote ")) {
                            writes.incrementAndGet();
                        } else {
                            synchronized (output) {
                                output.add(line);
                            }
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the process was killed mid-line
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (writes.get() < 10 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "the writer died by itself: " + output);
            assertTrue(writes.get() >= 10, "the writer did not get going: " + output);
            Thread.sleep(500 + 400L * round);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            reader.join(5_000);
            int done = writes.get();
            first += done + 5;

            try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
                DuckDbEventStore.Consistency c = store.verify();
                assertTrue(c.ok(), "after kill " + round + ": " + c.problems());
                long articles = store.stats().articles();
                assertEquals(articles, store.search(SearchQuery.of(null), PageRequest.of(0, 1)).total(),
                        "every stored article is searchable, no other");
                assertTrue(store.stats().events() > 0);
                assertEquals(store.stats().events(), store.events(EventFilter.any(), PageRequest.of(0, 1)).total());
                reindexed += store.reconciliation().reindexed() + store.reconciliation().removed();
                rounds.add("round " + round + ": " + done + " writes, " + articles + " articles, " + store.reconciliation());
            }
        }
        System.out.println(String.join("\n", rounds));
        assertTrue(reindexed > 0, "a kill between commit and index update was repaired at least once: " + rounds);
    }
}
