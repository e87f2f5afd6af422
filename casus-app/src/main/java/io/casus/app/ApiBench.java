package io.casus.app;

import io.casus.app.server.ApiServer;
import io.casus.store.EventStore;
import io.casus.store.SyntheticData;
import io.casus.store.duckdb.DuckDbEventStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code casus bench --api}: fills a temporary store with synthetic events, serves it on a loopback port and measures
 * the events endpoint under a bounded load (a fixed number of requests from a few client threads): requests/s and
 * latency percentiles. Only loopback traffic; the store is deleted afterwards.
 */
final class ApiBench {
    private static final String[] QUERIES = {
        "/api/events?limit=50", "/api/events?dyad=USA-IRN&limit=50", "/api/events?root=19&limit=50",
        "/api/events?quad=4&from=2023-01-01&to=2023-06-30&limit=50", "/api/events?actor=RUS&offset=500&limit=50",
        "/api/events?q=talks&limit=20",
    };

    private ApiBench() {}

    static void run(int events, int requests, int clients, PrintWriter out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("casus-bench-api");
        try (EventStore store = DuckDbEventStore.open(dir)) {
            long t0 = System.nanoTime();
            SyntheticData.Result filled = SyntheticData.fill(store, events, 1);
            out.printf("casus bench --api: %d synthetic events in %d articles stored in %.1f s%n", filled.events(),
                    filled.articles(), (System.nanoTime() - t0) / 1e9);
            out.flush();
            try (ApiServer server = ApiServer.create(store, Pipeline.sources().byFormat("jsonl").orElseThrow(), a -> {
                throw new IllegalStateException("no ingest in the benchmark");
            }, null).start("127.0.0.1", 0)) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                for (int i = 0; i < 50; i++) {
                    get(http, base + QUERIES[i % QUERIES.length]);
                }
                long[] latencies = new long[requests];
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    int k = i;
                    done.add(pool.submit(() -> {
                        long s = System.nanoTime();
                        get(http, base + QUERIES[k % QUERIES.length]);
                        latencies[k] = System.nanoTime() - s;
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IOException("request failed: " + e.getCause().getMessage(), e.getCause());
                    }
                }
                double secs = (System.nanoTime() - start) / 1e9;
                pool.shutdown();
                Arrays.sort(latencies);
                out.printf("  %d requests to /api/events (%d query shapes), %d client threads, loopback%n", requests, QUERIES.length, clients);
                out.printf("  requests/s    %.0f%n", requests / secs);
                out.printf("  latency       p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(latencies, 0.50),
                        ms(latencies, 0.90), ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
                out.flush();
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
