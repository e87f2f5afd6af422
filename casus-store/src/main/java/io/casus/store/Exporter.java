package io.casus.store;

import java.nio.file.Path;

/**
 * Writes the events a filter selects to a file in one format (from {@link EventStore#exporter}).
 *
 * <p>Contract: the file is written whole or not at all. The rows go to a temporary file beside {@code out},
 * which is moved onto {@code out} only when complete; on any failure the temporary file is deleted and
 * {@code out} is left as it was. Events come in event date order, then id order. The export reads one consistent
 * snapshot of the store. Thread-safe: exports may run concurrently with each other and with puts.
 */
public interface Exporter {
    /**
     * @param filter which events; {@link EventFilter#asserted()} for every event that counts as one
     * @param out    the file to write; its directory must exist; an existing file is replaced
     * @return what was written
     * @throws StoreException naming {@code out} when it cannot be written
     */
    ExportResult export(EventFilter filter, Path out);

    /**
     * What an export wrote.
     *
     * @param file   the file
     * @param format its format
     * @param events events written
     * @param bytes  size of the file
     */
    record ExportResult(Path file, ExportFormat format, long events, long bytes) {}
}
