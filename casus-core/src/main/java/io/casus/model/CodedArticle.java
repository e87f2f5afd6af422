package io.casus.model;

import java.util.List;
import java.util.Objects;

/**
 * The output of the pipeline for one article: the annotated article and what was found in it.
 *
 * @param annotated the article with its language annotations
 * @param mentions  actor mentions in text order
 * @param times     time expressions in text order
 * @param quotes    quotes in text order
 * @param events    coded events of every modality, in text order
 * @param problems  every recoverable problem, from reading on
 */
public record CodedArticle(AnnotatedArticle annotated, List<Mention> mentions, List<TimeExpression> times,
                           List<Quote> quotes, List<Event> events, List<String> problems) {
    public CodedArticle {
        Objects.requireNonNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /** A copy with events. */
    public CodedArticle withEvents(List<Event> coded) {
        return new CodedArticle(annotated, mentions, times, quotes, coded, problems);
    }

    public Article article() {
        return annotated.article();
    }
}
