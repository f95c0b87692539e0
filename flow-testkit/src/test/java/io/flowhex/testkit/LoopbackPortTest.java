package io.flowhex.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LoopbackPort.awaitRefused")
class LoopbackPortTest {

    @Test
    @DisplayName("returns once a listener that had connections waiting in its backlog is closed")
    void returnsOnceTheListenerIsClosed() throws IOException {
        int port;
        List<Socket> waiting = new ArrayList<>();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = listener.getLocalPort();
            for (int i = 0; i < 5; i++) {
                waiting.add(new Socket("127.0.0.1", port)); // never accepted: they sit in the backlog
            }
        }
        try {
            assertThatCode(() -> LoopbackPort.awaitRefused(port)).doesNotThrowAnyException();
        } finally {
            for (Socket socket : waiting) {
                socket.close();
            }
        }
    }
}
