package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casus.json.CodedArticleJson;
import io.casus.model.Event;
import io.casus.store.Dyad;
import io.casus.store.EventFilter;
import io.casus.store.ExportFormat;
import io.casus.store.Exporter.ExportResult;
import io.casus.store.StoreException;
import io.casus.store.export.GdeltFormat;
import io.casus.store.testing.Cookbook;
import io.casus.store.testing.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportIT {
    @TempDir
    Path dir;
    private DuckDbEventStore store;
    private Path out;

    @BeforeEach
    void fill() throws Exception {
        store = DuckDbEventStore.open(dir.resolve("data"));
        store.putAll(List.of(Stories.wire(), Stories.daily(), Stories.sudan()));
        out = Files.createDirectories(dir.resolve("out"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void jsonLinesHoldTheContractsEventShapePlusArticleAndCluster() throws Exception {
        ExportResult r = store.exporter(ExportFormat.JSONL).export(EventFilter.any(), out.resolve("events.jsonl"));
        assertEquals(6, r.events());
        List<String> lines = Files.readAllLines(r.file());
        assertEquals(6, lines.size());
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        Event wire = Stories.wire().events().get(0);
        assertEquals("wire-2024-04-14-iran-israel-0-0", first.get("id").asText(), "ordered by date, then id");
        var expected = CodedArticleJson.event(wire);
        expected.put("articleId", "wire-2024-04-14-iran-israel").put("clusterId", "wire-2024-04-14-iran-israel-0-0");
        assertEquals(expected, first);
        JsonNode negated = lines.stream().map(l -> read(m, l)).filter(n -> n.get("modality").asText().equals("negated"))
                .findFirst().orElseThrow();
        assertTrue(negated.get("clusterId").isNull());
        assertEquals(r.bytes(), Files.size(r.file()));
    }

    @Test
    void csvHasAHeaderAndOneRowPerEvent() throws Exception {
        ExportResult r = store.exporter(ExportFormat.CSV).export(EventFilter.asserted(), out.resolve("events.csv"));
        assertEquals(5, r.events());
        List<String> lines = Files.readAllLines(r.file());
        assertEquals(6, lines.size());
        assertTrue(lines.get(0).startsWith("event_id,article_id,cluster_id,event_date,"), lines.get(0));
        assertTrue(lines.get(0).endsWith("cluster_sources,global_event_id"), lines.get(0));
        assertTrue(lines.get(1).startsWith("wire-2024-04-14-iran-israel-0-0,wire-2024-04-14-iran-israel,"), lines.get(1));
        // the quoted threat carries a comma-free but quoted sentence: check the CSV parses back through DuckDB
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT cluster_id), max(cluster_mentions)"
                     + " FROM read_csv('" + r.file() + "', header = true)")) {
            rs.next();
            assertEquals(5, rs.getLong(1));
            assertEquals(3, rs.getLong(2));
            assertEquals(3, rs.getLong(3));
        }
    }

    @Test
    void gdeltRowsHaveTheCookbooksColumnsThenCasusColumns() throws Exception {
        ExportResult r = store.exporter(ExportFormat.GDELT).export(EventFilter.asserted(), out.resolve("events.tsv"));
        GdeltFormat format = new GdeltFormat();
        List<String> cols = format.columns();
        if (Cookbook.available()) {
            assertEquals(Cookbook.eventColumns(), cols.subList(0, 61), "GDELT 2.0 event columns, in the cookbook's order");
        }
        List<String> lines = Files.readAllLines(r.file());
        assertEquals(5, lines.size(), "no header: GDELT files have none");
        String[] f = lines.get(0).split("\t", -1);
        assertEquals(cols.size(), f.length);
        assertEquals("20240413", f[cols.indexOf("Day")]);
        assertEquals("IRN", f[cols.indexOf("Actor1Code")]);
        assertEquals("ISR", f[cols.indexOf("Actor2CountryCode")]);
        assertEquals("195", f[cols.indexOf("EventCode")]);
        assertEquals("19", f[cols.indexOf("EventRootCode")]);
        assertEquals("4", f[cols.indexOf("QuadClass")]);
        assertEquals("-9.0", f[cols.indexOf("GoldsteinScale")]);
        assertEquals("1", f[cols.indexOf("IsRootEvent")]);
        assertEquals("3", f[cols.indexOf("NumMentions")]);
        assertEquals("2", f[cols.indexOf("NumArticles")]);
        assertEquals("2", f[cols.indexOf("NumSources")]);
        assertEquals("https://wire.example/2024/04/14/iran-israel-attack", f[cols.indexOf("SOURCEURL")]);
        assertEquals(14, f[cols.indexOf("DATEADDED")].length());
        assertTrue(f[cols.indexOf("GlobalEventID")].matches("\\d+"));
        assertEquals("asserted", f[cols.indexOf("Modality")]);
        assertEquals("text", f[cols.indexOf("DateSource")]);
        assertEquals("0", f[cols.indexOf("EvidenceBegin")]);
        assertEquals("wire-2024-04-14-iran-israel-0-0", f[cols.indexOf("ClusterID")]);
        assertEquals("0.8", f[cols.indexOf("Confidence")]);
        assertEquals("Israeli territory", f[cols.indexOf("ActionGeo_Fullname")]);
        for (String line : lines) {
            assertEquals(cols.size(), line.split("\t", -1).length, line);
        }
    }

    @Test
    void parquetReadsBackThroughDuckDb() throws Exception {
        ExportResult r = store.exporter(ExportFormat.PARQUET).export(EventFilter.any(), out.resolve("events.parquet"));
        assertEquals(6, r.events());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id, typeof(event_date), CAST(event_date AS VARCHAR), goldstein,"
                     + " quad_class, cluster_mentions, modality, evidence FROM read_parquet('" + r.file() + "')"
                     + " ORDER BY event_date, event_id")) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
                if (ids.size() == 1) {
                    assertEquals("DATE", rs.getString(2));
                    assertEquals("2024-04-13", rs.getString(3));
                    assertEquals(-9.0, rs.getDouble(4));
                    assertEquals(4, rs.getInt(5));
                    assertEquals(3, rs.getInt(6));
                    assertEquals("ASSERTED", rs.getString(7));
                    assertTrue(rs.getString(8).startsWith("Iran launched more than 300 drones"));
                }
            }
            assertEquals(6, ids.size());
        }
    }

    @Test
    void filtersByDateRangeAndDyad() throws Exception {
        EventFilter april14 = EventFilter.asserted().withDates(LocalDate.of(2024, 4, 14), LocalDate.of(2024, 4, 14));
        assertEquals(3, store.exporter(ExportFormat.JSONL).export(april14, out.resolve("a.jsonl")).events());
        EventFilter irnIsr = EventFilter.asserted().withDyad(Dyad.parse("IRN-ISR"));
        assertEquals(4, store.exporter(ExportFormat.PARQUET).export(irnIsr, out.resolve("b.parquet")).events());
        assertEquals(3, store.exporter(ExportFormat.CSV).export(irnIsr.withDyad(Dyad.parse("IRN>ISR")),
                out.resolve("c.csv")).events());
        assertEquals(0, store.exporter(ExportFormat.GDELT).export(irnIsr.withDates(LocalDate.of(2025, 1, 1), null),
                out.resolve("d.tsv")).events());
        assertEquals(0, Files.size(out.resolve("d.tsv")));
    }

    @Test
    void anExportIsWholeOrAbsent() throws Exception {
        Path existing = Files.writeString(out.resolve("keep.csv"), "an older export\n");
        // a directory where the file should go: the move fails, the temporary file is cleaned up
        Path blocked = Files.createDirectories(out.resolve("blocked.jsonl"));
        Files.writeString(blocked.resolve("inside"), "x");
        for (ExportFormat f : ExportFormat.values()) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.exporter(f).export(EventFilter.any(), blocked));
            assertTrue(e.getMessage().contains("blocked.jsonl"), e.getMessage());
        }
        StoreException missing = assertThrows(StoreException.class,
                () -> store.exporter(ExportFormat.CSV).export(EventFilter.any(), dir.resolve("nowhere/events.csv")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("blocked.jsonl", "keep.csv"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left behind");
        }
        assertEquals("an older export\n", Files.readString(existing));
        ExportResult r = store.exporter(ExportFormat.CSV).export(EventFilter.any(), existing);
        assertFalse(Files.readString(r.file()).startsWith("an older"), "a finished export replaces the file");
    }

    private static JsonNode read(ObjectMapper m, String line) {
        try {
            return m.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
