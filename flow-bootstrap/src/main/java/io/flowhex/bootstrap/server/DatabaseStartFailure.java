package io.flowhex.bootstrap.server;

import io.flowhex.adapter.jdbc.DatabaseFailure;
import io.flowhex.adapter.jdbc.JdbcUrls;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.config.Setting;
import io.flowhex.bootstrap.config.StoreKind;
import java.sql.SQLTransientConnectionException;

/**
 * A database that could not be used at start, named by the driver's own reason (its SQLState, the
 * network failure beneath) with the settings to look at. The URL is shown masked; the password never.
 */
final class DatabaseStartFailure {

    private DatabaseStartFailure() {
    }

    /** The pool's wait ran out before any attempt to connect had failed: slow, not refused. */
    private static boolean poolTimedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
                return true;
            }
        }
        return false;
    }

    static StartException explain(RuntimeException failure, ServerSettings settings, String jdbcUrl) {
        DatabaseFailure reason = DatabaseFailure.of(failure);
        String state = reason.sqlState().map(s -> " (SQLState " + s + ")").orElse("");
        String url = JdbcUrls.masked(jdbcUrl);
        return new StartException(switch (reason.kind()) {
            case IN_USE -> settings.store() == StoreKind.H2 && settings.jdbcUrl().startsWith("jdbc:h2:file:")
                    ? "the H2 database under " + settings.dataDir().toAbsolutePath().normalize() + " is in use by another"
                            + " process (another flow-server on the same " + Setting.DATA_DIR.flag() + "?)" + state
                            + "; stop it, or choose another " + Setting.DATA_DIR.flag()
                    : "the database " + url + " is in use by another process" + state + "; stop it, or check "
                            + Setting.JDBC_URL.flag();
            case LOGIN_REFUSED -> "the database refused the login" + (settings.jdbcUser().isEmpty() ? ""
                    : " of user '" + settings.jdbcUser() + "'") + state + "; check " + Setting.JDBC_USER.flag() + " and "
                    + Setting.JDBC_PASSWORD.flag() + " (or the user and password in " + Setting.JDBC_URL.flag() + ")";
            case NO_SUCH_DATABASE -> "the database named in " + url + " does not exist on that server" + state
                    + "; create it, or check " + Setting.JDBC_URL.flag();
            case UNKNOWN_HOST -> "the database host " + reason.host().map(h -> "'" + h + "' ").orElse("")
                    + "is unknown (the name does not resolve); check " + Setting.JDBC_URL.flag();
            case UNREACHABLE -> "nothing answers at " + url + state + "; check " + Setting.JDBC_URL.flag()
                    + " and that the database is running";
            case OTHER -> poolTimedOut(failure)
                    ? "the database gave no connection within " + Setting.POOL_TIMEOUT_MS.flag() + " ("
                            + settings.poolTimeout().toMillis() + " ms); check " + Setting.JDBC_URL.flag()
                            + " and that the database is running, or allow it more time"
                    : "the flowhex database is unavailable" + state + "; check " + Setting.JDBC_URL.flag()
                            + " and that the database is running";
        });
    }
}
