/**
 * De-duplication of events into clusters: the rules that say when two reports describe the same real-world event
 * ({@link io.casus.store.cluster.ClusterRules}) and the deterministic, incremental assignment of events to clusters
 * ({@link io.casus.store.cluster.Clusterer}). Pure Java, no database: the store feeds it rows.
 */
package io.casus.store.cluster;
