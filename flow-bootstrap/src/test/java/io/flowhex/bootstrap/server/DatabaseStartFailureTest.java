package io.flowhex.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.bootstrap.config.RawSettings;
import io.flowhex.bootstrap.config.ServerSettings;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A database failure at start, explained")
class DatabaseStartFailureTest {

    private static final String URL = "jdbc:postgresql://db:5432/flowhex?password=hunter2";
    private static final ServerSettings SETTINGS = ServerSettings.from(RawSettings.resolve(List.of("--store",
            "postgresql", "--jdbc-url", URL, "--pool-timeout-ms", "2000"), Map.of()));

    private static String explained(Throwable cause) {
        return DatabaseStartFailure.explain(new StoreUnavailableException("the flowhex database is unavailable", cause),
                SETTINGS, URL).getMessage();
    }

    @Test
    @DisplayName("a pool that gave up waiting before any attempt failed says so, and how long it waited")
    void poolTimedOut() {
        assertThat(explained(new SQLTransientConnectionException("flowhex - Connection is not available")))
                .isEqualTo("the database gave no connection within --pool-timeout-ms (2000 ms); check --jdbc-url and"
                        + " that the database is running, or allow it more time");
    }

    @Test
    @DisplayName("a failure of no known kind keeps the general message with its SQLState, the URL never shown")
    void other() {
        assertThat(explained(new SQLException("syntax error at or near hunter2", "42601")))
                .isEqualTo("the flowhex database is unavailable (SQLState 42601); check --jdbc-url and that the"
                        + " database is running");
    }

    @Test
    @DisplayName("a database in use that is not the H2 file under --data-dir names the URL, masked")
    void inUseElsewhere() {
        assertThat(explained(new SQLException("Database may be already in use", "90020")))
                .isEqualTo("the database jdbc:postgresql://db:5432/flowhex?password=**** is in use by another process"
                        + " (SQLState 90020); stop it, or check --jdbc-url");
    }
}
