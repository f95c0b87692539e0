package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.StoreUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The one place that borrows connections: runs prepared statements only, and turns every
 * SQLException into a {@link StoreUnavailableException} whose message names the store, never a
 * host, a statement or a value. Holds no connection between calls, so a database that restarts is
 * simply used again by the next call.
 */
final class Database {

    /** SQLState of a unique-key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private volatile Dialect dialect;

    Database(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Runs the work in auto-commit mode: one statement, one atomic step. */
    <T> T call(String store, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw unavailable(store, e);
        }
    }

    /**
     * Runs the work in auto-commit mode; when it fails on a unique-key violation, answers what
     * {@code onUniqueViolation} finds on the same connection instead (another row holds the key).
     */
    <T> T call(String store, SqlWork<T> work, SqlWork<T> onUniqueViolation) {
        return recovering(store, work, onUniqueViolation);
    }

    /**
     * Runs the work as one transaction. A unique-key violation means a concurrent writer inserted
     * the same key first; the work is retried once, and then finds that row and updates it.
     */
    <T> T inTransaction(String store, SqlWork<T> work) {
        try {
            return transaction(work);
        } catch (SQLException first) {
            if (!isUniqueViolation(first)) {
                throw unavailable(store, first);
            }
            try {
                return transaction(work);
            } catch (SQLException second) {
                throw unavailable(store, second);
            }
        }
    }

    /**
     * Runs the work as one transaction, never retried: every failure rolls back all of it. A
     * unique-key violation is answered by {@code onUniqueViolation}, run after the rollback on the
     * same connection, back in auto-commit mode.
     */
    <T> T inOneTransaction(String store, SqlWork<T> work, SqlWork<T> onUniqueViolation) {
        return recovering(store, connection -> transactionOn(connection, work), onUniqueViolation);
    }

    private <T> T recovering(String store, SqlWork<T> work, SqlWork<T> onUniqueViolation) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                return onUniqueViolation.run(connection);
            }
        } catch (SQLException e) {
            throw unavailable(store, e);
        }
    }

    /** Whether the failure is a unique-key violation: by SQLState, the same on H2 and PostgreSQL, never by message. */
    static boolean isUniqueViolation(SQLException failure) {
        return UNIQUE_VIOLATION.equals(failure.getSQLState());
    }

    private <T> T transaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return transactionOn(connection, work);
        }
    }

    private static <T> T transactionOn(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            restoreAutoCommitQuietly(connection, e);
            throw e;
        }
        // pooled connections go back in the state they were lent in
        connection.setAutoCommit(true);
        return result;
    }

    /** A connection that died mid-transaction cannot be restored; the failure that killed it is the one to report. */
    private static void restoreAutoCommitQuietly(Connection connection, Exception cause) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException restoreFailure) {
            cause.addSuppressed(restoreFailure);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** The database's dialect, learned from the first connection and kept. */
    Dialect dialect(Connection connection) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(connection.getMetaData().getDatabaseProductName());
            dialect = known;
        }
        return known;
    }

    static StoreUnavailableException unavailable(String store, SQLException cause) {
        return new StoreUnavailableException("the " + store + " is unavailable", cause);
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static <T> T query(Connection connection, String sql, RowsReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return reader.read(rows);
        }
    }

    /** Binds every value as a parameter: identifiers of any shape stay data, never SQL. */
    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            statement.setObject(index, value);
        }
    }

    /** Reads a TIMESTAMP WITH TIME ZONE column, by its position in the query; null stays null. */
    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
