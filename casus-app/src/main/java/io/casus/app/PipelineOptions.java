package io.casus.app;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every coding command shares: worker threads and user dictionaries (a picocli mixin). */
final class PipelineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "an actor dictionary (casus TSV or PETRARCH/TABARI) that adds to or overrides the bundled ones; repeatable")
    List<Path> actors;

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "a verb-frame file (casus TSV or a PETRARCH verb dictionary) tried before the bundled frames; repeatable")
    List<Path> verbs;

    /** The thread count, checked. */
    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
        }
        return n;
    }

    Batch batch() {
        return Pipeline.batch(threads(), actors, verbs);
    }
}
