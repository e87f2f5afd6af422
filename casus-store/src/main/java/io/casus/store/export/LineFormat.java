package io.casus.store.export;

/** Writes one event as one line of a text export. Implementations are stateless and thread-safe. */
public interface LineFormat {
    /** The header line, or null when the format has none. */
    String header();

    /** One event as one line, without the line break. */
    String line(ExportRow row);
}
