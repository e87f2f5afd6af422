package io.casus.ingest.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of bytes, split at '\n' (a '\r' before it is dropped), each kept only up to a byte limit: an overlong line
 * is counted but not held, so one runaway line cannot exhaust memory.
 */
final class LineReader {
    /** One line: its 1-based number, its bytes (null when over the limit) and its real length. */
    record Line(int number, byte[] bytes, long length) {
    }

    private final InputStream in;
    private final long max;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private int len;
    private int number;

    LineReader(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    /** The number of the line being read or last read. */
    int number() {
        return number;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        len = 0;
        long total = 0;
        boolean any = false;
        number++;
        while (true) {
            if (pos == limit) {
                int n = in.read(buf);
                pos = 0;
                limit = Math.max(n, 0);
                if (n <= 0) {
                    if (!any) {
                        number--;
                        return null;
                    }
                    return finish(total);
                }
            }
            any = true;
            int nl = pos;
            while (nl < limit && buf[nl] != '\n') {
                nl++;
            }
            int n = nl - pos;
            if (total + n <= max) {
                append(pos, n);
            }
            total += n;
            pos = nl < limit ? nl + 1 : limit;
            if (nl < limit) {
                return finish(total);
            }
        }
    }

    private void append(int from, int n) {
        if (len + n > line.length) {
            line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
        }
        System.arraycopy(buf, from, line, len, n);
        len += n;
    }

    private Line finish(long total) {
        if (total > max) {
            return new Line(number, null, total);
        }
        int end = len > 0 && line[len - 1] == '\r' ? len - 1 : len;
        return new Line(number, Arrays.copyOf(line, end), end);
    }
}
