package io.casus.app;

import io.casus.store.Dyad;
import io.casus.store.EventFilter;
import io.casus.store.ExportFormat;
import io.casus.store.Exporter;
import io.casus.store.duckdb.DuckDbEventStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code casus export}: the stored (asserted) events as JSON Lines, CSV, GDELT-column TSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the stored asserted events: jsonl, csv, gdelt (GDELT 2.0 event columns in order, tab-separated, "
                + "then casus' own columns) or parquet. The file is written whole or not at all."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "casus-data", description = "the store's directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv, gdelt or parquet")
    String format;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date")
    String to;

    @Option(names = "--dyad", paramLabel = "A-B", description = "only events between two actors (country or actor codes), e.g. USA-IRN")
    String dyad;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Override
    public Integer call() {
        ExportFormat f;
        EventFilter filter = EventFilter.asserted();
        try {
            f = ExportFormat.parse(format);
            filter = filter.withDates(date(from, "--from"), date(to, "--to"));
            if (dyad != null) {
                filter = filter.withDyad(Dyad.parse(dyad));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "no store at " + data + " (run casus ingest first, or give --data)");
        }
        try (var store = DuckDbEventStore.open(data)) {
            Exporter.ExportResult r = store.exporter(f).export(filter, out);
            spec.commandLine().getErr().printf("casus: wrote %d events to %s (%s, %d bytes)%n", r.events(), r.file(),
                    r.format().name().toLowerCase(java.util.Locale.ROOT), r.bytes());
        }
        return Main.OK;
    }

    private static LocalDate date(String s, String option) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + s + "' is not a date YYYY-MM-DD");
        }
    }
}
