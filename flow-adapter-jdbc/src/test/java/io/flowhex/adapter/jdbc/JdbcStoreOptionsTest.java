package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JDBC store options")
class JdbcStoreOptionsTest {

    @Test
    @DisplayName("default to migrating on start, purging at most 500 expired nonces every 100 recordings, reusing account reads for 1 s and keeping 10 000 flow decodings")
    void defaults() {
        JdbcStoreOptions options = JdbcStoreOptions.ofDefaults();

        assertThat(options.schemaOnStart()).isEqualTo(SchemaOnStart.MIGRATE);
        assertThat(options.noncePurgeInterval()).isEqualTo(100);
        assertThat(options.noncePurgeBatchSize()).isEqualTo(500);
        assertThat(options.accountCacheTtl()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.decodedFlowCacheSize()).isEqualTo(10_000);
        assertThat(options.historyTable()).isEqualTo("flowhex_schema_history");
    }

    @Test
    @DisplayName("take a history table that is a plain SQL identifier, and refuse one that is not, or is the embedder's flyway_schema_history")
    void historyTable() {
        JdbcStoreOptions options = JdbcStoreOptions.custom().historyTable("_app_flowhex_history1").build();

        assertThat(options.historyTable()).isEqualTo("_app_flowhex_history1");
        assertThat(JdbcStoreOptions.from(options).build().historyTable()).isEqualTo("_app_flowhex_history1");
        for (String bad : new String[] {"", "1history", "flowhex history", "x\"; DROP TABLE t; --", "a".repeat(64),
                "FLYWAY_SCHEMA_HISTORY"}) {
            assertThatThrownBy(() -> JdbcStoreOptions.custom().historyTable(bad).build())
                    .as("history table %s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("historyTable");
        }
    }

    @Test
    @DisplayName("map migrate-on-start false to validating the schema, and copy every setting with from()")
    void migrateOnStart() {
        JdbcStoreOptions options = JdbcStoreOptions.custom().migrateOnStart(false).noncePurgeBatchSize(7)
                .accountCacheTtl(Duration.ZERO).decodedFlowCacheSize(3).build();

        assertThat(options.schemaOnStart()).isEqualTo(SchemaOnStart.VALIDATE);
        assertThat(options.decodedFlowCacheSize()).isEqualTo(3);
        assertThat(JdbcStoreOptions.from(options).build()).hasToString(options.toString());
    }

    @Test
    @DisplayName("refuse a purge interval below one, a batch size outside 1 to 10 000 an account cache TTL outside 0 to 1 minute and a decoded-flow cache outside 0 to 1 000 000")
    void validation() {
        assertThatThrownBy(() -> JdbcStoreOptions.custom().noncePurgeInterval(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noncePurgeInterval");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().noncePurgeBatchSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noncePurgeBatchSize");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().noncePurgeBatchSize(10_001).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noncePurgeBatchSize");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().accountCacheTtl(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountCacheTtl");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().accountCacheTtl(Duration.ofSeconds(61)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountCacheTtl");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().decodedFlowCacheSize(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decodedFlowCacheSize");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().decodedFlowCacheSize(1_000_001).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decodedFlowCacheSize");
    }
}
