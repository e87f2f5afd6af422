package io.casus.ingest.text;

import io.casus.ingest.ReadLimits;
import io.casus.ingest.internal.ArticleGate;
import io.casus.ingest.internal.Paragraphs;
import io.casus.ingest.internal.TextDecoding;
import io.casus.ingest.internal.WholeFile;
import io.casus.model.Article;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article per plain-text file. Files in the seed layout (see {@link SeedLayout}) give title, publication time
 * with its UTC offset, tags, author and a body without the page furniture; any other text gives its paragraphs,
 * with the first line as the title when it looks like a headline.
 *
 * <p>Bytes are decoded by byte-order mark, else as UTF-8, else as windows-1252 (noted in the article's problems).
 * Paragraphs are separated by blank lines; single line breaks inside a paragraph become spaces.
 */
public final class PlainTextSource implements ArticleSource {

    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADLINE_WORDS = 25;

    private final ReadLimits limits;

    public PlainTextSource() {
        this(ReadLimits.DEFAULTS);
    }

    public PlainTextSource(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void read(Input input, ReadListener listener) {
        Optional<byte[]> bytes = WholeFile.read(input, limits, listener);
        if (bytes.isEmpty()) {
            return;
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes.get());
        String id = WholeFile.fallbackId(input);
        Article article = SeedLayout.parse(decoded.text(), id, input.name(), decoded.problems())
                .orElseGet(() -> unlaidOut(decoded, id, input.name()));
        ArticleGate.emit(article, input.name(), limits, listener);
    }

    /** Text without the seed layout: all its paragraphs, the first line as title if it is a headline alone. */
    private static Article unlaidOut(TextDecoding.Decoded decoded, String id, String origin) {
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n').strip();
        String title = null;
        String rest = text;
        int eol = text.indexOf('\n');
        if (eol > 0) {
            String first = Paragraphs.normalise(text.substring(0, eol));
            String after = text.substring(eol + 1);
            boolean alone = after.isEmpty() || after.startsWith("\n") || after.lines().findFirst()
                    .map(String::isBlank).orElse(true);
            if (alone && looksLikeHeadline(first) && !after.isBlank()) {
                title = first;
                rest = after;
            }
        }
        List<String> problems = new ArrayList<>(decoded.problems());
        problems.add(Article.NO_PUBLICATION_DATE);
        return new Article(id, title, null, null, null, List.of(), null, Paragraphs.join(Paragraphs.split(rest)),
                origin, problems);
    }

    /** Short, and not ending like a sentence. */
    static boolean looksLikeHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADLINE_CHARS
                || line.split(" ").length > MAX_HEADLINE_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':';
    }
}
