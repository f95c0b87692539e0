package io.flowhex.adapter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work on a borrowed connection; may throw SQLException, which {@link Database} translates. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
