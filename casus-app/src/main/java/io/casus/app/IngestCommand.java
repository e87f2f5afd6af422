package io.casus.app;

import io.casus.store.EventStore;
import io.casus.store.PutResult;
import io.casus.store.duckdb.DuckDbEventStore;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casus ingest}: code articles and store them (idempotent: unchanged articles are left as they are). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes the inputs and stores articles, mentions, quotes and events in the embedded store "
                + "(DuckDB + Lucene under --data). Re-ingesting an unchanged article changes nothing; a changed text "
                + "replaces that article's rows in one transaction.",
                "Exit status: 0 all read, 2 some inputs or records skipped, 1 usage error."})
final class IngestCommand implements Callable<Integer> {
    private static final int BATCH = 64;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "casus-data", description = "the store's directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--actors", paramLabel = "FILE", description = "extra actor dictionaries, as for code")
    List<Path> actors;

    @Option(names = "--verbs", paramLabel = "FILE", description = "extra verb-frame files, as for code")
    List<Path> verbs;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or -")
    List<String> inputs;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
        }
        int[] skipped = {0};
        Progress progress = new Progress(System.err, Progress.isTerminal(), 0);
        Batch.Listener listener = new Batch.Listener() {
            @Override
            public void skipped(String location, String reason) {
                skipped[0]++;
                progress.skipped(location, reason);
            }

            @Override
            public void done(int d) {
                progress.done(d);
            }
        };
        Map<PutResult.Outcome, Integer> outcomes = new EnumMap<>(PutResult.Outcome.class);
        long start = System.nanoTime();
        try (EventStore store = DuckDbEventStore.open(data)) {
            // one transaction per batch of articles: each commit also re-clusters, so fewer commits ingest faster
            List<io.casus.model.CodedArticle> pending = new java.util.ArrayList<>();
            Runnable flush = () -> {
                for (PutResult r : store.putAll(pending)) {
                    outcomes.merge(r.outcome(), 1, Integer::sum);
                }
                pending.clear();
            };
            Pipeline.batch(n, actors, verbs).run(Pipeline.resolve(inputs), c -> {
                pending.add(c);
                if (pending.size() >= BATCH) {
                    flush.run();
                }
            }, listener);
            flush.run();
            progress.finish();
            double secs = (System.nanoTime() - start) / 1e9;
            var stats = store.stats();
            var err = spec.commandLine().getErr();
            err.printf("casus: %d new, %d replaced, %d unchanged in %.1f s; the store in %s now holds %s%s%n",
                    outcomes.getOrDefault(PutResult.Outcome.INSERTED, 0), outcomes.getOrDefault(PutResult.Outcome.REPLACED, 0),
                    outcomes.getOrDefault(PutResult.Outcome.UNCHANGED, 0), secs, data, stats,
                    skipped[0] > 0 ? "; " + skipped[0] + " skipped (see above)" : "");
            err.flush();
        }
        return skipped[0] > 0 ? Main.SKIPPED : Main.OK;
    }
}
