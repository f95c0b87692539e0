package io.flowhex.adapter.rest.interop;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the tests keep the Flow JSON files UpdateFlowJSONAsset fetches, as a customer keeps them in
 * OSS: the JDK's HTTP server on 127.0.0.1 and a free port, answering each published path with its
 * bytes as {@code application/json} and any other with 404.
 */
final class FileServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    FileServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("no file server", e);
        }
        server.createContext("/", exchange -> {
            byte[] file = files.get(exchange.getRequestURI().getPath());
            try (exchange; OutputStream body = exchange.getResponseBody()) {
                if (file == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, file.length);
                    body.write(file);
                }
            }
        });
        server.start();
    }

    /** Serves {@code content} at {@code path} from now on; returns its URL. */
    URI publish(String path, byte[] content) {
        files.put(path, content.clone());
        return url(path);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
