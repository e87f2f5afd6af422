package io.casus.ingest.internal;

import io.casus.ingest.ReadLimits;
import io.casus.model.Article;
import io.casus.source.ReadListener;

/** The last check before an article reaches the listener, the same for every reader. */
public final class ArticleGate {
    public static final String NO_TEXT = "no article text found";

    private ArticleGate() {
    }

    /** Passes the article on, or reports it skipped when it has no text or more text than the limit allows. */
    public static void emit(Article article, String location, ReadLimits limits, ReadListener listener) {
        if (article.text().isBlank()) {
            listener.skipped(location, NO_TEXT);
        } else if (article.text().length() > limits.maxArticleChars()) {
            listener.skipped(location, "article text of " + article.text().length()
                    + " characters, over the limit of " + limits.maxArticleChars() + " characters (maxArticleChars)");
        } else {
            listener.article(article);
        }
    }
}
