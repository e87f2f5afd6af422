package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casus ingest} and {@code casus export} end to end on the samples, with a real DuckDB store. */
class IngestExportIT {
    @TempDir
    Path tmp;

    @Test
    void ingestIsIdempotentAndEveryExportFormatIsWritten() throws Exception {
        Path data = tmp.resolve("store");
        String input = Cli.samples().resolve("jsonl").toString();
        Cli.Result first = Cli.run("ingest", "--data", data.toString(), input);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("3 new, 0 replaced, 0 unchanged"), first.err());
        Cli.Result again = Cli.run("ingest", "--data", data.toString(), input);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("0 new, 0 replaced, 3 unchanged"), again.err());

        Path jsonl = tmp.resolve("events.jsonl");
        Cli.Result j = Cli.run("export", "--data", data.toString(), "--format", "jsonl", "--out", jsonl.toString());
        assertEquals(0, j.exit(), j.err());
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 3, "events exported: " + lines.size());
        assertTrue(lines.stream().allMatch(l -> l.contains("\"modality\":\"asserted\"")));

        Path gdelt = tmp.resolve("events.tsv");
        assertEquals(0, Cli.run("export", "--data", data.toString(), "--format", "gdelt", "--out", gdelt.toString()).exit());
        List<String> rows = Files.readAllLines(gdelt, StandardCharsets.UTF_8);
        assertEquals(lines.size(), rows.size(), "one row per event");
        assertTrue(rows.get(0).split("\t", -1).length > 58, "the 58 GDELT 2.0 columns, then casus' own");

        Path parquet = tmp.resolve("events.parquet");
        assertEquals(0, Cli.run("export", "--data", data.toString(), "--format", "parquet", "--out", parquet.toString()).exit());
        assertTrue(Files.size(parquet) > 0);
    }

    @Test
    void badExportRequestsAreUsageErrors() {
        assertEquals(1, Cli.run("export", "--data", tmp.resolve("none").toString(), "--format", "csv", "--out", tmp.resolve("x").toString()).exit());
        assertEquals(1, Cli.run("export", "--data", tmp.toString(), "--format", "xls", "--out", tmp.resolve("x").toString()).exit());
        assertEquals(1, Cli.run("export", "--data", tmp.toString(), "--format", "csv", "--from", "yesterday", "--out", tmp.resolve("x").toString()).exit());
    }
}
