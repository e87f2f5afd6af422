package io.casus.ingest;

import io.casus.ingest.feed.FeedSource;
import io.casus.ingest.html.HtmlSource;
import io.casus.ingest.internal.Streams;
import io.casus.ingest.internal.TextDecoding;
import io.casus.ingest.jsonl.JsonLinesSource;
import io.casus.ingest.text.PlainTextSource;
import io.casus.ingest.warc.WarcSource;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Where reading articles starts: picks the reader for an input and expands paths into inputs.
 *
 * <p>The reader is chosen by the file name's extension ({@code .txt .text}, {@code .html .htm .xhtml},
 * {@code .jsonl .ndjson .json}, {@code .xml .rss .atom}, {@code .warc}; each also with {@code .gz}), and when the
 * name says nothing (standard input, no or another extension) by the first bytes: gzip is looked into, then
 * {@code WARC/} means WARC, {@code <?xml}, {@code <rss}, {@code <feed} a feed, {@code <!doctype html} or
 * {@code <html} HTML, '{' or '[' JSON Lines, anything else plain text.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sources {
    private static final int SNIFF_BYTES = 1024;

    private final PlainTextSource text;
    private final HtmlSource html;
    private final JsonLinesSource jsonl;
    private final FeedSource feed;
    private final WarcSource warc;

    /** Readers with {@link ReadLimits#DEFAULTS}. */
    public Sources() {
        this(ReadLimits.DEFAULTS);
    }

    public Sources(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        this.text = new PlainTextSource(limits);
        this.html = new HtmlSource(limits);
        this.jsonl = new JsonLinesSource(limits);
        this.feed = new FeedSource(limits);
        this.warc = new WarcSource(limits);
    }

    /** Every reader, one per format. */
    public List<ArticleSource> all() {
        return List.of(text, html, jsonl, feed, warc);
    }

    /** The reader for a format name ({@link ArticleSource#format()}: text, html, jsonl, feed, warc). */
    public Optional<ArticleSource> byFormat(String format) {
        return all().stream().filter(s -> s.format().equalsIgnoreCase(format.strip())).findFirst();
    }

    /** The reader a file name's extension calls for, if it names one. */
    public Optional<ArticleSource> byExtension(String name) {
        return formatOf(name).flatMap(this::byFormat);
    }

    /**
     * The reader for an input: by extension, else by sniffing its first bytes. Sniffing opens the input, so for an
     * input that can be opened only once (standard input) use {@link #read} instead.
     */
    public ArticleSource detect(Input input) {
        Optional<ArticleSource> byName = byExtension(input.name());
        if (byName.isPresent()) {
            return byName.get();
        }
        try (InputStream in = new BufferedInputStream(input.opener().open())) {
            return sniff(Streams.peek(in, SNIFF_BYTES));
        } catch (IOException e) {
            // unreadable: the plain-text reader reports why when asked to read it
            return text;
        }
    }

    /**
     * Reads an input with the reader {@link #detect} picks, opening it once: what sniffing looked at is replayed to
     * the reader, so standard input works. Never throws for bad content; everything is told to the listener.
     */
    public void read(Input input, ReadListener listener) {
        Optional<ArticleSource> byName = byExtension(input.name());
        if (byName.isPresent()) {
            byName.get().read(input, listener);
            return;
        }
        InputStream in;
        ArticleSource source;
        try {
            in = new BufferedInputStream(input.opener().open(), 64 * 1024);
            source = sniff(Streams.peek(in, SNIFF_BYTES));
        } catch (IOException e) {
            listener.skipped(input.name(), Streams.describe(e));
            return;
        }
        InputStream once = in;
        boolean[] opened = {false};
        source.read(new Input(input.name(), () -> {
            if (opened[0]) {
                throw new IOException(input.name() + " can be read only once");
            }
            opened[0] = true;
            return once;
        }), listener);
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader has already closed it or reported what went wrong
        }
    }

    /**
     * Inputs for paths: files as given (always read, whatever their extension, by sniffing when it says nothing),
     * directories walked recursively in sorted order keeping files with a recognised article extension and leaving
     * out hidden files and directories (names starting with '.'), and "-" for standard input. A path that cannot
     * be read (missing, unreadable directory) still becomes an input, so reading it reports why.
     */
    public static List<Input> expand(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                inputs.add(stdin());
            } else if (Files.isDirectory(p)) {
                walk(p).forEach(f -> inputs.add(Input.of(f)));
            } else {
                inputs.add(Input.of(p));
            }
        }
        return inputs;
    }

    /** Standard input, named "-"; not closed when the reader closes it. */
    public static Input stdin() {
        return new Input("-", () -> new FilterInputStream(System.in) {
            @Override
            public void close() {
                // System.in belongs to the process, not to one reader
            }
        });
    }

    private static List<Path> walk(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !hidden(f) && formatOf(f.getFileName().toString()).isPresent()) {
                                found.add(f);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!(e instanceof FileSystemLoopException) && !hidden(f)) {
                                found.add(f);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(dir);
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The format a file name's extension names, if any. */
    static Optional<String> formatOf(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return switch (n.substring(dot + 1)) {
            case "txt", "text" -> Optional.of("text");
            case "html", "htm", "xhtml" -> Optional.of("html");
            case "jsonl", "ndjson", "json" -> Optional.of("jsonl");
            case "xml", "rss", "atom" -> Optional.of("feed");
            case "warc" -> Optional.of("warc");
            default -> Optional.empty();
        };
    }

    private ArticleSource sniff(byte[] head) {
        if (Streams.isGzip(head)) {
            byte[] inside = gunzipHead(head);
            return startsWith(inside, "WARC/") ? warc : sniffText(inside);
        }
        return startsWith(head, "WARC/") ? warc : sniffText(head);
    }

    private ArticleSource sniffText(byte[] head) {
        Charset bom = TextDecoding.bomCharset(head, 0, head.length);
        String s = bom == null ? new String(head, StandardCharsets.ISO_8859_1)
                : new String(head, TextDecoding.bomLength(bom), head.length - TextDecoding.bomLength(bom), bom);
        s = s.stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("<?xml")) {
            boolean page = s.contains("<html") && !s.contains("<rss") && !s.contains("<feed") && !s.contains("<rdf");
            return page ? html : feed;
        }
        if (s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf")) {
            return feed;
        }
        if (s.startsWith("<")) {
            return html;
        }
        if (s.startsWith("{") || s.startsWith("[")) {
            return jsonl;
        }
        return text;
    }

    /** As much of the decompressed data as the compressed head holds. */
    private static byte[] gunzipHead(byte[] head) {
        byte[] out = new byte[SNIFF_BYTES];
        int n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            int r;
            while (n < out.length && (r = in.read(out, n, out.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            // the head ends mid-stream: what was inflated so far is enough to sniff
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
