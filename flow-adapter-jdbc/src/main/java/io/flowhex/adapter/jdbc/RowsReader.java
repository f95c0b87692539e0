package io.flowhex.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns a whole result set into one value (a row, an aggregate over joined rows, a list). */
@FunctionalInterface
interface RowsReader<T> {

    T read(ResultSet rows) throws SQLException;
}
