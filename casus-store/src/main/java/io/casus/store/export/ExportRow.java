package io.casus.store.export;

import io.casus.store.Cluster;
import io.casus.store.StoredEvent;
import java.util.Objects;

/**
 * One event as an export sees it.
 *
 * @param event    the event with its article
 * @param cluster  its cluster, or null for events that are not asserted
 * @param globalId the numeric event id written as GDELT's GlobalEventID
 * @param lead     whether the evidence sentence starts in the article's first paragraph
 */
public record ExportRow(StoredEvent event, Cluster cluster, long globalId, boolean lead) {
    public ExportRow {
        Objects.requireNonNull(event, "event");
    }
}
