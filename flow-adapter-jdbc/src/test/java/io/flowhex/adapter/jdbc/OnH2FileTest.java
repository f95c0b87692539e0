package io.flowhex.adapter.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The JDBC store on an H2 file database")
class OnH2FileTest {

    @TempDir
    static Path directory;

    private static JdbcFlowStore store;

    @BeforeAll
    static void createStore() {
        store = JdbcFlowStore.create(Databases.h2File(directory));
    }

    @Nested
    @DisplayName("keeps every value")
    class RoundTrips extends RoundTripChecks {
        @Override
        JdbcFlowStore store() {
            return store;
        }
    }
}
