package io.flowhex.bootstrap.server;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.adapter.jdbc.JdbcUrls;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.bootstrap.config.QuotaKind;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.config.Setting;
import io.flowhex.bootstrap.config.SettingsException;
import io.flowhex.bootstrap.config.StoreKind;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The stores the settings ask for, the call quota they share when it is shared (empty: the
 * application's in-process default), how to describe them (URLs masked) and how to close them: the
 * pool, for JDBC, and then the embedded PostgreSQL, when the server started one.
 */
record OpenStore(FlowhexStores stores, Optional<CallQuota> sharedQuota, String description,
        Optional<String> sharedJdbcUrl, AutoCloseable closer)
        implements AutoCloseable {

    /** Opens the store; a JDBC pool reports its metrics ({@code hikaricp_*}) to {@code registry}. */
    static OpenStore open(ServerSettings settings, MeterRegistry registry) {
        if (settings.store() == StoreKind.MEMORY) {
            return new OpenStore(InMemoryStores.create(), Optional.empty(), "memory (data is lost at stop)",
                    Optional.empty(), () -> { });
        }
        if (settings.store() == StoreKind.H2 && settings.jdbcUrl().startsWith("jdbc:h2:file:")) {
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw SettingsException.invalid(Setting.DATA_DIR, "cannot create directory " + settings.dataDir());
            }
        }
        if (settings.store() != StoreKind.POSTGRESQL_EMBEDDED) {
            return onPool(settings, settings.jdbcUrl(), Optional.empty(), registry);
        }
        LocalPostgres postgres = LocalPostgres.start(settings.dataDir(), settings.embeddedPostgresPort());
        try {
            return onPool(settings, postgres.jdbcUrl(), Optional.of(postgres), registry);
        } catch (RuntimeException e) {
            closeQuietly(postgres, e);
            throw e;
        }
    }

    private static OpenStore onPool(ServerSettings settings, String jdbcUrl, Optional<LocalPostgres> postgres,
            MeterRegistry registry) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("flowhex");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(settings.jdbcUser());
        config.setPassword(settings.jdbcPassword());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.poolTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.poolTimeout().toMillis(), 1_000));
        // The pool itself does not fail while the database is down (requests then answer
        // ServiceUnavailable until it is back); the schema check below needs the database, though,
        // so a database unusable at start stops the start, its cause named (DatabaseStartFailure).
        config.setInitializationFailTimeout(-1);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        HikariDataSource pool = new HikariDataSource(config);
        try {
            JdbcFlowStore store = JdbcFlowStore.create(pool);
            // other instances on this machine share the embedded PostgreSQL through this URL
            Optional<String> shared = postgres.map(p -> jdbcUrl);
            Optional<CallQuota> quota = settings.quota() == QuotaKind.SHARED
                    ? Optional.of(store.callQuota(JdbcCallQuotaOptions.custom().whenUnavailable(settings.quotaFailure()).build()))
                    : Optional.empty();
            return new OpenStore(store, quota, describe(settings, jdbcUrl, postgres), shared, () -> {
                try (AutoCloseable last = postgres.isPresent() ? postgres.get() : () -> { }) {
                    pool.close();
                }
            });
        } catch (StoreUnavailableException e) {
            pool.close();
            throw DatabaseStartFailure.explain(e, settings, jdbcUrl);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static String describe(ServerSettings settings, String jdbcUrl, Optional<LocalPostgres> postgres) {
        String where = settings.store().settingValue() + " (" + JdbcUrls.masked(jdbcUrl);
        return postgres.map(p -> where + ", user " + LocalPostgres.USER + ", data in " + p.directory() + ")")
                .orElse(where + ")");
    }

    private static void closeQuietly(AutoCloseable closeable, Exception failure) {
        try {
            closeable.close();
        } catch (Exception closing) {
            failure.addSuppressed(closing);
        }
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
