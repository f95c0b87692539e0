package io.flowhex.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The JDBC store on H2 file databases")
class OnH2FileTest extends DatabaseChecks {

    @TempDir
    static Path directory;

    private static HikariDataSource pool;
    private static HikariDataSource secondPool;
    private static JdbcFlowStore store;
    private static JdbcFlowStore secondInstance;

    @BeforeAll
    static void createStores() {
        Path shared = directory.resolve("shared");
        pool = pool(shared);
        secondPool = pool(shared);
        store = JdbcFlowStore.create(pool);
        secondInstance = JdbcFlowStore.create(secondPool);
    }

    @AfterAll
    static void closePools() {
        secondPool.close();
        pool.close();
    }

    @Override
    JdbcFlowStore store() {
        return store;
    }

    @Override
    JdbcFlowStore secondInstance() {
        return secondInstance;
    }

    @Override
    DataSource dataSource() {
        return pool;
    }

    @Override
    DataSource freshDatabase() {
        return Databases.h2File(directory.resolve("fresh-" + Ids.next()));
    }

    /** Pooled, as an embedder would run it: H2 closes a file database with its last connection. */
    private static HikariDataSource pool(Path database) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(Databases.h2File(database));
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
