package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JDBC store options")
class JdbcStoreOptionsTest {

    @Test
    @DisplayName("default to migrating on start and purging at most 500 expired nonces every 100 recordings")
    void defaults() {
        JdbcStoreOptions options = JdbcStoreOptions.defaults();

        assertThat(options.schemaOnStart()).isEqualTo(SchemaOnStart.MIGRATE);
        assertThat(options.noncePurgeInterval()).isEqualTo(100);
        assertThat(options.noncePurgeBatchSize()).isEqualTo(500);
    }

    @Test
    @DisplayName("map migrate-on-start false to validating the schema, and copy every setting with from()")
    void migrateOnStart() {
        JdbcStoreOptions options = JdbcStoreOptions.custom().migrateOnStart(false).noncePurgeBatchSize(7).build();

        assertThat(options.schemaOnStart()).isEqualTo(SchemaOnStart.VALIDATE);
        assertThat(JdbcStoreOptions.from(options).build()).hasToString(options.toString());
    }

    @Test
    @DisplayName("refuse a purge interval below one and a batch size outside 1 to 10 000")
    void validation() {
        assertThatThrownBy(() -> JdbcStoreOptions.custom().noncePurgeInterval(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noncePurgeInterval");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().noncePurgeBatchSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noncePurgeBatchSize");
        assertThatThrownBy(() -> JdbcStoreOptions.custom().noncePurgeBatchSize(10_001).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noncePurgeBatchSize");
    }
}
