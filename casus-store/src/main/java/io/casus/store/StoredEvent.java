package io.casus.store;

import io.casus.model.Event;
import java.util.Objects;

/**
 * An event as stored: the coded event exactly as it was put, the article it came from and its cluster.
 *
 * @param event     the event record, equal to the one put
 * @param article   the article's metadata
 * @param clusterId the event cluster it belongs to; null for events that are not asserted
 */
public record StoredEvent(Event event, ArticleSummary article, String clusterId) {
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(article, "article");
    }

    public String id() {
        return event.id();
    }
}
