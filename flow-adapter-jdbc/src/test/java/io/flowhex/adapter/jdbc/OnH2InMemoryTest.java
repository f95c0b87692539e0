package io.flowhex.adapter.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The JDBC store on in-memory H2")
class OnH2InMemoryTest extends DatabaseChecks {

    private static final String SHARED = "flowhex-shared";
    private static final JdbcFlowStore STORE = JdbcFlowStore.create(Databases.h2Memory(SHARED));
    private static final JdbcFlowStore SECOND_INSTANCE = JdbcFlowStore.create(Databases.h2Memory(SHARED));

    @Override
    JdbcFlowStore store() {
        return STORE;
    }

    @Override
    JdbcFlowStore secondInstance() {
        return SECOND_INSTANCE;
    }

    @Override
    DataSource dataSource() {
        return Databases.h2Memory(SHARED);
    }

    @Override
    DataSource freshDatabase() {
        return Databases.h2Memory("flowhex-" + Ids.next());
    }
}
