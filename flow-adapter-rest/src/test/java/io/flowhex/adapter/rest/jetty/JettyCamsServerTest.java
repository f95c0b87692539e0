package io.flowhex.adapter.rest.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.adapter.rest.jetty.RawHttpClient.RawResponse;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.LoopbackPort;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the Jetty host")
class JettyCamsServerTest {

    private static final String JSON = "application/json;charset=utf-8";
    private JettyCamsServer server;

    private JettyCamsServer start(GetFlowUseCase getFlow, RestSettings settings) {
        CamsRpcHandler handler = new CamsRpcHandler(
                r -> new Caller(new RootPrincipal(new AccountId("1")), new AccessKeyId(r.accessKeyId())), ActionRoutes.custom().getFlow(getFlow).build(),
                () -> true, settings);
        server = JettyCamsServer.start(handler, "127.0.0.1", 0);
        return server;
    }

    private JettyCamsServer start() {
        return start(q -> {
            throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
        }, RestSettings.custom().requestTimeout(Duration.ofMillis(500)).build());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void assertJsonError(RawResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().get("Content-Type")).isEqualTo(JSON);
        assertThat(response.body()).contains("\"Code\":\"" + code + "\"", "\"RequestId\":\"")
                .doesNotContain("<html", "Exception", "jetty");
    }

    @Test
    @DisplayName("binds a free port when asked for port 0 and answers /health")
    void health() throws Exception {
        start();

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(server.port()).isPositive();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"Status\":\"UP\"}");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    @DisplayName("closes idle keep-alive connections when stopping instead of waiting for their idle timeout")
    void idleConnectionsDoNotDelayStop() throws Exception {
        // an idle timeout far beyond the stop's own: only closing idle connections lets the stop end cleanly
        start(q -> {
            throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
        }, RestSettings.custom().idleTimeout(Duration.ofMinutes(5)).build());
        try (Socket idle = RawHttpClient.idleConnection(server.port())) {

            boolean clean = server.stop(Duration.ofSeconds(30));

            assertThat(clean).as("stopped within its timeout, not cut off").isTrue();
            assertThat(idle.getInputStream().read()).as("the idle connection, closed by the server").isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("answers headers over 16 KiB with a JSON 431, not Jetty's HTML page")
    void headersTooLarge() throws IOException {
        start();

        RawResponse response = RawHttpClient.exchange(server.port(),
                ascii("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(17_000) + "\r\n\r\n"));

        assertJsonError(response, 431, "RequestHeaderFieldsTooLarge");
    }

    @Test
    @DisplayName("answers a request line that is not HTTP with a JSON 400")
    void badRequestLine() throws IOException {
        start();

        RawResponse response = RawHttpClient.exchange(server.port(), ascii("GARBAGE\r\nHost: x\r\n\r\n"));

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.headers().get("Content-Type")).isEqualTo(JSON);
        assertThat(response.body()).contains("\"Code\":").doesNotContain("<html", "Exception");
    }

    @Test
    @DisplayName("answers a request line with an HTTP version it does not speak with a JSON 400, not a 500")
    void unknownHttpVersion() throws IOException {
        start();

        for (String version : new String[] {"HTTP/1.2", "HTTP/9.9"}) {
            RawResponse response = RawHttpClient.exchange(server.port(), ascii("GET / " + version + "\r\nHost: x\r\n\r\n"));

            assertJsonError(response, 400, "BadRequest");
        }
    }

    @Test
    @DisplayName("answers an announced body over 64 KiB with a JSON 413 without reading it")
    void announcedBodyTooLarge() throws IOException {
        start();

        RawResponse response = RawHttpClient.exchange(server.port(), ascii("POST / HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 70000\r\n\r\n"));

        assertJsonError(response, 413, "RequestEntityTooLarge");
    }

    @Test
    @DisplayName("answers a chunked body that grows over 64 KiB with a JSON 413")
    void chunkedBodyTooLarge() throws IOException {
        start();
        String chunk = Integer.toHexString(40_000) + "\r\n" + "a".repeat(40_000) + "\r\n";

        RawResponse response = RawHttpClient.exchange(server.port(), ascii("POST / HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk
                + "0\r\n\r\n"));

        assertJsonError(response, 413, "RequestEntityTooLarge");
    }

    @Test
    @DisplayName("answers a body that does not arrive within the request timeout with a JSON 408")
    void slowBody() throws IOException {
        start();

        // eight of the twenty announced bytes, and then nothing
        RawResponse response = RawHttpClient.exchange(server.port(), ascii("POST / HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\nFlowId=1"));

        assertJsonError(response, 408, "RequestTimeout");
    }

    @Test
    @DisplayName("answers an unknown path with a JSON 404, whatever the method")
    void unknownPath() throws IOException {
        start();

        RawResponse response = RawHttpClient.exchange(server.port(), ascii("PATCH /x HTTP/1.1\r\nHost: x\r\n\r\n"));

        assertJsonError(response, 404, "InvalidAction.NotFound");
    }

    @Test
    @DisplayName("lets a request in flight finish when stopped gracefully, refusing new connections meanwhile")
    void gracefulStop() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(q -> {
            entered.countDown();
            awaitQuietly(release);
            throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
        }, RestSettings.ofDefaults());
        int port = server.port();
        SignedRequest request = CamsRequestSigner.of("LTAIx", "s").sign(SignatureScheme.V1_HMAC_SHA1,
                URI.create("http://127.0.0.1:" + port), RpcCall.getFlow(Map.of("FlowId", "1")));
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
                .sendAsync(request.toHttpRequest(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(30, TimeUnit.SECONDS)).as("the request reached the use case").isTrue();

        CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(30)));
        LoopbackPort.awaitRefused(port);

        assertThat(stopping).as("the stop, while the request is held").isNotDone();
        assertThat(inFlight).as("the request, while held").isNotDone();
        release.countDown();
        assertThat(stopping.get(30, TimeUnit.SECONDS)).as("stopped within its timeout, not cut off").isTrue();
        assertThat(inFlight.get(30, TimeUnit.SECONDS).body()).contains("Unknown.ResourceOwnerId");
        assertThat(server.isRunning()).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
