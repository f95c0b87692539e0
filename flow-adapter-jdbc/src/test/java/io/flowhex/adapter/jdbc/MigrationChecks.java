package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.domain.flow.Flow;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What starting a store does to a database's schema, on an empty, a current and a newer schema. */
abstract class MigrationChecks {

    /** A database nobody has used yet. */
    abstract DataSource freshDatabase();

    @Test
    @DisplayName("Migrating an empty database creates the schema, and starting again on it changes nothing")
    void migrateTwice() throws SQLException {
        DataSource database = freshDatabase();
        JdbcFlowStore first = JdbcFlowStore.create(database);
        Flow flow = Samples.flow(Ids.flowId(), Ids.accountId());
        first.flows().save(flow);
        int migrationsApplied = historyRows(database);

        JdbcFlowStore again = JdbcFlowStore.create(database);
        JdbcFlowStore validated = JdbcFlowStore.create(database, JdbcStoreOptions.custom().migrateOnStart(false).build());

        assertThat(migrationsApplied).isPositive();
        assertThat(historyRows(database)).isEqualTo(migrationsApplied);
        assertThat(again.flows().findById(flow.id())).contains(flow);
        assertThat(validated.flows().findById(flow.id())).contains(flow);
    }

    @Test
    @DisplayName("Starting without migration on an empty database fails, and says how to fix it")
    void validateEmpty() {
        DataSource database = freshDatabase();
        JdbcStoreOptions validateOnly = JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.VALIDATE).build();

        assertThatThrownBy(() -> JdbcFlowStore.create(database, validateOnly))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SchemaOnStart.MIGRATE");
    }

    @Test
    @DisplayName("A schema written by a newer flowhex is refused, with a message naming both versions, migrating or not")
    void newerSchema() {
        DataSource database = freshDatabase();
        Flyway.configure()
                .dataSource(database)
                .locations(SchemaMigrations.COMMON_LOCATION, "classpath:db/future")
                .table(JdbcStoreOptions.DEFAULT_HISTORY_TABLE)
                .load()
                .migrate();

        for (SchemaOnStart mode : new SchemaOnStart[] {SchemaOnStart.MIGRATE, SchemaOnStart.VALIDATE}) {
            assertThatThrownBy(() -> JdbcFlowStore.create(database, JdbcStoreOptions.custom().schemaOnStart(mode).build()))
                    .as("starting with %s", mode)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("at version 999, newer than version 4");
        }
    }

    @Test
    @DisplayName("A database that already holds the embedder's own tables gets the flowhex schema beside them")
    void besideOtherTables() throws SQLException {
        DataSource database = freshDatabase();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE embedder_orders (id INTEGER PRIMARY KEY)");
        }

        JdbcFlowStore store = JdbcFlowStore.create(database);

        Flow flow = Samples.bareFlow(Ids.flowId(), Ids.accountId());
        store.flows().save(flow);
        assertThat(store.flows().findById(flow.id())).contains(flow);
    }

    @Test
    @DisplayName("A history table of the embedder's choosing holds flowhex's migrations, and the default one is never created")
    void ownHistoryTable() throws SQLException {
        DataSource database = freshDatabase();
        JdbcStoreOptions options = JdbcStoreOptions.custom().historyTable("orders_flowhex_history").build();

        JdbcFlowStore store = JdbcFlowStore.create(database, options);
        JdbcFlowStore validated = JdbcFlowStore.create(database,
                JdbcStoreOptions.from(options).schemaOnStart(SchemaOnStart.VALIDATE).build());

        assertThat(historyRows(database, "orders_flowhex_history")).isPositive();
        assertThat(tableExists(database, JdbcStoreOptions.DEFAULT_HISTORY_TABLE)).isFalse();
        Flow flow = Samples.bareFlow(Ids.flowId(), Ids.accountId());
        store.flows().save(flow);
        assertThat(validated.flows().findById(flow.id())).contains(flow);
    }

    private static boolean tableExists(DataSource database, String table) throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    private static int historyRows(DataSource database) throws SQLException {
        return historyRows(database, JdbcStoreOptions.DEFAULT_HISTORY_TABLE);
    }

    private static int historyRows(DataSource database, String table) throws SQLException {
        // Flyway creates its table with a quoted lower-case name on both databases
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
