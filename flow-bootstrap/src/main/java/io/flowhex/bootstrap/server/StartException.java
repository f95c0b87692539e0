package io.flowhex.bootstrap.server;

/**
 * The server did not start for a reason the operator can fix: a port in use, a database that refused
 * or is held by another process. The message names the cause and the setting to look at, in one line,
 * and never a password.
 */
public final class StartException extends RuntimeException {

    StartException(String message) {
        super(message, null, false, false);
    }
}
