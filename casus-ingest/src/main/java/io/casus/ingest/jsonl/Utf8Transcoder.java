package io.casus.ingest.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Re-encodes a character stream as UTF-8 bytes, so UTF-16 files go through the same byte-level line reader. */
final class Utf8Transcoder extends InputStream {
    private final Reader reader;
    private final char[] chars = new char[8192];
    private byte[] bytes = new byte[0];
    private int pos;
    private char pendingHighSurrogate;

    Utf8Transcoder(Reader reader) {
        this.reader = reader;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (pos == bytes.length) {
            int start = 0;
            if (pendingHighSurrogate != 0) {
                chars[0] = pendingHighSurrogate;
                pendingHighSurrogate = 0;
                start = 1;
            }
            int n = reader.read(chars, start, chars.length - start);
            if (n < 0) {
                if (start == 0) {
                    return -1;
                }
                n = 0;
            }
            int end = start + n;
            // a surrogate pair split across reads must be encoded whole
            if (n > 0 && Character.isHighSurrogate(chars[end - 1])) {
                pendingHighSurrogate = chars[--end];
            }
            bytes = new String(chars, 0, end).getBytes(StandardCharsets.UTF_8);
            pos = 0;
        }
        int k = Math.min(len, bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, k);
        pos += k;
        return k;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
