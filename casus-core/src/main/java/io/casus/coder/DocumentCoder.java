package io.casus.coder;

import io.casus.lexicon.Lexicons;
import io.casus.mention.MentionFinder;
import io.casus.model.AnnotatedArticle;
import io.casus.model.CodedArticle;
import io.casus.model.Sentence;
import io.casus.model.TimeExpression;
import io.casus.quote.QuoteExtractor;
import io.casus.time.TimeResolver;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The document-level coder: mentions, time expressions against the publication date, and quotes. */
public final class DocumentCoder implements Coder {
    private final MentionFinder mentions;
    private final QuoteExtractor quotes;
    private final TimeResolver times;
    private final Clock clock;

    public DocumentCoder(Lexicons lexicons, TimeResolver times, Clock clock) {
        this.mentions = new MentionFinder(lexicons);
        this.quotes = new QuoteExtractor(lexicons);
        this.times = times;
        this.clock = clock;
    }

    /** The coder with the bundled lexicons, resolving undated articles against today's date. */
    public static DocumentCoder standard() {
        return new DocumentCoder(Lexicons.standard(), TimeResolver.standard(), Clock.systemDefaultZone());
    }

    @Override
    public CodedArticle code(AnnotatedArticle a) {
        List<String> problems = new ArrayList<>(a.article().problems());
        problems.addAll(a.problems());
        LocalDate reference;
        if (a.article().published() != null) {
            reference = a.article().published().date();
        } else {
            reference = LocalDate.now(clock);
            problems.remove(io.casus.model.Article.NO_PUBLICATION_DATE);
            problems.add("no publication date found; dates resolved against today (" + reference + ")");
        }
        List<TimeExpression> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            found.addAll(times.resolve(s, reference));
        }
        return new CodedArticle(a, mentions.find(a), found, quotes.extract(a), problems);
    }
}
