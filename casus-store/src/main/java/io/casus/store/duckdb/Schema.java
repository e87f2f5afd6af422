package io.casus.store.duckdb;

import io.casus.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and migrates the tables. Migrations are the resources {@code schema/V1.sql}, {@code V2.sql}, ... applied
 * in order, each in one transaction that also records it in {@code schema_version}; a database already at the
 * latest version is left alone. A database from a newer Casus is refused rather than guessed at.
 */
final class Schema {
    private static final String RESOURCE = "schema/V%d.sql";

    private Schema() {}

    /** The newest schema version this build knows. */
    static int latest() {
        int v = 0;
        while (Schema.class.getResource(String.format(RESOURCE, v + 1)) != null) {
            v++;
        }
        return v;
    }

    /** Brings the database up to {@link #latest()}; returns the version it was at (0 for a new database). */
    static int migrate(Database db) {
        int latest = latest();
        int current = db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                        + " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                r.next();
                return r.getInt(1);
            }
        });
        if (current > latest) {
            throw new StoreException("event database " + db.file() + " has schema version " + current
                    + ", newer than the " + latest + " this Casus knows: use a newer Casus");
        }
        for (int v = current + 1; v <= latest; v++) {
            int version = v;
            List<String> statements = statements(version);
            try {
                db.write(c -> {
                    apply(c, statements);
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                        p.setInt(1, version);
                        p.execute();
                    }
                    return null;
                });
            } catch (StoreException e) {
                throw new StoreException("cannot bring event database " + db.file() + " to schema version " + version
                        + ": " + e.getMessage(), e);
            }
        }
        return current;
    }

    /**
     * Checks that the tables have the columns, in the order, that the row writers fill: the appender writes by
     * position, so a migration that reorders columns must fail here rather than store values in wrong columns.
     */
    static void checkColumns(Database db) {
        for (Table t : List.of(Table.ARTICLES, Table.MENTIONS, Table.QUOTES, Table.EVENTS)) {
            List<String> actual = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
                    p.setString(1, t.name);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(r.getString(1));
                        }
                    }
                }
                return out;
            });
            if (!actual.equals(t.columns)) {
                throw new StoreException("event database " + db.file() + ": table " + t.name + " has columns " + actual
                        + ", this Casus writes " + t.columns);
            }
        }
    }

    private static void apply(Connection c, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /** The statements of one migration: comments dropped, split at semicolons that end a line. */
    static List<String> statements(int version) {
        String name = String.format(RESOURCE, version);
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("schema migration " + name + " missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                int comment = line.indexOf("--");
                String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
                current.append(code).append('\n');
                if (code.endsWith(";")) {
                    out.add(current.toString().strip().replaceAll(";$", ""));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                throw new StoreException("schema migration " + name + ": last statement has no closing semicolon");
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read schema migration " + name + ": " + e.getMessage(), e);
        }
    }
}
