package io.casus.ingest.jsonl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.casus.ingest.ReadLimits;
import io.casus.ingest.internal.ArticleGate;
import io.casus.ingest.internal.Streams;
import io.casus.ingest.internal.TextDecoding;
import io.casus.ingest.internal.WholeFile;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Articles from JSON Lines (also gzipped): one object a line with {@code text} (required, non-blank) and
 * optionally {@code id, title, published, url, outlet, author, tags}; other fields are ignored.
 *
 * <ul>
 *   <li>{@code published}: ISO-8601 with an offset or Z, a local date-time or a bare date; anything else gives no
 *       date and the problem "unparseable publication date 'x'".</li>
 *   <li>{@code tags}: an array of strings or one comma-separated string.</li>
 *   <li>id: {@code id}, else {@link io.casus.ingest.StableIds#ofUrl} of {@code url}, else
 *       {@code <basename>-<line>}.</li>
 * </ul>
 *
 * <p>Blank lines are ignored. A malformed line, or one without text, is reported as {@code file.jsonl:LINE} with
 * the reason and the next line is read. Lines are decoded as UTF-8 (windows-1252 when invalid, noted), UTF-16 when
 * the file starts with its byte-order mark. A file whose first character is '[' is read as one JSON array of such
 * objects. Truncated gzip data ends the input with a report naming the line; the articles before it stand.
 */
public final class JsonLinesSource implements ArticleSource {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Reads elements of an array one by one, so the tokens after each element are expected. */
    private static final JsonMapper ELEMENT_MAPPER = JsonMapper.builder().build();

    private final ReadLimits limits;

    public JsonLinesSource() {
        this(ReadLimits.DEFAULTS);
    }

    public JsonLinesSource(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public void read(Input input, ReadListener listener) {
        try (InputStream in = Streams.open(input)) {
            byte[] head = Streams.peek(in, Streams.HEAD_BYTES);
            if (head.length == 0) {
                listener.skipped(input.name(), WholeFile.EMPTY);
                return;
            }
            if (TextDecoding.looksBinary(head)) {
                listener.skipped(input.name(), TextDecoding.BINARY);
                return;
            }
            Charset bom = TextDecoding.bomCharset(head, 0, head.length);
            if (firstChar(head, bom) == '[') {
                readArray(input, in, listener);
            } else if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
                in.skipNBytes(TextDecoding.bomLength(bom));
                readLines(input, new Utf8Transcoder(new InputStreamReader(in, bom)), listener);
            } else {
                readLines(input, in, listener);
            }
        } catch (IOException e) {
            listener.skipped(input.name(), Streams.describe(e));
        }
    }

    private void readLines(Input input, InputStream in, ReadListener listener) {
        LineReader lines = new LineReader(in, limits.maxFileBytes());
        String fallback = WholeFile.fallbackId(input);
        while (true) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                listener.skipped(input.name() + ":" + lines.number(),
                        Streams.describe(e) + "; stopped reading, the lines before it were read");
                return;
            }
            if (line == null) {
                return;
            }
            String location = input.name() + ":" + line.number();
            if (line.bytes() == null) {
                listener.skipped(location, "line of " + line.length() + " bytes, over the limit of "
                        + limits.maxFileBytes() + " bytes (maxFileBytes)");
                continue;
            }
            int skip = line.number() == 1 && StandardCharsets.UTF_8.equals(
                    TextDecoding.bomCharset(line.bytes(), 0, line.bytes().length)) ? 3 : 0;
            TextDecoding.Decoded decoded = TextDecoding.decode(line.bytes(), skip, line.bytes().length - skip);
            if (decoded.text().isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(decoded.text());
            } catch (JsonProcessingException e) {
                listener.skipped(location, "malformed JSON at column " + e.getLocation().getColumnNr() + ": "
                        + e.getOriginalMessage());
                continue;
            }
            emit(node, fallback + "-" + line.number(), location, decoded.problems(), listener);
        }
    }

    /** A JSON array of article objects, streamed element by element; a syntax error ends the input. */
    private void readArray(Input input, InputStream in, ReadListener listener) {
        String fallback = WholeFile.fallbackId(input);
        int element = 0;
        try (JsonParser p = ELEMENT_MAPPER.createParser(in)) {
            p.nextToken();
            while (true) {
                JsonToken t = p.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) {
                    return;
                }
                element++;
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = ELEMENT_MAPPER.readTree(p);
                String location = input.name() + ": element " + element + " (line " + line + ")";
                emit(node, fallback + "-" + element, location, List.of(), listener);
            }
        } catch (JsonProcessingException e) {
            listener.skipped(input.name() + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage() + "; stopped reading after " + (element - 1)
                            + " elements");
        } catch (IOException e) {
            listener.skipped(input.name() + ": element " + element, Streams.describe(e) + "; stopped reading");
        }
    }

    private void emit(JsonNode node, String fallbackId, String location, List<String> problems,
                      ReadListener listener) {
        try {
            ArticleGate.emit(JsonArticles.of(node, fallbackId, location, problems), location, limits, listener);
        } catch (JsonArticles.NotAnArticle e) {
            listener.skipped(location, e.getMessage());
        }
    }

    /** The first character that is not white space (after a byte-order mark), as far as ASCII tells. */
    private static int firstChar(byte[] head, Charset bom) {
        int step = bom == null || bom.equals(StandardCharsets.UTF_8) ? 1 : 2;
        int i = bom == null ? 0 : TextDecoding.bomLength(bom);
        int lowByte = StandardCharsets.UTF_16BE.equals(bom) ? 1 : 0;
        for (; i + lowByte < head.length; i += step) {
            int c = head[i + lowByte] & 0xff;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return c;
            }
        }
        return -1;
    }
}
