package io.casus.event;

import io.casus.model.CodedArticle;
import io.casus.model.Event;
import java.util.List;

/**
 * Codes the events of an article whose mentions, times and quotes are already resolved.
 *
 * <p>Contract: every event's spans index into the article text; events of every modality are returned (only
 * {@code asserted} ones count as events, the others are kept for users to see); the reference date for undated
 * events is the publication date, or the date the article's times were resolved against. Thread-safe.
 */
public interface EventCoder {
    List<Event> code(CodedArticle article, java.time.LocalDate reference);
}
