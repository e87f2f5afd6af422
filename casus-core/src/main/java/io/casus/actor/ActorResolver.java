package io.casus.actor;

import io.casus.model.AnnotatedArticle;
import io.casus.model.Mention;
import java.time.LocalDate;
import java.util.List;

/**
 * Resolves mentions to actors.
 *
 * <p>Contract: returns the same mentions in the same order, each with its {@link io.casus.model.Actor} or with
 * {@code null} when it does not stand for an actor (a place named as a location, an unknown organisation).
 * {@code date} is the article's reference date: dated roles are resolved as of that day. Thread-safe.
 */
public interface ActorResolver {
    List<Mention> resolve(AnnotatedArticle article, List<Mention> mentions, LocalDate date);
}
