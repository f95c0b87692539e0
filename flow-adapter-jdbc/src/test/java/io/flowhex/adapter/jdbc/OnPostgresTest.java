package io.flowhex.adapter.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The JDBC store on PostgreSQL")
class OnPostgresTest extends DatabaseChecks {

    @Override
    JdbcFlowStore store() {
        return SharedPostgres.store();
    }

    @Override
    JdbcFlowStore secondInstance() {
        return SharedPostgres.secondInstance();
    }

    @Override
    DataSource dataSource() {
        return SharedPostgres.dataSource();
    }

    @Override
    DataSource freshDatabase() {
        return SharedPostgres.freshDatabase();
    }
}
