package io.casus.store.duckdb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's columns, in the table's own order, and how each value is written: as is, as a {@code DATE} from
 * {@code YYYY-MM-DD}, or as a {@code TIMESTAMP} from epoch microseconds (UTC). Rows are filled by column name, so a
 * row cannot silently shift a value into the wrong column; the store checks on open that these lists match the
 * database's columns.
 */
final class Table {
    static final Table ARTICLES = new Table("articles", "id", "title", "published", "date:published_day", "outlet",
            "author", "url", "tags", "text", "text_hash", "origin", "micros:ingested_at", "coded_json_gz");
    static final Table MENTIONS = new Table("mentions", "article_id", "ord", "sentence", "token_begin", "token_end",
            "head", "char_begin", "char_end", "text", "type", "actor_code", "actor_name", "actor_role", "actor_basis",
            "actor_confidence");
    static final Table QUOTES = new Table("quotes", "article_id", "ord", "sentence", "char_begin", "char_end", "text",
            "direct", "speaker_text", "speaker_begin", "speaker_end", "speaker_head", "speaker_name", "speaker_code",
            "speaker_actor_name", "speaker_role", "speaker_basis", "speaker_confidence", "cue", "via", "anonymous");
    static final Table EVENTS = new Table("events", "id", "article_id", "ord", "gid", "sentence", "char_begin",
            "char_end", "evidence", "lead", "trigger_text", "trigger_begin", "trigger_end",
            "source_code", "source_country", "source_sector", "source_name", "source_role", "source_basis",
            "source_confidence", "source_text", "source_begin", "source_end",
            "target_code", "target_country", "target_sector", "target_name", "target_role", "target_basis",
            "target_confidence", "target_text", "target_begin", "target_end",
            "cameo_code", "cameo_root", "goldstein", "quad_class", "plover_type", "date:event_date", "date_precision",
            "date_source", "location_country", "location_place", "location_begin", "location_end", "has_location",
            "modality", "has_attribution", "attr_speaker", "attr_code", "attr_name", "attr_role", "attr_basis",
            "attr_confidence", "attr_via", "attr_anonymous", "confidence", "frame", "cluster_id");

    /** How a column's value is written. */
    enum Kind { PLAIN, DATE, MICROS }

    final String name;
    final List<String> columns;
    final List<Kind> kinds;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    private Table(String name, String... specs) {
        this.name = name;
        List<String> cols = new ArrayList<>();
        List<Kind> ks = new ArrayList<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String col = colon < 0 ? spec : spec.substring(colon + 1);
            String kind = colon < 0 ? "" : spec.substring(0, colon);
            ks.add(switch (kind) {
                case "" -> Kind.PLAIN;
                case "date" -> Kind.DATE;
                case "micros" -> Kind.MICROS;
                default -> throw new IllegalArgumentException("column kind " + kind);
            });
            index.put(col, cols.size());
            cols.add(col);
        }
        this.columns = List.copyOf(cols);
        this.kinds = List.copyOf(ks);
    }

    /** A new row to fill. */
    Row row() {
        return new Row();
    }

    /** One row's values in column order. */
    final class Row {
        private final Object[] values = new Object[columns.size()];
        private final boolean[] set = new boolean[columns.size()];

        Row put(String column, Object value) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("table " + name + " has no column " + column);
            }
            values[i] = value;
            set[i] = true;
            return this;
        }

        Object get(String column) {
            return values[index.get(column)];
        }

        /** The values; every column must have been put (null included). */
        Object[] values() {
            for (int i = 0; i < set.length; i++) {
                if (!set[i]) {
                    throw new IllegalStateException("table " + name + ": column " + columns.get(i) + " not filled");
                }
            }
            return Arrays.copyOf(values, values.length);
        }
    }
}
