package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.NonceStore;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

@DisplayName("The JDBC store on PostgreSQL")
class OnPostgresTest {

    @Nested
    @DisplayName("keeps every value")
    class RoundTrips extends RoundTripChecks {
        @Override
        JdbcFlowStore store() {
            return SharedPostgres.store();
        }
    }

    @Nested
    @DisplayName("lets one instance win each nonce race")
    class NonceRaces extends NonceRaceChecks {
        @Override
        List<NonceStore> instances() {
            return List.of(SharedPostgres.store().nonces(), SharedPostgres.secondInstance().nonces());
        }
    }

    @Nested
    @DisplayName("purges expired nonces")
    class NoncePurges extends NoncePurgeChecks {
        @Override
        DataSource freshDatabase() {
            return SharedPostgres.freshDatabase();
        }
    }

    @Nested
    @DisplayName("migrates its schema")
    class Migrations extends MigrationChecks {
        @Override
        DataSource freshDatabase() {
            return SharedPostgres.freshDatabase();
        }
    }
}
