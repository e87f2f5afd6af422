package io.casus.store;

import java.util.List;
import java.util.Objects;

/**
 * A cluster with every member event, each with its evidence sentence and article.
 *
 * @param cluster the cluster
 * @param members its events by date, then id
 */
public record ClusterDetail(Cluster cluster, List<StoredEvent> members) {
    public ClusterDetail {
        Objects.requireNonNull(cluster, "cluster");
        members = List.copyOf(members);
    }
}
