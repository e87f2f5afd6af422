package io.casus.store;

import java.util.Objects;

/**
 * One event with what an analyst checks it against: the evidence sentence (inside {@link StoredEvent#event()}),
 * the article's metadata and the cluster of reports it belongs to.
 *
 * @param event   the event with its article
 * @param cluster its cluster, or null for events that are not asserted
 */
public record EventDetail(StoredEvent event, Cluster cluster) {
    public EventDetail {
        Objects.requireNonNull(event, "event");
    }
}
