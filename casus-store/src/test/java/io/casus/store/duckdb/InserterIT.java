package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.store.StoreException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The appender must be part of the write transaction: what a failed write appended must vanish with it. */
class InserterIT {
    @TempDir
    Path dir;

    private static Object[] article(String id) {
        return Table.ARTICLES.row().put("id", id).put("title", "t").put("published", null).put("published_day", null)
                .put("outlet", null).put("author", null).put("url", null).put("tags", "[]").put("text", "body")
                .put("text_hash", "h").put("origin", "test").put("ingested_at", 1_713_000_000_000_000L)
                .put("coded_json_gz", Json.gzip("{}")).values();
    }

    private static long count(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Test
    void appendedRowsRollBackWithTheTransaction() {
        try (Database db = Database.open(dir.resolve("a.duckdb"))) {
            Schema.migrate(db);
            Inserter in = new Inserter();
            db.write(c -> {
                in.insert(c, Table.ARTICLES, List.<Object[]>of(article("kept")));
                return null;
            });
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                in.insert(c, Table.ARTICLES, List.<Object[]>of(article("a"), article("b")));
                throw new IllegalStateException("a failure after the append");
            }));
            assertEquals(1, count(db));
            assertEquals("2024-04-13 09:20:00", db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT CAST(ingested_at AS VARCHAR) FROM articles")) {
                    r.next();
                    return r.getString(1);
                }
            }), "epoch microseconds become a UTC timestamp");
        }
    }

    @Test
    void aDuplicateKeyFailsTheWriteInsteadOfVanishingSilently() {
        try (Database db = Database.open(dir.resolve("b.duckdb"))) {
            Schema.migrate(db);
            Inserter in = new Inserter();
            db.write(c -> {
                in.insert(c, Table.ARTICLES, List.<Object[]>of(article("x")));
                return null;
            });
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
                in.insert(c, Table.ARTICLES, List.<Object[]>of(article("y"), article("x")));
                return null;
            }));
            assertTrue(e.getMessage().contains("b.duckdb"), e.getMessage());
            assertEquals(1, count(db), "y was rolled back with the failed x");
            db.write(c -> {
                in.insert(c, Table.ARTICLES, List.<Object[]>of(article("z")));
                return null;
            });
            assertEquals(2, count(db), "the writer recovers");
        }
    }
}
