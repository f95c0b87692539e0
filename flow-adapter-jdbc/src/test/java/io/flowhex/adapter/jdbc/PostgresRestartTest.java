package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.flow.Flow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A JDBC store on a pooled PostgreSQL that restarts")
class PostgresRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    @DisplayName("fails as unavailable while the server is down, and answers again once it is back, restarting nothing")
    void survivesRestart() throws IOException {
        int port = freePort();
        EmbeddedPostgres server = start(port);
        try (HikariDataSource pool = pool(server.getJdbcUrl("postgres", "postgres"))) {
            JdbcFlowStore store = JdbcFlowStore.create(pool);
            Flow flow = Samples.flow(Ids.flowId(), Ids.accountId());
            AccessKeyId key = Ids.accessKeyId();
            store.flows().save(flow);
            store.nonces().recordIfAbsent(key, "before-restart", Samples.T0, Samples.T0.plusSeconds(900));

            server.close();
            assertThatThrownBy(() -> store.flows().findById(flow.id())).isInstanceOf(StoreUnavailableException.class);
            assertThat(store.health().isAvailable()).isFalse();

            server = start(port);
            // up again: the pool may take longer than the fail-fast second to open a connection on a busy machine
            pool.setConnectionTimeout(30_000);
            assertThat(store.flows().findById(flow.id())).contains(flow);
            assertThat(store.health().isAvailable()).isTrue();
            assertThat(store.nonces().recordIfAbsent(key, "before-restart", Samples.T0, Samples.T0.plusSeconds(900)))
                    .as("replay protection survived the restart").isFalse();
        } finally {
            server.close();
        }
    }

    /** The same data directory and port each time, kept between runs of the server. */
    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(1_000); // fail fast while the server is down
        return new HikariDataSource(config);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
