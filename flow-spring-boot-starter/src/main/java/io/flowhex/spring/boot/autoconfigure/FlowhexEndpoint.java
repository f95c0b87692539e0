package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Serves the CAMS endpoint on its bound port while the context runs: started with the context, stopped
 * gracefully with it (requests in flight get {@code flowhex.server.shutdown-timeout} to finish).
 */
public final class FlowhexEndpoint implements SmartLifecycle, AutoCloseable {

    private final FlowhexEndpointBinding binding;
    private final CamsRpcHandler handler;
    private final Duration shutdownTimeout;
    private volatile JettyCamsServer server;

    FlowhexEndpoint(FlowhexEndpointBinding binding, CamsRpcHandler handler, Duration shutdownTimeout) {
        this.binding = binding;
        this.handler = handler;
        this.shutdownTimeout = shutdownTimeout;
    }

    /** The port the endpoint is served on. */
    public int port() {
        return binding.port();
    }

    @Override
    public synchronized void start() {
        if (server == null) {
            server = binding.binding().serve(handler);
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(shutdownTimeout);
        }
    }

    @Override
    public boolean isRunning() {
        JettyCamsServer running = server;
        return running != null && running.isRunning();
    }

    @Override
    public void close() {
        stop();
        binding.close();
    }
}
