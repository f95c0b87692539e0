package io.flowhex.bootstrap.attack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The admin API's checks on each store the server offers. */
@DisplayName("The admin API")
class AdminApiTest {

    @Nested
    @DisplayName("on the memory store")
    class OnMemory extends AdminApiChecks {
        @Override
        List<String> store() {
            return AttackServer.memory();
        }
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 extends AdminApiChecks {
        @Override
        List<String> store() throws IOException {
            return AttackServer.h2(Files.createTempDirectory(Path.of("target"), "admin-h2-").toAbsolutePath());
        }
    }

    @Nested
    @DisplayName("on PostgreSQL (a database of its own on the suite's server: a reset clears it whole)")
    class OnPostgres extends AdminApiChecks {
        @Override
        List<String> store() {
            AttackPostgres postgres = AttackPostgres.shared();
            String database = "flowhex_admin_" + ProcessHandle.current().pid();
            try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database); // a generated name: DDL takes no parameters
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the admin test database", e);
            }
            return AttackServer.postgres(postgres.jdbcUrl().replace("/postgres?", "/" + database + "?"));
        }
    }
}
