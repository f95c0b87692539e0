package io.flowhex.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 server on 127.0.0.1 that answers each path with a scripted {@link Answer}, written
 * byte by byte as the test wants it: honest files, lies about their length, bodies without end,
 * slow drips and silence. One request per connection, then the connection is closed. Every answer
 * that ends because the client hung up counts down {@link #hungUp()}.
 */
final class TestServer implements AutoCloseable {

    /** Writes a whole response (status line, headers and body) for one request. */
    @FunctionalInterface
    interface Answer {
        void write(InputStream in, OutputStream out) throws IOException, InterruptedException;
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final CountDownLatch hungUp = new CountDownLatch(1);

    private TestServer() throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        threads.submit(this::acceptLoop);
    }

    /** A running server on a free port of 127.0.0.1. */
    static TestServer start() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new UncheckedIOException("no test server", e);
        }
    }

    /** Serves {@code answer} at {@code path} and returns the URL of it. */
    URI at(String path, Answer answer) {
        answers.put(path, answer);
        return url(path);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    long requests() {
        return requests.get();
    }

    /** Counted down when an answer could not be written because the client closed the connection. */
    CountDownLatch hungUp() {
        return hungUp;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : open) {
            client.close();
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                threads.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            String path = readRequestPath(client.getInputStream());
            requests.incrementAndGet();
            OutputStream out = client.getOutputStream();
            answers.getOrDefault(path, status(404)).write(client.getInputStream(), out);
            out.flush();
        } catch (IOException e) {
            hungUp.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(client);
        }
    }

    private static String readRequestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String requestLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
        return requestLine.split(" ")[1];
    }

    // ---- answers

    static Answer file(byte[] content) {
        return declared(content.length, content);
    }

    /** A Content-Length that may differ from what follows. */
    static Answer declared(long contentLength, byte[] content) {
        return (in, out) -> {
            head(out, 200, "Content-Length: " + contentLength);
            out.write(content);
        };
    }

    static Answer chunked(byte[] content) {
        return (in, out) -> {
            head(out, 200, "Transfer-Encoding: chunked");
            for (int from = 0; from < content.length; from += 65536) {
                int length = Math.min(65536, content.length - from);
                chunk(out, content, from, length);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    /** Neither a length nor chunks: the body ends when the server closes the connection. */
    static Answer untilClose(byte[] content) {
        return (in, out) -> {
            head(out, 200);
            out.write(content);
        };
    }

    /** Chunks of 64 KiB, forever, until the client hangs up. */
    static Answer endless() {
        return (in, out) -> {
            head(out, 200, "Transfer-Encoding: chunked");
            byte[] block = new byte[65536];
            while (true) {
                chunk(out, block, 0, block.length);
            }
        };
    }

    /** A Content-Length of 1,000 bytes, sent one byte per 20 ms. */
    static Answer drip() {
        return (in, out) -> {
            head(out, 200, "Content-Length: 1000");
            for (int i = 0; i < 1000; i++) {
                out.write('x');
                out.flush();
                TimeUnit.MILLISECONDS.sleep(20);
            }
        };
    }

    /** Headers then nothing: a body that never comes. */
    static Answer stall(String... headers) {
        return (in, out) -> {
            head(out, 200, headers);
            out.flush();
            awaitHangUp(in, out);
        };
    }

    /** Reads the request, then never answers. */
    static Answer silence() {
        return TestServer::awaitHangUp;
    }

    static Answer status(int status) {
        byte[] body = ("{\"status\":" + status + "}").getBytes(StandardCharsets.US_ASCII);
        return (in, out) -> {
            head(out, status, "Content-Length: " + body.length);
            out.write(body);
        };
    }

    static Answer redirect(int status, String location) {
        return (in, out) -> head(out, status, "Location: " + location, "Content-Length: 0");
    }

    static Answer redirectWithoutLocation(int status) {
        return (in, out) -> head(out, status, "Content-Length: 0");
    }

    private static void head(OutputStream out, int status, String... headers) throws IOException {
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(" Scripted\r\nConnection: close\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static void chunk(OutputStream out, byte[] content, int from, int length) throws IOException {
        out.write(Integer.toHexString(length).getBytes(StandardCharsets.US_ASCII));
        out.write(CRLF);
        out.write(content, from, length);
        out.write(CRLF);
    }

    /** Blocks until the client closes the connection, then ends the answer in {@link #hungUp()}. */
    private static void awaitHangUp(InputStream in, OutputStream out) throws IOException {
        while (in.read() >= 0) {
            // a client sends nothing after its request; whatever it sends is read and ignored
        }
        throw new IOException("the client hung up");
    }
}
