package io.flowhex.adapter.http;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FetchRefusedException.Reason;
import io.flowhex.testkit.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Time: one deadline for the whole download, and unreachable servers")
class TimeLimitTest {

    private final TestServer server = TestServer.start();
    private final HttpFlowJsonSource quick = new HttpFlowJsonSource(
            FetchSettings.custom().downloadTimeout(Duration.ofMillis(200)).build());
    private final Refused refused = new Refused();

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    @DisplayName("a body dripped one byte at a time is refused with TOO_SLOW naming the limit, and the adapter hangs up")
    void slowDripIsRefused() throws Exception {
        URI url = server.at("/drip-" + Fixtures.next(), TestServer.drip());

        assertThat(refused.reason(quick, url)).isEqualTo(Reason.TOO_SLOW);
        assertThat(refused.message()).isEqualTo("the file at FilePath did not arrive within 200 ms, redirects included");
        assertThat(server.hungUp().await(10, SECONDS)).as("the server saw the client hang up").isTrue();
    }

    @Test
    @DisplayName("a server that reads the request and never answers is refused with TOO_SLOW, and the adapter hangs up")
    void silentServerIsRefused() throws Exception {
        URI url = server.at("/silent-" + Fixtures.next(), TestServer.silence());

        assertThat(refused.reason(quick, url)).isEqualTo(Reason.TOO_SLOW);
        assertThat(server.hungUp().await(10, SECONDS)).as("the server saw the client hang up").isTrue();
    }

    @Test
    @DisplayName("headers without the promised body are refused with TOO_SLOW")
    void stalledBodyIsRefused() {
        URI url = server.at("/stall-" + Fixtures.next(), TestServer.stall("Content-Length: 10"));

        assertThat(refused.reason(quick, url)).isEqualTo(Reason.TOO_SLOW);
    }

    @Test
    @DisplayName("the deadline covers the redirects too: a redirect to a silent server is refused with TOO_SLOW")
    void deadlineSpansRedirects() {
        URI silent = server.at("/silent-" + Fixtures.next(), TestServer.silence());
        URI start = server.at("/to-silent-" + Fixtures.next(), TestServer.redirect(302, silent.toString()));

        assertThat(refused.reason(quick, start)).isEqualTo(Reason.TOO_SLOW);
    }

    @Test
    @DisplayName("an interrupted caller gets UNREACHABLE at once, keeps its interrupt, and the adapter hangs up")
    void interruptIsHonoured() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        TestServer.Answer silence = TestServer.silence();
        URI url = server.at("/interrupted-" + Fixtures.next(), (in, out) -> {
            arrived.countDown();
            silence.write(in, out);
        });
        AtomicReference<Reason> reason = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            reason.set(refused.reason(HttpFlowJsonSource.ofDefaults(), url));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });

        caller.start();
        assertThat(arrived.await(10, SECONDS)).as("the request reached the server").isTrue();
        caller.interrupt();
        caller.join(SECONDS.toMillis(10));

        assertThat(reason).hasValue(Reason.UNREACHABLE);
        assertThat(stillInterrupted).isTrue();
        assertThat(server.hungUp().await(10, SECONDS)).as("the server saw the client hang up").isTrue();
    }

    @Test
    @DisplayName("a port nobody listens on is refused with UNREACHABLE, the address not named")
    void closedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = probe.getLocalPort();
        }

        assertThat(refused.reason(HttpFlowJsonSource.ofDefaults(), URI.create("http://127.0.0.1:" + port + "/flow.json")))
                .isEqualTo(Reason.UNREACHABLE);
        assertThat(refused.message()).doesNotContain("127.0.0.1").doesNotContain(String.valueOf(port));
    }
}
