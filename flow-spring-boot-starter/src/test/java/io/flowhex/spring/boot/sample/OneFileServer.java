package io.flowhex.spring.boot.sample;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/** Serves one Flow JSON file on 127.0.0.1 at {@code /flow.json}, as a customer's OSS bucket would. */
final class OneFileServer implements AutoCloseable {

    private final HttpServer server;

    OneFileServer(byte[] file) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/flow.json", exchange -> {
            try (exchange; OutputStream body = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, file.length);
                body.write(file);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow.json");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
