package io.flowhex.adapter.rest.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A loopback HTTP/1.1 forwarder for one request per connection: passes the raw request bytes,
 * optionally changed, to the server {@code times} times and hands the last answer back. It lets a
 * test replay an SDK's signed request (same nonce) or tamper with it in flight.
 */
final class ForwardingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final UnaryOperator<String> change;
    private final int times;
    private final Thread acceptor;

    ForwardingProxy(int targetPort, UnaryOperator<String> change, int times) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.change = change;
        this.times = times;
        this.acceptor = new Thread(this::serve, "forwarding-proxy");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                client.setSoTimeout(10_000);
                String request = change.apply(readMessage(client.getInputStream()));
                String answer = null;
                for (int i = 0; i < times; i++) {
                    answer = forward(request);
                }
                OutputStream out = client.getOutputStream();
                out.write(answer.replaceFirst("\r\n", "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // closed while waiting, or a client gave up: nothing to answer
            }
        }
    }

    private String forward(String request) throws IOException {
        try (Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            server.setSoTimeout(10_000);
            server.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            server.getOutputStream().flush();
            return readMessage(server.getInputStream());
        }
    }

    /** One message with its body (Content-Length or chunked), as ISO-8859-1 text. */
    private static String readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the head");
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder message = new StringBuilder(text);
        int at = lower.indexOf("\ncontent-length:");
        if (at >= 0) {
            int length = Integer.parseInt(lower.substring(at + 16, lower.indexOf('\r', at)).strip());
            message.append(new String(in.readNBytes(length), StandardCharsets.ISO_8859_1));
        } else if (lower.contains("\ntransfer-encoding: chunked")) {
            while (!message.toString().endsWith("\r\n0\r\n\r\n") && !message.toString().endsWith("\r\n\r\n0\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                message.append((char) b);
            }
        }
        return message.toString();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
