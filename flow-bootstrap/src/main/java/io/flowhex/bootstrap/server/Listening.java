package io.flowhex.bootstrap.server;

import io.flowhex.adapter.rest.OwnAddress;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import io.flowhex.bootstrap.config.Setting;
import java.net.BindException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Binds the server's port, the first thing a start does, so that a port in use stops it before
 * anything is printed or created; and says so in the words an operator looks for.
 */
final class Listening {

    private Listening() {
    }

    static JettyCamsServer.Binding bind(RestSettings rest, String host, int port) {
        try {
            return JettyCamsServer.bind(rest, host, port);
        } catch (IllegalStateException e) {
            throw notBound(OwnAddress.inUrl(host) + ":" + port, bindFailure(e), Setting.PORT);
        }
    }

    /** A port that could not be bound, named with the setting that chose it. */
    static StartException notBound(String address, Optional<BindException> failure, Setting setting) {
        if (failure.isEmpty()) {
            return new StartException("cannot listen on " + address + "; check " + Setting.HOST.flag() + " and "
                    + setting.flag());
        }
        String reason = Objects.toString(failure.get().getMessage(), "");
        if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
            return new StartException(address + " is already in use; stop what listens there, or choose another "
                    + setting.flag());
        }
        return new StartException("cannot listen on " + address + " (" + reason + "); check " + Setting.HOST.flag()
                + " and " + setting.flag());
    }

    static Optional<BindException> bindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return Optional.of(bind);
            }
        }
        return Optional.empty();
    }
}
