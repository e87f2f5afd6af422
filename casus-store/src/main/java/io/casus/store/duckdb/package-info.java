/**
 * The embedded store: {@link io.casus.store.duckdb.DuckDbEventStore}, a DuckDB database file ({@code casus.duckdb})
 * beside a Lucene index ({@code lucene/}) in one data directory. The schema lives in {@code schema/V<n>.sql}
 * resources applied in order on open; the rest of this package turns coded articles into rows, keeps the event
 * clusters up to date, and turns filters into SQL.
 */
package io.casus.store.duckdb;
