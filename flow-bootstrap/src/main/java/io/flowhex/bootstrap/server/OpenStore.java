package io.flowhex.bootstrap.server;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.port.out.FlowhexStores;
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

/** The stores the settings ask for, and how to close them (the pool, for JDBC). */
record OpenStore(FlowhexStores stores, String description, AutoCloseable closer) implements AutoCloseable {

    /** Opens the store; a JDBC pool reports its metrics ({@code hikaricp_*}) to {@code registry}. */
    static OpenStore open(ServerSettings settings, MeterRegistry registry) {
        if (settings.store() == StoreKind.MEMORY) {
            return new OpenStore(InMemoryStores.create(), "memory (data is lost at stop)", () -> { });
        }
        if (settings.store() == StoreKind.H2 && settings.jdbcUrl().startsWith("jdbc:h2:file:")) {
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw SettingsException.invalid(Setting.DATA_DIR, "cannot create directory " + settings.dataDir());
            }
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("flowhex");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.jdbcUser());
        config.setPassword(settings.jdbcPassword());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.poolTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.poolTimeout().toMillis(), 1_000));
        // The pool itself does not fail while the database is down (requests then answer
        // ServiceUnavailable until it is back); the schema check below needs the database, though,
        // so a database unreachable at start stops the start (Main reports it in one line).
        config.setInitializationFailTimeout(-1);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        HikariDataSource pool = new HikariDataSource(config);
        try {
            JdbcFlowStore store = JdbcFlowStore.create(pool);
            String where = settings.store().name().toLowerCase(java.util.Locale.ROOT) + " (" + settings.jdbcUrl() + ")";
            return new OpenStore(store, where, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
