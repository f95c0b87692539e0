package io.flowhex.adapter.jdbc;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Why a database could not be used, read from the driver's own reason: the SQLState it reported and
 * the network failure beneath it, wherever they sit in the chain of causes (a pool and Flyway wrap
 * them). What an operator fixes differs for each kind; the password is never part of it.
 *
 * @param kind what went wrong
 * @param sqlState the SQLState the driver reported for it, when it reported one
 * @param host the host name that could not be resolved, for {@link Kind#UNKNOWN_HOST}
 */
public record DatabaseFailure(Kind kind, Optional<String> sqlState, Optional<String> host) {

    /** The kinds an operator tells apart. */
    public enum Kind {
        /** The database is held by another process: an H2 file locked by another server (H2 90020). */
        IN_USE,
        /** The server refused the login: a wrong password or an unknown user (SQLState class 28). */
        LOGIN_REFUSED,
        /** The database named in the URL does not exist on that server (PostgreSQL 3D000, H2 90146). */
        NO_SUCH_DATABASE,
        /** The URL's host name does not resolve. */
        UNKNOWN_HOST,
        /** Nothing answers at the URL's host and port (refused, no route, timed out; SQLState class 08). */
        UNREACHABLE,
        /** None of the above. */
        OTHER
    }

    private static final String H2_DATABASE_ALREADY_OPEN = "90020";
    private static final String H2_DATABASE_NOT_FOUND = "90146";
    private static final String POSTGRES_INVALID_CATALOG = "3D000";

    public DatabaseFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sqlState, "sqlState");
        Objects.requireNonNull(host, "host");
    }

    /** Reads the failure's chain of causes; {@link Kind#OTHER} when nothing in it is recognised. */
    public static DatabaseFailure of(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        Optional<String> firstState = Optional.empty();
        boolean unreachable = false;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof UnknownHostException unknown) {
                return new DatabaseFailure(Kind.UNKNOWN_HOST, firstState, hostOf(unknown));
            }
            unreachable |= cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException;
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                firstState = firstState.or(() -> Optional.of(state));
                Optional<Kind> known = byState(state);
                if (known.isPresent()) {
                    return new DatabaseFailure(known.get(), Optional.of(state), Optional.empty());
                }
            }
        }
        boolean connectionClass = firstState.filter(s -> s.startsWith("08")).isPresent();
        return new DatabaseFailure(unreachable || connectionClass ? Kind.UNREACHABLE : Kind.OTHER, firstState,
                Optional.empty());
    }

    private static Optional<Kind> byState(String state) {
        if (state.equals(H2_DATABASE_ALREADY_OPEN)) {
            return Optional.of(Kind.IN_USE);
        }
        if (state.startsWith("28")) {
            return Optional.of(Kind.LOGIN_REFUSED);
        }
        if (state.equals(POSTGRES_INVALID_CATALOG) || state.equals(H2_DATABASE_NOT_FOUND)) {
            return Optional.of(Kind.NO_SUCH_DATABASE);
        }
        return Optional.empty();
    }

    /** The JDK's message is the host, sometimes followed by the resolver's reason after a colon. */
    private static Optional<String> hostOf(UnknownHostException unknown) {
        String message = unknown.getMessage();
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        int reason = message.indexOf(": ");
        return Optional.of(reason < 0 ? message.strip() : message.substring(0, reason).strip());
    }
}
