package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.flowhex.adapter.jdbc.DatabaseFailure.Kind;
import io.flowhex.application.port.out.StoreUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A database failure, read from the driver's own reason")
class DatabaseFailureTest {

    private static DatabaseFailure connecting(String url, String user) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", "hunter2");
        properties.setProperty("connectTimeout", "5");
        Throwable failure = catchThrowable(() -> DriverManager.getConnection(url, properties).close());
        assertThat(failure).as("the connection failed").isInstanceOf(SQLException.class);
        // what the server sees: the pool's and Flyway's wrapping around the driver's exception
        return DatabaseFailure.of(new StoreUnavailableException("the flowhex database is unavailable",
                new FlywayException("migration failed", new SQLTransientConnectionException("pool timed out",
                        ((SQLException) failure).getSQLState(), failure))));
    }

    @Test
    @DisplayName("a PostgreSQL role that does not exist is a refused login (SQLState 28000)")
    void unknownRole() {
        DatabaseFailure failure = connecting(SharedPostgres.jdbcUrl("postgres").replace("?user=postgres", ""),
                "nobody_" + Ids.next());

        assertThat(failure).isEqualTo(new DatabaseFailure(Kind.LOGIN_REFUSED, Optional.of("28000"), Optional.empty()));
    }

    @Test
    @DisplayName("a PostgreSQL database that does not exist is named as such (SQLState 3D000)")
    void noSuchDatabase() {
        DatabaseFailure failure = connecting(SharedPostgres.jdbcUrl("flowhex_missing_" + Ids.next()), "postgres");

        assertThat(failure).isEqualTo(new DatabaseFailure(Kind.NO_SUCH_DATABASE, Optional.of("3D000"), Optional.empty()));
    }

    @Test
    @DisplayName("a host name that does not resolve is an unknown host, with the host named")
    void unknownHost() {
        DatabaseFailure failure = connecting("jdbc:postgresql://flowhex-no-such-host.invalid:5432/postgres", "postgres");

        assertThat(failure.kind()).isEqualTo(Kind.UNKNOWN_HOST);
        assertThat(failure.host()).contains("flowhex-no-such-host.invalid");
    }

    @Test
    @DisplayName("a port where nothing listens is unreachable (SQLState 08001)")
    void refusedConnection() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        DatabaseFailure failure = connecting("jdbc:postgresql://127.0.0.1:" + closed + "/postgres", "postgres");

        assertThat(failure).isEqualTo(new DatabaseFailure(Kind.UNREACHABLE, Optional.of("08001"), Optional.empty()));
    }

    @Test
    @DisplayName("an H2 database that must exist and does not is named as such (H2 90146)")
    void h2Missing() {
        DatabaseFailure failure = connecting("jdbc:h2:mem:missing_" + Ids.next() + ";IFEXISTS=TRUE", "sa");

        assertThat(failure).isEqualTo(new DatabaseFailure(Kind.NO_SUCH_DATABASE, Optional.of("90146"), Optional.empty()));
    }

    @Test
    @DisplayName("H2's 'database may be already in use' is a database in use by another process (90020)")
    void h2Locked() {
        SQLException locked = new SQLException("Database may be already in use", "90020", 90020);

        assertThat(DatabaseFailure.of(new IllegalStateException("pool", locked)))
                .isEqualTo(new DatabaseFailure(Kind.IN_USE, Optional.of("90020"), Optional.empty()));
    }

    @Test
    @DisplayName("anything else is OTHER, with the first SQLState kept")
    void other() {
        assertThat(DatabaseFailure.of(new SQLException("syntax", "42601")))
                .isEqualTo(new DatabaseFailure(Kind.OTHER, Optional.of("42601"), Optional.empty()));
        assertThat(DatabaseFailure.of(new IllegalStateException("no SQL at all")))
                .isEqualTo(new DatabaseFailure(Kind.OTHER, Optional.empty(), Optional.empty()));
    }
}
