package io.flowhex.adapter.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource whose connections die when asked to prepare a statement naming a given table: the
 * real connection is closed (the database rolls back what it had not committed, as it does when a
 * client vanishes) and the caller gets the driver's "connection failure" SQLState, 08006.
 */
final class DyingConnections implements DataSource {

    private final DataSource real;
    private final String deadlyTable;
    private final AtomicInteger deaths = new AtomicInteger();

    DyingConnections(DataSource real, String deadlyTable) {
        this.real = real;
        this.deadlyTable = deadlyTable;
    }

    /** How many connections died so far. */
    int deaths() {
        return deaths.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dying(real.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return dying(real.getConnection(user, password));
    }

    private Connection dying(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") && arguments[0] instanceof String sql
                            && sql.contains(deadlyTable)) {
                        connection.close();
                        deaths.incrementAndGet();
                        throw new SQLException("connection lost", "08006");
                    }
                    return invoke(connection, method, arguments);
                });
    }

    private static Object invoke(Connection connection, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(connection, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
