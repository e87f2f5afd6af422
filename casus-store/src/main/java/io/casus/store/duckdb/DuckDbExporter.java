package io.casus.store.duckdb;

import io.casus.store.Cluster;
import io.casus.store.EventFilter;
import io.casus.store.ExportFormat;
import io.casus.store.Exporter;
import io.casus.store.StoreException;
import io.casus.store.export.ExportRow;
import io.casus.store.export.GdeltFormat;
import io.casus.store.export.JsonLinesFormat;
import io.casus.store.export.LineFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exports through the database: CSV and Parquet with DuckDB's {@code COPY}, JSON Lines and GDELT by streaming
 * rows through a {@link LineFormat}. Every export goes to a temporary file beside the target and is moved into
 * place only when complete.
 */
final class DuckDbExporter implements Exporter {
    /** The flat event columns of the CSV and Parquet exports, in order. */
    static final String FLAT_COLUMNS = "e.id AS event_id, e.article_id, e.cluster_id, e.event_date, e.date_precision,"
            + " e.date_source, e.source_code, e.source_country, e.source_sector, e.source_name, e.source_text,"
            + " e.target_code, e.target_country, e.target_sector, e.target_name, e.target_text, e.cameo_code,"
            + " e.cameo_root, e.goldstein, e.quad_class, e.plover_type, e.modality, e.confidence,"
            + " e.location_country, e.location_place, e.attr_speaker AS attribution_speaker,"
            + " e.attr_code AS attribution_code, e.attr_via AS attribution_via,"
            + " e.attr_anonymous AS attribution_anonymous, e.sentence, e.char_begin AS evidence_begin,"
            + " e.char_end AS evidence_end, e.evidence, e.trigger_text AS trigger, e.frame, a.outlet, a.published,"
            + " a.url, a.title AS article_title, c.mentions AS cluster_mentions, c.articles AS cluster_articles,"
            + " c.sources AS cluster_sources, e.gid AS global_event_id";

    private static final String FROM = " FROM events e JOIN articles a ON a.id = e.article_id"
            + " LEFT JOIN clusters c ON c.id = e.cluster_id";

    private final Database db;
    private final ExportFormat format;

    DuckDbExporter(Database db, ExportFormat format) {
        this.db = db;
        this.format = Objects.requireNonNull(format, "format");
    }

    @Override
    public ExportResult export(EventFilter filter, Path out) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(out, "out");
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException("cannot export to " + out + ": directory " + dir + " does not exist");
        }
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            long n = db.read(c -> switch (format) {
                case CSV -> copy(c, filter, tmp, "FORMAT CSV, HEADER true");
                case PARQUET -> copy(c, filter, tmp, "FORMAT PARQUET, COMPRESSION zstd");
                case JSONL -> lines(c, filter, tmp, new JsonLinesFormat());
                case GDELT -> lines(c, filter, tmp, new GdeltFormat());
            });
            move(tmp, target);
            return new ExportResult(target, format, n, Files.size(target));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException d) {
                e.addSuppressed(d);
            }
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new StoreException("cannot export " + format.name().toLowerCase(java.util.Locale.ROOT) + " to " + out
                    + ": " + e.getMessage(), e);
        }
    }

    private static long copy(Connection c, EventFilter f, Path tmp, String options) throws SQLException {
        Where w = Where.of(f);
        String sql = "COPY (SELECT " + FLAT_COLUMNS + FROM + " WHERE " + w.sql() + " ORDER BY e.event_date, e.id) TO "
                + literal(tmp.toString()) + " (" + options + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            w.bind(p, 1);
            return p.executeUpdate();
        }
    }

    private static long lines(Connection c, EventFilter f, Path tmp, LineFormat lf) throws SQLException {
        Where w = Where.of(f);
        String sql = "SELECT " + Rows.EVENT_COLUMNS + ", e.gid AS x_gid, e.lead AS x_lead, c.id AS c_id,"
                + " c.cameo_code AS c_cameo_code, c.cameo_root AS c_cameo_root, c.quad_class AS c_quad_class,"
                + " c.goldstein AS c_goldstein, c.source_code AS c_source_code, c.source_country AS c_source_country,"
                + " c.target_code AS c_target_code, c.target_country AS c_target_country, c.event_date AS c_event_date,"
                + " c.first_event_date AS c_first_event_date, c.last_event_date AS c_last_event_date,"
                + " epoch_us(c.first_seen) AS c_first_us, epoch_us(c.last_seen) AS c_last_us, c.mentions AS c_mentions,"
                + " c.articles AS c_articles, c.sources AS c_sources" + FROM + " WHERE " + w.sql()
                + " ORDER BY e.event_date, e.id";
        long n = 0;
        try (PreparedStatement p = c.prepareStatement(sql);
             BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.bind(p, 1);
            if (lf.header() != null) {
                out.write(lf.header());
                out.write('\n');
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Cluster cl = r.getString("c_id") == null ? null : new Cluster(r.getString("c_id"),
                            r.getString("c_cameo_code"), r.getString("c_cameo_root"), r.getInt("c_quad_class"),
                            r.getDouble("c_goldstein"), r.getString("c_source_code"), r.getString("c_source_country"),
                            r.getString("c_target_code"), r.getString("c_target_country"),
                            Rows.date(r.getString("c_event_date")), Rows.date(r.getString("c_first_event_date")),
                            Rows.date(r.getString("c_last_event_date")), Rows.instant(r.getLong("c_first_us")),
                            Rows.instant(r.getLong("c_last_us")), r.getInt("c_mentions"), r.getInt("c_articles"),
                            r.getInt("c_sources"));
                    out.write(lf.line(new ExportRow(Rows.event(r), cl, r.getLong("x_gid"), r.getBoolean("x_lead"))));
                    out.write('\n');
                    n++;
                }
            }
        } catch (IOException e) {
            throw new SQLException("cannot write " + tmp + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A SQL string literal: COPY takes its file name as a literal, not a parameter. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
