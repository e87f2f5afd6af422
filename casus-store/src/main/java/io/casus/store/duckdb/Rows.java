package io.casus.store.duckdb;

import io.casus.model.Actor;
import io.casus.model.Event;
import io.casus.store.ArticleSummary;
import io.casus.store.Cluster;
import io.casus.store.StoredEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Reads result rows back into the store's records; the SELECT lists here and the readers go together. */
final class Rows {
    /** Every event column plus its article's summary, from {@link #EVENT_FROM}. */
    static final String SUMMARY_COLUMNS = "a.id AS a_id, a.title AS a_title, a.published AS a_published,"
            + " a.outlet AS a_outlet, a.author AS a_author, a.url AS a_url, epoch_us(a.ingested_at) AS a_ingested";
    static final String EVENT_COLUMNS = "e.*, " + SUMMARY_COLUMNS;
    /** Article summaries, from {@code articles a}. */
    static final String SUMMARY_SELECT = "SELECT " + SUMMARY_COLUMNS + " FROM articles a";
    static final String EVENT_FROM = " FROM events e JOIN articles a ON a.id = e.article_id";
    static final String EVENT_SELECT = "SELECT " + EVENT_COLUMNS + EVENT_FROM;

    /** Every cluster column, from {@code clusters c}. */
    static final String CLUSTER_COLUMNS = "c.*, epoch_us(c.first_seen) AS first_us, epoch_us(c.last_seen) AS last_us";
    static final String CLUSTER_SELECT = "SELECT " + CLUSTER_COLUMNS + " FROM clusters c";

    private Rows() {}

    /** The article summary columns of a row of {@link #EVENT_SELECT} or {@link #SUMMARY_SELECT}. */
    static ArticleSummary summary(ResultSet r) throws SQLException {
        return new ArticleSummary(r.getString("a_id"), r.getString("a_title"), r.getString("a_published"),
                r.getString("a_outlet"), r.getString("a_author"), r.getString("a_url"), instant(r.getLong("a_ingested")));
    }

    /** An event from a row of {@link #EVENT_SELECT}. */
    static StoredEvent event(ResultSet r) throws SQLException {
        return event(r, summary(r));
    }

    /** An event from a row holding the events columns, with its article's summary. */
    static StoredEvent event(ResultSet r, ArticleSummary article) throws SQLException {
        Event.Location location = r.getBoolean("has_location")
                ? new Event.Location(r.getString("location_country"), r.getString("location_place"),
                integer(r, "location_begin"), integer(r, "location_end"))
                : null;
        Event.Attribution attribution = r.getBoolean("has_attribution")
                ? new Event.Attribution(r.getString("attr_speaker"), actor(r, "attr"), r.getString("attr_via"),
                r.getBoolean("attr_anonymous"))
                : null;
        Event e = new Event(r.getString("id"), r.getInt("sentence"), r.getInt("char_begin"), r.getInt("char_end"),
                r.getString("evidence"),
                new Event.Trigger(r.getString("trigger_text"), r.getInt("trigger_begin"), r.getInt("trigger_end")),
                party(r, "source"), party(r, "target"), r.getString("cameo_code"), r.getString("cameo_root"),
                r.getDouble("goldstein"), r.getInt("quad_class"), r.getString("plover_type"),
                r.getString("event_date"), r.getString("date_precision"), r.getString("date_source"), location,
                Event.Modality.valueOf(r.getString("modality")), attribution, r.getDouble("confidence"),
                r.getString("frame"));
        return new StoredEvent(e, article, r.getString("cluster_id"));
    }

    static Cluster cluster(ResultSet r) throws SQLException {
        return new Cluster(r.getString("id"), r.getString("cameo_code"), r.getString("cameo_root"),
                r.getInt("quad_class"), r.getDouble("goldstein"), r.getString("source_code"),
                r.getString("source_country"), r.getString("target_code"), r.getString("target_country"),
                date(r.getString("event_date")), date(r.getString("first_event_date")),
                date(r.getString("last_event_date")), instant(r.getLong("first_us")), instant(r.getLong("last_us")),
                r.getInt("mentions"), r.getInt("articles"), r.getInt("sources"));
    }

    private static Event.EventActor party(ResultSet r, String side) throws SQLException {
        Actor a = actor(r, side);
        return a == null ? null
                : new Event.EventActor(a, r.getString(side + "_text"), integer(r, side + "_begin"), integer(r, side + "_end"));
    }

    /** The actor of columns {@code <prefix>_code, _name, _role, _basis, _confidence}, or null. */
    private static Actor actor(ResultSet r, String prefix) throws SQLException {
        String code = r.getString(prefix + "_code");
        if (code == null) {
            return null;
        }
        return Actor.of(code, r.getString(prefix + "_name"), r.getString(prefix + "_role"),
                Actor.Basis.valueOf(r.getString(prefix + "_basis")), r.getDouble(prefix + "_confidence"));
    }

    static Integer integer(ResultSet r, String column) throws SQLException {
        Object o = r.getObject(column);
        return o == null ? null : ((Number) o).intValue();
    }

    static Instant instant(long epochMicros) {
        return Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS);
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
