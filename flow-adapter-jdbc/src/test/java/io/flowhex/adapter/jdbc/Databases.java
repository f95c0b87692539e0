package io.flowhex.adapter.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** H2 databases for the tests, in H2's default compatibility mode (the one the adapter documents). */
final class Databases {

    private Databases() {
    }

    /** An in-memory H2 database that lives as long as the JVM; the same name gives the same database. */
    static DataSource h2Memory(String name) {
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    /** An H2 database in a file {@code flowhex.mv.db} of this directory. */
    static DataSource h2File(Path directory) {
        return h2("jdbc:h2:file:" + directory.resolve("flowhex").toAbsolutePath());
    }

    private static DataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
