package io.casus.ingest.html;

import io.casus.ingest.ReadLimits;
import io.casus.ingest.internal.ArticleGate;
import io.casus.ingest.internal.WholeFile;
import io.casus.model.Article;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.util.Objects;
import java.util.Optional;

/**
 * One article per HTML file (see {@link HtmlArticleParser}); its id is the file name without extension. A file
 * over {@link ReadLimits#maxFileBytes()}, empty, binary or without article text is reported as skipped.
 */
public final class HtmlSource implements ArticleSource {
    private final ReadLimits limits;

    public HtmlSource() {
        this(ReadLimits.DEFAULTS);
    }

    public HtmlSource(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void read(Input input, ReadListener listener) {
        Optional<byte[]> bytes = WholeFile.read(input, limits, listener);
        if (bytes.isPresent()) {
            Article article = HtmlArticleParser.parse(bytes.get(), null, null, WholeFile.fallbackId(input),
                    input.name());
            ArticleGate.emit(article, input.name(), limits, listener);
        }
    }
}
