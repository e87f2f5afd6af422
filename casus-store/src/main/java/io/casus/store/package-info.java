/**
 * The event database's public face: the {@link io.casus.store.EventStore} contract, the query and result records
 * it speaks, the {@link io.casus.store.EscalationIndex} formula and the {@link io.casus.store.Exporter} contract.
 *
 * <p>Start with {@link io.casus.store.duckdb.DuckDbEventStore#open(java.nio.file.Path)}. Implementations live in
 * the sub-packages: {@code duckdb} (tables, SQL, exports), {@code search} (the Lucene index of article text),
 * {@code cluster} (de-duplication of events into clusters) and {@code export} (row formats).
 *
 * <p>Dates are calendar days ({@link java.time.LocalDate}); instants are UTC. Character offsets are half-open
 * {@code [begin, end)} into the article text, as everywhere in Casus.
 */
package io.casus.store;
