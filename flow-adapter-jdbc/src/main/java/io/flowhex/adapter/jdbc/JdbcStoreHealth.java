package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.StoreHealth;
import java.sql.Connection;
import javax.sql.DataSource;

/** Health is one connection borrowed and validated: every store lives in the same database. */
final class JdbcStoreHealth implements StoreHealth {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    JdbcStoreHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean isAvailable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (Exception e) {
            return false; // the port promises never to throw: any failure means "not available"
        }
    }
}
