package io.flowhex.benchmarks.load;

import io.flowhex.adapter.rest.RestSettings;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP baseline: Jetty with the thread pool, connector and HTTP settings of the CAMS host
 * ({@code JettyCamsServer}), whose only handler answers every request with the same status, headers
 * and JSON bytes a real GetFlow answer has, without reading or checking anything.
 */
final class FixedBodyServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private FixedBodyServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    static FixedBodyServer start(int maxThreads, Map<String, String> headers, byte[] body) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(maxThreads, RestSettings.MIN_THREADS / 2);
        threads.setName("fixed-body");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(RestSettings.ofDefaults().maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setDelayDispatchUntilContent(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setIdleTimeout(RestSettings.ofDefaults().idleTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                HttpFields.Mutable fields = response.getHeaders();
                headers.forEach(fields::put);
                response.setStatus(200);
                response.write(true, ByteBuffer.wrap(body).asReadOnlyBuffer(), callback);
                return true;
            }
        });
        server.start();
        return new FixedBodyServer(server, connector);
    }

    int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
