package io.casus.coder;

import io.casus.actor.ActorDictionary;
import io.casus.actor.ActorResolver;
import io.casus.actor.ContextActorResolver;
import io.casus.event.DependencyFrameCoder;
import io.casus.event.EventCoder;
import io.casus.lexicon.Lexicons;
import io.casus.model.Actor;
import io.casus.model.Mention;
import io.casus.model.Quote;
import io.casus.model.Speaker;
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

/**
 * The document-level coder: mentions with their actors, time expressions against the publication date, and quotes
 * with their speakers' actors.
 */
public final class DocumentCoder implements Coder {
    private final MentionFinder mentions;
    private final ActorResolver actors;
    private final EventCoder events;
    private final QuoteExtractor quotes;
    private final TimeResolver times;
    private final Clock clock;

    public DocumentCoder(Lexicons lexicons, ActorDictionary dictionary, TimeResolver times, Clock clock) {
        this(lexicons, dictionary, DependencyFrameCoder.standard(), times, clock);
    }

    public DocumentCoder(Lexicons lexicons, ActorDictionary dictionary, EventCoder events, TimeResolver times, Clock clock) {
        this.mentions = new MentionFinder(lexicons, dictionary);
        this.actors = new ContextActorResolver(lexicons, dictionary);
        this.events = events;
        this.quotes = new QuoteExtractor(lexicons);
        this.times = times;
        this.clock = clock;
    }

    /** The coder with the bundled lexicons and dictionaries, resolving undated articles against today's date. */
    public static DocumentCoder standard() {
        return with(ActorDictionary.bundled());
    }

    /** The coder with the bundled lexicons, the given actor dictionary and the bundled frames. */
    public static DocumentCoder with(ActorDictionary dictionary) {
        return new DocumentCoder(Lexicons.standard(), dictionary, TimeResolver.standard(), Clock.systemDefaultZone());
    }

    /** The coder with the bundled lexicons, the given actor dictionary and event coder. */
    public static DocumentCoder with(ActorDictionary dictionary, EventCoder events) {
        return new DocumentCoder(Lexicons.standard(), dictionary, events, TimeResolver.standard(), Clock.systemDefaultZone());
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
        List<Mention> resolved = actors.resolve(a, mentions.find(a), reference);
        List<Quote> qs = new ArrayList<>();
        for (Quote q : quotes.extract(a)) {
            qs.add(q.speaker() == null ? q : q.withSpeaker(q.speaker().withActor(speakerActor(q.speaker(), resolved))));
        }
        CodedArticle coded = new CodedArticle(a, resolved, found, qs, List.of(), problems);
        return coded.withEvents(events.code(coded, reference));
    }

    /**
     * The speaker's actor: the widest resolved mention inside the speaker phrase that ends at its head word
     * ("a U.S. official", "Iranian President Ebrahim Raisi"), else any resolved mention of the full name the quote
     * extractor found for it ("Antony Blinken" for "he" or "Blinken").
     */
    private static Actor speakerActor(Speaker sp, List<Mention> mentions) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.actor() != null && m.begin() >= sp.begin() && m.end() <= sp.end() && m.text().endsWith(sp.head())
                    && (best == null || m.end() - m.begin() > best.end() - best.begin())) {
                best = m;
            }
        }
        if (best != null) {
            return best.actor();
        }
        for (Mention m : mentions) {
            if (m.actor() != null && m.text().equals(sp.name()) && m.begin() <= sp.begin()) {
                best = m;
            }
        }
        return best == null ? null : best.actor();
    }
}
