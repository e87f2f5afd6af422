package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {
    @Test
    void theFirstMigrationCreatesEveryTable() {
        assertTrue(Schema.latest() >= 1);
        List<String> v1 = Schema.statements(1);
        for (String table : List.of("articles", "mentions", "quotes", "events", "clusters")) {
            assertTrue(v1.stream().anyMatch(s -> s.startsWith("CREATE TABLE " + table + " ")), table);
        }
        assertTrue(v1.stream().noneMatch(s -> s.contains("--") || s.endsWith(";")));
    }

    @Test
    void everyInsertableColumnExistsInTheSchema() {
        String v1 = String.join("\n", Schema.statements(1));
        for (Table t : List.of(Table.ARTICLES, Table.MENTIONS, Table.QUOTES, Table.EVENTS)) {
            String ddl = v1.substring(v1.indexOf("CREATE TABLE " + t.name + " "));
            ddl = ddl.substring(0, ddl.indexOf(")\n") > 0 ? ddl.indexOf("\n)") : ddl.length());
            for (String col : t.columns) {
                assertTrue(ddl.matches("(?s).*\\n\\s+" + col + "\\s.*"), t.name + "." + col);
            }
        }
        assertEquals(58, Table.EVENTS.columns.size());
    }
}
