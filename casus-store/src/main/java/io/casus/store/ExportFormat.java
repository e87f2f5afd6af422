package io.casus.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@link Exporter} writes. */
public enum ExportFormat {
    /** one JSON object per event: {@link io.casus.json.CodedArticleJson#event} plus articleId and clusterId */
    JSONL,
    /** RFC 4180 CSV with a header: one event per row, the store's flat event columns */
    CSV,
    /** GDELT 2.0 event table columns in order, tab-separated, no header, then Casus' own columns */
    GDELT,
    /** Apache Parquet (zstd) with the same columns as {@link #CSV}, typed */
    PARQUET;

    /** Reads a format name in any case ({@code jsonl}, {@code csv}, {@code gdelt}, {@code parquet}). */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "': use one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
