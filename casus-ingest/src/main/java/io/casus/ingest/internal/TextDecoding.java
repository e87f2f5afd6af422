package io.casus.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bytes to text for files that do not declare their encoding (plain text, JSON lines). */
public final class TextDecoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final String BINARY = "binary content, not a text article";
    public static final String NOT_UTF8 = "not valid UTF-8; read as windows-1252";

    /** The text and what was noticed while decoding it. */
    public record Decoded(String text, List<String> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    private TextDecoding() {
    }

    /**
     * Decodes by byte-order mark (UTF-8, UTF-16LE, UTF-16BE), else as strict UTF-8, else as windows-1252: text that
     * is not valid UTF-8 is almost always a Western legacy encoding, and windows-1252 decodes every byte.
     */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    public static Decoded decode(byte[] bytes, int offset, int length) {
        Charset bom = bomCharset(bytes, offset, length);
        if (bom != null) {
            int skip = bomLength(bom);
            return new Decoded(new String(bytes, offset + skip, length - skip, bom), List.of());
        }
        String utf8 = strictUtf8(bytes, offset, length);
        if (utf8 != null) {
            return new Decoded(utf8, List.of());
        }
        return new Decoded(new String(bytes, offset, length, WINDOWS_1252), List.of(NOT_UTF8));
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    public static String strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset a byte-order mark at the start names, or null. */
    public static Charset bomCharset(byte[] b, int offset, int length) {
        if (length >= 3 && (b[offset] & 0xff) == 0xef && (b[offset + 1] & 0xff) == 0xbb
                && (b[offset + 2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (b[offset] & 0xff) == 0xff && (b[offset + 1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (b[offset] & 0xff) == 0xfe && (b[offset + 1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    public static int bomLength(Charset bom) {
        return StandardCharsets.UTF_8.equals(bom) ? 3 : 2;
    }

    /**
     * True when the first {@link Streams#HEAD_BYTES} bytes look like binary data: a NUL byte (text has none, except
     * UTF-16, which is recognised by its byte-order mark) or more than one in twenty bytes a control character
     * other than tab, line feed, form feed, carriage return and escape (text has almost none; random data has one
     * in nine).
     */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, Streams.HEAD_BYTES);
        if (n == 0 || bomCharset(bytes, 0, n) != null && bomCharset(bytes, 0, n) != StandardCharsets.UTF_8) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b) || c == 0x7f) {
                control++;
            }
        }
        return control * 20 > n;
    }
}
