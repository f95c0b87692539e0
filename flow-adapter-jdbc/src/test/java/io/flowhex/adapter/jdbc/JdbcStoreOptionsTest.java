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
