package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.rest.OwnAddress;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import java.net.URI;

/**
 * The CAMS endpoint's port, bound when the context creates this bean and served only once the context
 * has started ({@link FlowhexEndpoint}): so that the application, built in between, knows the address
 * its links point at, port 0 included. Closing it releases a port that was never served.
 */
public final class FlowhexEndpointBinding implements AutoCloseable {

    private final String host;
    private final JettyCamsServer.Binding binding;

    FlowhexEndpointBinding(RestSettings settings, String host, int port) {
        this.host = host;
        this.binding = JettyCamsServer.bind(settings, host, port);
    }

    public String host() {
        return host;
    }

    /** The port bound (the chosen one when {@code flowhex.server.port} is 0). */
    public int port() {
        return binding.port();
    }

    /** {@code http://HOST:PORT} as a client on this machine reaches it: a wildcard host becomes loopback. */
    public URI ownAddress() {
        return OwnAddress.baseUrl(host, port());
    }

    JettyCamsServer.Binding binding() {
        return binding;
    }

    @Override
    public void close() {
        binding.close();
    }
}
