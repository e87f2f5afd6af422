package io.casus.ingest;

import io.casus.model.Article;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a source reports, in order. */
final class Collector implements ReadListener {
    record Skip(String location, String reason) {
        @Override
        public String toString() {
            return location + ": " + reason;
        }
    }

    final List<Article> articles = new ArrayList<>();
    final List<Skip> skipped = new ArrayList<>();

    static Collector read(ArticleSource source, Input input) {
        Collector c = new Collector();
        source.read(input, c);
        return c;
    }

    static Collector read(Sources sources, Input input) {
        Collector c = new Collector();
        sources.read(input, c);
        return c;
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void skipped(String location, String reason) {
        skipped.add(new Skip(location, reason));
    }

    Article only() {
        if (articles.size() != 1 || !skipped.isEmpty()) {
            throw new AssertionError("expected one article and no skips, got " + articles.size() + " articles and "
                    + skipped);
        }
        return articles.get(0);
    }

    Skip onlySkip() {
        if (!articles.isEmpty() || skipped.size() != 1) {
            throw new AssertionError("expected one skip and no articles, got " + articles.size() + " articles and "
                    + skipped);
        }
        return skipped.get(0);
    }
}
