package io.flowhex.adapter.rest.jetty;

import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.RestSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A running Jetty 12 server for one {@link CamsRpcHandler}: HTTP/1.1 on one host and port, a bounded
 * thread pool, a bounded number of requests running and waiting (503 beyond), the handler's size
 * limits and timeouts, JSON for Jetty's own errors, and a graceful stop that lets requests in flight
 * finish.
 */
public final class JettyCamsServer implements AutoCloseable {

    private static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(5);

    /** The longest grace a host's stop setting may give requests in flight (the server's and the starter's). */
    public static final Duration MAX_STOP_TIMEOUT = Duration.ofMinutes(10);
    /**
     * How long a connection may stay silent once stopping began: long enough for a client still
     * sending a request body to finish it (that request is in flight), short enough that idle
     * keep-alive connections do not hold the stop up for more than a second.
     */
    private static final long SHUTDOWN_IDLE_MILLIS = 1_000;

    private final Server server;
    private final ServerConnector connector;

    private JettyCamsServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts serving on {@code host} (e.g. {@code 127.0.0.1}, or {@code 0.0.0.0} for every interface)
     * and {@code port} ({@code 0}: any free port, see {@link #port()}).
     *
     * @throws IllegalStateException when the server cannot start, e.g. the port is taken
     */
    public static JettyCamsServer start(CamsRpcHandler handler, String host, int port) {
        Objects.requireNonNull(handler, "handler");
        return bind(handler.settings(), host, port).serve(handler);
    }

    /**
     * Binds {@code host} and {@code port} now, with the host's limits from {@code settings}, and serves
     * nothing until {@link Binding#serve}: for a handler that must know the port it is reached on
     * before it is built (a server whose links point at itself, started on port 0). Connections that
     * arrive in between wait in the socket's backlog.
     *
     * @throws IllegalStateException when the port cannot be bound, e.g. it is taken
     */
    public static Binding bind(RestSettings settings, String host, int port) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        // a bounded number of threads; Jetty needs its task queue unbounded (it queues its own I/O tasks
        // there), so requests are bounded by the QoS handler below instead
        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), RestSettings.MIN_THREADS / 2);
        threads.setName("flowhex-rest");
        Server server = new Server(threads);

        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(settings.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Dispatch as soon as the headers are in, so a request whose body is still arriving already
        // counts as in flight, and a graceful stop waits for it instead of cutting it off.
        http.setDelayDispatchUntilContent(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        server.addConnector(connector);
        try {
            connector.open();
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("the HTTP server could not start on " + host + ":" + port, e);
        }
        return new Binding(settings, server, connector);
    }

    /** The port actually bound (the chosen one when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return connector.getHost();
    }

    /**
     * Stops accepting connections, lets requests in flight finish for up to {@code timeout} (idle
     * keep-alive connections are closed right away), then stops. Idempotent.
     *
     * @return true if everything finished within the timeout, false if the rest was cut off
     */
    public boolean stop(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        long millis = Math.max(1, timeout.toMillis());
        server.setStopTimeout(millis);
        connector.setShutdownIdleTimeout(Math.min(millis, SHUTDOWN_IDLE_MILLIS));
        try {
            server.stop();
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not stop cleanly", e);
        }
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** {@link #stop(Duration)} with five seconds of grace. */
    @Override
    public void close() {
        stop(DEFAULT_STOP_TIMEOUT);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // the start failure is the one worth reporting
        }
    }

    /** A bound port that serves nothing yet; {@link #close()} releases it if it is never served. */
    public static final class Binding implements AutoCloseable {

        private final RestSettings settings;
        private final Server server;
        private final ServerConnector connector;
        private boolean used;

        private Binding(RestSettings settings, Server server, ServerConnector connector) {
            this.settings = settings;
            this.server = server;
            this.connector = connector;
        }

        /** The port bound (the chosen one when bound with port 0). */
        public int port() {
            return connector.getLocalPort();
        }

        /**
         * Starts serving {@code handler}, whose settings must be the ones bound with (the host's limits
         * and the handler's must agree). Once only.
         *
         * @throws IllegalStateException when the server cannot start
         */
        public synchronized JettyCamsServer serve(CamsRpcHandler handler) {
            Objects.requireNonNull(handler, "handler");
            if (used) {
                throw new IllegalStateException("this binding was already served or closed");
            }
            if (!handler.settings().equals(settings)) {
                throw new IllegalArgumentException("the handler's settings differ from the ones the port was bound with");
            }
            used = true;
            // at most maxThreads - 4 requests in the handler (the rest of the pool runs the acceptor and
            // selector), at most maxQueuedRequests waiting up to requestTimeout; beyond: 503 ServiceUnavailable
            QoSHandler admission = new QoSHandler(new JettyRequestAdapter(handler));
            admission.setMaxRequestCount(settings.maxThreads() - 4);
            admission.setMaxSuspendedRequestCount(settings.maxQueuedRequests());
            admission.setMaxSuspend(settings.requestTimeout());
            server.setHandler(new GracefulHandler(admission));
            server.setErrorHandler(new JsonErrorHandler(handler));
            server.setStopAtShutdown(false);
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly(server);
                connector.close();
                throw new IllegalStateException("the HTTP server could not start on " + connector.getHost() + ":"
                        + port(), e);
            }
            return new JettyCamsServer(server, connector);
        }

        /** Releases the port; does nothing once served (stop the server instead). */
        @Override
        public synchronized void close() {
            if (!used) {
                used = true;
                connector.close();
                stopQuietly(server);
            }
        }
    }
}
