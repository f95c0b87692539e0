package io.flowhex.bootstrap.server;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.bootstrap.config.QuotaKind;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.config.Setting;
import io.flowhex.bootstrap.config.SettingsException;
import io.flowhex.bootstrap.config.StoreKind;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The stores the settings ask for, the call quota they share when it is shared (empty: the
 * application's in-process default), and how to close them (the pool, for JDBC).
 */
record OpenStore(FlowhexStores stores, Optional<CallQuota> sharedQuota, String description, AutoCloseable closer)
        implements AutoCloseable {

    static OpenStore open(ServerSettings settings) {
        if (settings.store() == StoreKind.MEMORY) {
            return new OpenStore(InMemoryStores.create(), Optional.empty(), "memory (data is lost at stop)", () -> { });
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
        HikariDataSource pool = new HikariDataSource(config);
        try {
            JdbcFlowStore store = JdbcFlowStore.create(pool);
            String where = settings.store().name().toLowerCase(java.util.Locale.ROOT) + " (" + settings.jdbcUrl() + ")";
            Optional<CallQuota> quota = settings.quota() == QuotaKind.SHARED
                    ? Optional.of(store.callQuota(JdbcCallQuotaOptions.custom().whenUnavailable(settings.quotaFailure()).build()))
                    : Optional.empty();
            return new OpenStore(store, quota, where, pool);
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
