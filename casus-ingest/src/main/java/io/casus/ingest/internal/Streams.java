package io.casus.ingest.internal;

import io.casus.source.Input;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening inputs (gzip is undone transparently) and reading them within a byte limit. */
public final class Streams {
    /** How many leading bytes the sniffers and the binary check look at. */
    public static final int HEAD_BYTES = 8192;

    private static final int BUFFER = 64 * 1024;

    private Streams() {
    }

    /**
     * Opens an input, gunzipping it when it starts with the gzip magic number, whatever its name says: a
     * {@code .txt} that is really gzip still reads, and a {@code .gz} that is not still reads too.
     */
    public static InputStream open(Input input) throws IOException {
        InputStream raw = new BufferedInputStream(input.opener().open(), BUFFER);
        try {
            return isGzip(peek(raw, 2)) ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The next {@code n} bytes (fewer at the end) without consuming them; the stream must support mark. */
    public static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        try {
            return in.readNBytes(n);
        } finally {
            in.reset();
        }
    }

    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /**
     * Reads the rest of the stream, at most {@code max} bytes. When there is more, the rest is counted (skipped, not
     * kept) so the message can say how big the input really is.
     */
    public static byte[] readBounded(InputStream in, long max) throws IOException, TooLargeException {
        int cap = (int) Math.min(max, Integer.MAX_VALUE - 8L);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length < cap || in.read() < 0) {
            return bytes;
        }
        long size = bytes.length + 1L + skipAll(in);
        throw new TooLargeException(size, max);
    }

    /** Skips to the end of the stream and returns how many bytes that was. */
    public static long skipAll(InputStream in) throws IOException {
        long total = 0;
        byte[] sink = null;
        while (true) {
            long n = in.skip(BUFFER);
            if (n > 0) {
                total += n;
                continue;
            }
            // skip() may return 0 before the end; a read tells the two apart
            if (sink == null) {
                sink = new byte[BUFFER];
            }
            int r = in.read(sink);
            if (r < 0) {
                return total;
            }
            total += r;
        }
    }

    /** Words for a reading failure that a user can act on; the exception's own message is kept. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read: no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof EOFException && String.valueOf(e.getMessage()).contains("ZLIB")
                || e instanceof EOFException && e.getMessage() == null) {
            return "truncated gzip data (" + message(e) + ")";
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data (" + message(e) + ")";
        }
        return "cannot read: " + message(e);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
