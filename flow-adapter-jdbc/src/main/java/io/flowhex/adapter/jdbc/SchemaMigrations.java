package io.flowhex.adapter.jdbc;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.application.port.out.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema, under Flyway: migrations ship in this jar under {@value #COMMON_LOCATION} (the same
 * SQL serves H2 and PostgreSQL) and, for the few that cannot be common SQL, under one folder per
 * dialect ({@code db/migration/h2}, {@code db/migration/postgresql}), each holding the same versions.
 * They are recorded in their own history table, so an embedder's own Flyway history in the same
 * schema is left alone.
 */
final class SchemaMigrations {

    static final String COMMON_LOCATION = "classpath:db/migration/common";

    private SchemaMigrations() {
    }

    static void onStart(DataSource dataSource, JdbcStoreOptions options) {
        SchemaOnStart mode = options.schemaOnStart();
        if (mode == SchemaOnStart.NONE) {
            return;
        }
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON_LOCATION, dialectLocation(dataSource))
                .table(options.historyTable())
                // a schema that already holds the embedder's tables still gets ours, from version 1 on
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load();
        try {
            refuseNewerSchema(flyway.info());
            if (mode == SchemaOnStart.MIGRATE) {
                flyway.migrate();
            } else {
                flyway.validate();
            }
        } catch (FlywayException e) {
            if (hasSqlCause(e)) {
                throw new StoreUnavailableException("the flowhex database is unavailable", e);
            }
            throw new IllegalStateException("the flowhex schema does not match this version of flowhex ("
                    + e.getMessage() + "); start with SchemaOnStart.MIGRATE to bring it up to date", e);
        }
    }

    /** The folder of the migrations written for this database's dialect alone. */
    static String dialectLocation(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return dialectLocation(Dialect.of(connection.getMetaData().getDatabaseProductName()));
        } catch (SQLException e) {
            throw new StoreUnavailableException("the flowhex database is unavailable", e);
        }
    }

    static String dialectLocation(Dialect dialect) {
        return "classpath:db/migration/" + dialect.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Flyway by default ignores applied migrations it does not know; a schema written by a newer
     * flowhex must stop this one instead of being read and written with older assumptions.
     */
    private static void refuseNewerSchema(MigrationInfoService info) {
        Optional<MigrationVersion> applied = latest(info.applied(), i -> i.getState().isApplied());
        Optional<MigrationVersion> shipped = latest(info.all(), i -> i.getState().isResolved());
        if (applied.isPresent() && shipped.isPresent() && applied.get().compareTo(shipped.get()) > 0) {
            throw new IllegalStateException("the flowhex schema in this database is at version "
                    + applied.get() + ", newer than version " + shipped.get()
                    + ", the latest this flowhex knows: upgrade flowhex, or give it a database of its own version");
        }
    }

    private static Optional<MigrationVersion> latest(MigrationInfo[] migrations, Predicate<MigrationInfo> filter) {
        return Arrays.stream(migrations)
                .filter(filter)
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull) // repeatable migrations have none
                .max(Comparator.naturalOrder());
    }

    private static boolean hasSqlCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
