package io.flowhex.adapter.http;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FetchRefusedException.Reason;
import io.flowhex.testkit.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Size: at most maxBytes taken, however the server frames or lies about the body")
class SizeLimitTest {

    private static final int LIMIT = FetchSettings.DEFAULT_MAX_BYTES;

    private final TestServer server = TestServer.start();
    private final HttpFlowJsonSource source = HttpFlowJsonSource.ofDefaults();
    private final Refused refused = new Refused();

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private URI serve(TestServer.Answer answer) {
        return server.at("/size-" + Fixtures.next(), answer);
    }

    private static byte[] bytes(int length) {
        byte[] content = new byte[length];
        for (int i = 0; i < length; i++) {
            content[i] = (byte) (i * 31);
        }
        return content;
    }

    @Test
    @DisplayName("exactly 10 MiB in chunks is taken byte for byte")
    void limitInChunksIsTaken() throws Exception {
        byte[] content = bytes(LIMIT);

        assertThat(Arrays.equals(source.fetch(serve(TestServer.chunked(content))), content)).isTrue();
    }

    @Test
    @DisplayName("10 MiB + 1 in chunks is refused with TOO_LARGE")
    void overLimitInChunksIsRefused() {
        assertThat(refused.reason(source, serve(TestServer.chunked(bytes(LIMIT + 1))))).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.message()).isEqualTo("the file at FilePath is larger than 10485760 bytes");
    }

    @Test
    @DisplayName("exactly 10 MiB ended by closing the connection is taken; 10 MiB + 1 is refused with TOO_LARGE")
    void bodyEndedByCloseIsCapped() throws Exception {
        assertThat(source.fetch(serve(TestServer.untilClose(bytes(LIMIT))))).hasSize(LIMIT);
        assertThat(refused.reason(source, serve(TestServer.untilClose(bytes(LIMIT + 1))))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    @DisplayName("a chunked body that never ends is refused with TOO_LARGE, and the adapter hangs up")
    void endlessBodyIsCutAtTheLimit() throws Exception {
        assertThat(refused.reason(source, serve(TestServer.endless()))).isEqualTo(Reason.TOO_LARGE);
        assertThat(server.hungUp().await(10, SECONDS)).as("the server saw the client hang up").isTrue();
    }

    @Test
    @DisplayName("a declared Content-Length over the limit is refused with TOO_LARGE before any body arrives")
    void declaredLengthOverTheLimitIsBelieved() throws Exception {
        // the server sends headers only: waiting for the body would end in TOO_SLOW, not TOO_LARGE
        URI url = serve(TestServer.stall("Content-Length: 1099511627776"));

        assertThat(refused.reason(source, url)).isEqualTo(Reason.TOO_LARGE);
        assertThat(server.hungUp().await(10, SECONDS)).as("the server saw the client hang up").isTrue();
    }

    @Test
    @DisplayName("a Content-Length of exactly the limit, followed by endless bytes, yields exactly the declared bytes")
    void declaredLengthAtTheLimitFramesTheBody() throws Exception {
        byte[] sent = bytes(LIMIT + 65536);

        byte[] taken = source.fetch(serve(TestServer.declared(LIMIT, sent)));

        assertThat(Arrays.equals(taken, Arrays.copyOf(sent, LIMIT))).isTrue();
    }

    @Test
    @DisplayName("a Content-Length under the real size yields the declared bytes only, never more")
    void shortDeclaredLengthFramesTheBody() throws Exception {
        assertThat(source.fetch(serve(TestServer.declared(5, bytes(LIMIT + 1))))).containsExactly(bytes(5));
    }

    @Test
    @DisplayName("a lower maxBytes setting is the limit: 100 bytes taken, 101 refused naming 100")
    void lowerLimitSetting() throws Exception {
        HttpFlowJsonSource small = new HttpFlowJsonSource(FetchSettings.custom().maxBytes(100).build());

        assertThat(small.fetch(serve(TestServer.chunked(bytes(100))))).hasSize(100);
        assertThat(refused.reason(small, serve(TestServer.chunked(bytes(101))))).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.message()).contains("larger than 100 bytes");
        assertThat(refused.reason(small, serve(TestServer.file(bytes(101))))).isEqualTo(Reason.TOO_LARGE);
    }
}
