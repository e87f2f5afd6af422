package io.casus.ingest;

import java.nio.charset.Charset;

/** Charsets the tests write fixtures in. */
final class TextDecodingCharsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecodingCharsets() {
    }
}
