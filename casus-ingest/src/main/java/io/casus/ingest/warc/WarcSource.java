package io.casus.ingest.warc;

import io.casus.ingest.ReadLimits;
import io.casus.ingest.StableIds;
import io.casus.ingest.html.HtmlArticleParser;
import io.casus.ingest.internal.ArticleGate;
import io.casus.ingest.internal.Streams;
import io.casus.ingest.internal.TooLargeException;
import io.casus.ingest.internal.WholeFile;
import io.casus.model.Article;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Articles from WARC files, plain or gzipped. Each {@code response} record with HTTP status 200 and an HTML
 * Content-Type becomes an article through {@link HtmlArticleParser}: id {@link StableIds#ofUrl} of the target URI,
 * origin {@code file.warc.gz: record N (uri)}. Other record types (warcinfo, request, metadata, revisit) are not
 * articles and are passed over; a response that is not a 200 or not HTML is reported as skipped with its status or
 * content type, so no capture vanishes unexplained.
 *
 * <p>A truncated or corrupt file is reported with the record number and byte offset (of the compressed file for
 * {@code .warc.gz}) and reading stops there; the articles before it stand.
 */
public final class WarcSource implements ArticleSource {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final ReadLimits limits;

    public WarcSource() {
        this(ReadLimits.DEFAULTS);
    }

    public WarcSource(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public void read(Input input, ReadListener listener) {
        try (InputStream in = new BufferedInputStream(input.opener().open(), 64 * 1024)) {
            byte[] head = Streams.peek(in, MAGIC.length);
            if (head.length == 0) {
                listener.skipped(input.name(), WholeFile.EMPTY);
                return;
            }
            if (!Streams.isGzip(head) && !startsWithMagic(head)) {
                listener.skipped(input.name(), "not a WARC file (it does not start with \"WARC/\" or gzip data)");
                return;
            }
            try (WarcReader reader = new WarcReader(in)) {
                records(input, reader, listener);
            }
        } catch (IOException e) {
            listener.skipped(input.name(), Streams.describe(e));
        }
    }

    private void records(Input input, WarcReader reader, ReadListener listener) {
        int n = 0;
        int responses = 0;
        while (true) {
            long before = reader.position();
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException e) {
                // next() first finishes the previous record; if that failed, the position has not moved on
                boolean inPrevious = n > 0 && reader.position() == before;
                int which = inPrevious ? n : n + 1;
                listener.skipped(input.name() + ": record " + which + " at byte " + reader.position(),
                        broken(e) + "; stopped reading, the records before it were read");
                return;
            }
            if (next.isEmpty()) {
                break;
            }
            n++;
            if (next.get() instanceof WarcResponse response) {
                responses++;
                String uri = response.target();
                String location = input.name() + ": record " + n + " (" + uri + ")";
                try {
                    response(response, uri, location, listener);
                } catch (IOException e) {
                    if (!intact(response)) {
                        listener.skipped(input.name() + ": record " + n + " at byte " + reader.position() + " ("
                                + uri + ")", broken(e) + "; stopped reading, the records before it were read");
                        return;
                    }
                    // the record is whole, so the fault is in its payload (e.g. a bad Content-Encoding)
                    listener.skipped(location, "unreadable HTTP payload (" + Streams.describe(e) + ")");
                }
            }
        }
        if (n > 0 && responses == 0) {
            listener.skipped(input.name(), "no response records among " + n + " records");
        }
    }

    private void response(WarcResponse response, String uri, String location, ReadListener listener)
            throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            listener.skipped(location, "unparseable HTTP response (" + e.getMessage() + ")");
            return;
        }
        if (http.status() != 200) {
            listener.skipped(location, "HTTP status " + http.status() + ", not an article");
            return;
        }
        Optional<String> header = http.headers().first("Content-Type");
        MediaType type = header.map(MediaType::parseLeniently).orElse(null);
        String base = type == null ? null : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (type != null && !HTML_TYPES.contains(base)) {
            listener.skipped(location, "content type " + base + ", not HTML");
            return;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = Streams.readBounded(in, limits.maxFileBytes());
        } catch (TooLargeException e) {
            listener.skipped(location, "payload of " + e.getMessage());
            return;
        }
        if (type == null && !looksLikeHtml(body)) {
            listener.skipped(location, "no HTTP Content-Type and the payload does not look like HTML");
            return;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        Article article = HtmlArticleParser.parse(body, charset, uri, StableIds.ofUrl(uri), location);
        WarcTruncationReason truncated = response.truncated();
        if (truncated != null && truncated != WarcTruncationReason.NOT_TRUNCATED) {
            article = article.withProblem("the crawler truncated this record ("
                    + truncated.name().toLowerCase(Locale.ROOT) + ")");
        }
        ArticleGate.emit(article, location, limits, listener);
    }

    /** Whether the rest of the record's block can be read to its declared length. */
    private static boolean intact(WarcRecord record) {
        try {
            record.body().consume();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    private static boolean startsWithMagic(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String broken(IOException e) {
        if (e instanceof EOFException) {
            return "truncated WARC data (" + e.getMessage() + ")";
        }
        if (e instanceof ParsingException) {
            return "corrupt WARC data (" + e.getMessage() + ")";
        }
        return Streams.describe(e);
    }
}
