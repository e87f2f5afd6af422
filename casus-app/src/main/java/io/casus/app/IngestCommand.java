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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "casus-data", description = "the store's directory (default: ${DEFAULT-VALUE})")
    Path data;




    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or -")
    List<String> inputs;

    @Override
    public Integer call() {
        Batch batch = pipeline.batch();
        Reporting listener = new Reporting(0);
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
            batch.run(Pipeline.resolve(inputs), c -> {
                pending.add(c);
                if (pending.size() >= BATCH) {
                    flush.run();
                }
            }, listener);
            flush.run();
            listener.finish();
            double secs = (System.nanoTime() - start) / 1e9;
            var stats = store.stats();
            var err = spec.commandLine().getErr();
            err.printf("casus: %d new, %d replaced, %d unchanged in %.1f s; the store in %s now holds %s%s%n",
                    outcomes.getOrDefault(PutResult.Outcome.INSERTED, 0), outcomes.getOrDefault(PutResult.Outcome.REPLACED, 0),
                    outcomes.getOrDefault(PutResult.Outcome.UNCHANGED, 0), secs, data, stats,
                    listener.skipped() > 0 ? "; " + listener.skipped() + " skipped (see above)" : "");
            err.flush();
        }
        return listener.skipped() > 0 ? Main.SKIPPED : Main.OK;
    }
}
