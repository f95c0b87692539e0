package io.flowhex.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;

/**
 * For tests of a server's graceful stop, which first stops accepting connections: waiting for that
 * moment on a loopback port, instead of sleeping and hoping the stop has begun.
 */
public final class LoopbackPort {

    /** Enough for any machine; a stop that never begins fails the test instead of hanging it. */
    static final int ATTEMPTS = 100_000;

    private LoopbackPort() {
    }

    /**
     * Returns once {@code 127.0.0.1:port} refuses connections. A connection accepted before that is
     * closed at once, as an idle client's would be.
     *
     * @throws AssertionError when the port still accepts after {@value #ATTEMPTS} connections
     */
    public static void awaitRefused(int port) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                new Socket("127.0.0.1", port).close();
            } catch (ConnectException refused) {
                return;
            } catch (SocketException reset) {
                // the listener closed while this connection sat in its backlog: the kernel resets it, and the
                // next attempt is refused
                Thread.yield();
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.yield();
        }
        throw new AssertionError("127.0.0.1:" + port + " still accepts connections");
    }
}
