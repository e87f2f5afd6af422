package io.casus.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection that may throw {@link SQLException}. */
@FunctionalInterface
interface Sql<T> {
    T run(Connection c) throws SQLException;
}
