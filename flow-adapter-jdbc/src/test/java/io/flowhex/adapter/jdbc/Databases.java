package io.flowhex.adapter.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** H2 databases for the tests, in H2's default compatibility mode (the one the adapter documents). */
final class Databases {

    private static final String SHARED_H2_MEMORY_NAME = "flowhex-shared";
    private static final JdbcFlowStore SHARED_H2_MEMORY = JdbcFlowStore.create(h2Memory(SHARED_H2_MEMORY_NAME));
    private static final JdbcFlowStore SECOND_H2_INSTANCE = JdbcFlowStore.create(h2Memory(SHARED_H2_MEMORY_NAME));

    private Databases() {
    }

    /** An in-memory H2 database that lives as long as the JVM; the same name gives the same database. */
    static DataSource h2Memory(String name) {
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    static DataSource h2File(Path directory) {
        return h2("jdbc:h2:file:" + directory.resolve("flowhex").toAbsolutePath());
    }

    /** A fresh in-memory database of its own. */
    static DataSource freshH2Memory() {
        return h2Memory("flowhex-" + Ids.next());
    }

    /** One store on one in-memory H2 database, shared by every H2 test of the JVM. */
    static JdbcFlowStore sharedH2Memory() {
        return SHARED_H2_MEMORY;
    }

    /** A store on the shared database through a DataSource of its own, as a second server would have. */
    static JdbcFlowStore secondH2Instance() {
        return SECOND_H2_INSTANCE;
    }

    private static DataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
