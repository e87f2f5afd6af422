package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.store.PageRequest;
import io.casus.store.SearchQuery;
import io.casus.store.StoreException;
import io.casus.store.testing.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenIT {
    @TempDir
    Path dir;

    @Test
    void aNewDirectoryGetsTheLayout() {
        Path data = dir.resolve("casus-data");
        try (DuckDbEventStore store = DuckDbEventStore.open(data)) {
            assertEquals(0, store.reconciliation().schemaBefore());
            assertEquals(Schema.latest(), store.reconciliation().schemaNow());
            assertEquals(0, store.stats().articles());
        }
        assertTrue(Files.isRegularFile(data.resolve(DuckDbEventStore.DATABASE_FILE)));
        assertTrue(Files.isDirectory(data.resolve(DuckDbEventStore.INDEX_DIRECTORY)));
    }

    @Test
    void aCorruptDatabaseFileIsNamed() throws Exception {
        Files.createDirectories(dir);
        Path db = dir.resolve(DuckDbEventStore.DATABASE_FILE);
        Files.writeString(db, "This is a text file, not a database.\n".repeat(300));
        StoreException e = assertThrows(StoreException.class, () -> DuckDbEventStore.open(dir));
        assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a DuckDB database"), e.getMessage());
    }

    @Test
    void aTruncatedDatabaseFileIsNamed() throws Exception {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.put(Stories.wire());
        }
        Path db = dir.resolve(DuckDbEventStore.DATABASE_FILE);
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < 4096 && i < bytes.length; i++) {
            bytes[i] = (byte) 0xAB;
        }
        Files.write(db, bytes);
        StoreException e = assertThrows(StoreException.class, () -> DuckDbEventStore.open(dir));
        assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
    }

    @Test
    void aStoreInUseIsRefusedByName() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> DuckDbEventStore.open(dir));
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
            store.put(Stories.wire());
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        StoreException e = assertThrows(StoreException.class, () -> DuckDbEventStore.open(file));
        assertTrue(e.getMessage().contains("not-a-dir"), e.getMessage());
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabase() throws Exception {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.putAll(List.of(Stories.wire(), Stories.daily(), Stories.sudan()));
        }
        deleteTree(dir.resolve(DuckDbEventStore.INDEX_DIRECTORY));
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            assertEquals(3, store.reconciliation().reindexed());
            assertEquals(1, store.search(SearchQuery.of("intercepted").withActor("ISRGOV"), PageRequest.FIRST).total());
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    @Test
    void aCorruptIndexIsRebuiltFromTheDatabase() throws Exception {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.putAll(List.of(Stories.wire(), Stories.daily()));
        }
        try (Stream<Path> files = Files.list(dir.resolve(DuckDbEventStore.INDEX_DIRECTORY))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.writeString(f, "garbage");
            }
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            assertTrue(store.reconciliation().indexRebuilt());
            assertEquals(2, store.reconciliation().reindexed());
            assertEquals(2, store.search(SearchQuery.of("Israel"), PageRequest.FIRST).total());
        }
    }

    @Test
    void aDatabaseFromANewerCasusIsRefused() throws Exception {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.put(Stories.wire());
        }
        Path db = dir.resolve(DuckDbEventStore.DATABASE_FILE);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version) VALUES (99)");
        }
        StoreException e = assertThrows(StoreException.class, () -> DuckDbEventStore.open(dir));
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains(db.toString()), e.getMessage());
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
