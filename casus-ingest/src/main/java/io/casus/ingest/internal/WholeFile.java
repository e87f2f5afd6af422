package io.casus.ingest.internal;

import io.casus.ingest.ReadLimits;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reading a one-article file (text, HTML, a feed) into memory, with every way that can fail reported. */
public final class WholeFile {
    public static final String EMPTY = "empty file";

    private WholeFile() {
    }

    /**
     * The input's bytes (gunzipped), or empty after reporting why not: it cannot be opened, is truncated gzip, is
     * over {@link ReadLimits#maxFileBytes()}, is empty, or looks binary.
     */
    public static Optional<byte[]> read(Input input, ReadLimits limits, ReadListener listener) {
        byte[] bytes;
        try (InputStream in = Streams.open(input)) {
            bytes = Streams.readBounded(in, limits.maxFileBytes());
        } catch (TooLargeException e) {
            listener.skipped(input.name(), "file of " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            listener.skipped(input.name(), Streams.describe(e));
            return Optional.empty();
        }
        if (bytes.length == 0) {
            listener.skipped(input.name(), EMPTY);
            return Optional.empty();
        }
        if (TextDecoding.looksBinary(bytes)) {
            listener.skipped(input.name(), TextDecoding.BINARY);
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /** The id for the one article of a file: its base name; standard input has none, so it becomes "stdin". */
    public static String fallbackId(Input input) {
        String base = input.baseName();
        return base.isBlank() || "-".equals(base) ? "stdin" : base;
    }
}
