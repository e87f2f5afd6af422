package io.casus.ingest.html;

import io.casus.ingest.internal.TextDecoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to HTML text. Precedence as in browsers: byte-order mark, then the transport's charset (HTTP Content-Type),
 * then a {@code <meta>} declaration near the start, then UTF-8 with windows-1252 as the fallback for invalid UTF-8.
 * Unknown charset names are noted and read as UTF-8 instead of failing the page.
 */
final class HtmlDecoding {
    /** Browsers only look this far for a meta charset; so do we. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([^\\s\"';/>]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoding() {
    }

    static TextDecoding.Decoded decode(byte[] bytes, String transportCharset) {
        if (TextDecoding.bomCharset(bytes, 0, bytes.length) != null) {
            return TextDecoding.decode(bytes);
        }
        List<String> problems = new ArrayList<>();
        if (transportCharset != null && !transportCharset.isBlank()) {
            Charset c = charset(transportCharset);
            if (c != null) {
                return decodeAs(bytes, c, problems);
            }
            problems.add("unknown charset '" + transportCharset + "' in the HTTP Content-Type; ignored");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            String declared = m.group(1);
            Charset c = charset(declared);
            if (c != null) {
                return decodeAs(bytes, c, problems);
            }
            problems.add("unknown charset '" + declared + "' declared in <meta>; read as UTF-8");
        }
        TextDecoding.Decoded plain = TextDecoding.decode(bytes);
        problems.addAll(plain.problems());
        return new TextDecoding.Decoded(plain.text(), problems);
    }

    /**
     * A supported charset for a declared name, or null. As in browsers, Latin-1 and ASCII labels mean windows-1252
     * (its superset) and a UTF-16 label in a byte-oriented document means UTF-8.
     */
    private static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return TextDecoding.WINDOWS_1252;
        }
        if (n.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static TextDecoding.Decoded decodeAs(byte[] bytes, Charset charset, List<String> problems) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            String utf8 = TextDecoding.strictUtf8(bytes, 0, bytes.length);
            if (utf8 == null) {
                problems.add("declared UTF-8 but " + TextDecoding.NOT_UTF8);
                return new TextDecoding.Decoded(new String(bytes, TextDecoding.WINDOWS_1252), problems);
            }
            return new TextDecoding.Decoded(utf8, problems);
        }
        return new TextDecoding.Decoded(new String(bytes, charset), problems);
    }
}
