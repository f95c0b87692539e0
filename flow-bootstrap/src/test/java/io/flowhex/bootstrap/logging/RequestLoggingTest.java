package io.flowhex.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.bootstrap.cli.Main;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One INFO line per request with the fields an operator needs, and nothing an attacker wants. */
class RequestLoggingTest {

    private static final String SECRET = "FixtureRootSecret/+~*1";

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private FlowServer server;

    @BeforeEach
    void start() throws Exception {
        Path fixtures = Path.of(getClass().getResource("/fixtures/valid.json").toURI());
        server = Main.start(List.of("--store", "memory", "--port", "0", "--fixtures", fixtures.toString()), Map.of(),
                new PrintStream(OutputStream.nullOutputStream()));
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        lines.setContext(context);
        lines.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(lines);
    }

    @AfterEach
    void stop() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(lines);
        server.stop();
    }

    private int call(String secret, String flowId) throws Exception {
        var request = CamsRequestSigner.of("LTAI5tFixtureRoot", secret).sign(SignatureScheme.ACS3_HMAC_SHA256,
                URI.create("http://127.0.0.1:" + server.port()), RpcCall.getFlow(Map.of("FlowId", flowId)));
        return HttpClient.newHttpClient().send(request.toHttpRequest(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<String> accessLines() {
        return lines.list.stream().filter(e -> e.getLoggerName().equals("io.flowhex.access"))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    @DisplayName("each request writes one line with RequestId, action, account, code, status and duration")
    void oneLinePerRequest() throws Exception {
        assertThat(call(SECRET, "31415926535897")).isEqualTo(200);
        assertThat(call(SECRET, "11111111111111")).isEqualTo(400);
        assertThat(call("wrong-secret", "31415926535897")).isEqualTo(400);

        List<String> access = accessLines();
        assertThat(access).hasSize(3);
        assertThat(access.get(0)).matches("requestId=[0-9A-F-]{36} action=GetFlow account=2718281828459045 code=OK"
                + " status=200 durationMs=\\d+\\.\\d{3}");
        assertThat(access.get(1)).contains("account=2718281828459045 code=Unknown.ResourceOwnerId status=400");
        assertThat(access.get(2)).contains("account=- code=SignatureDoesNotMatch status=400");
    }

    @Test
    @DisplayName("no line carries a secret, a signature or policy text")
    void nothingSecretIsLogged() throws Exception {
        call(SECRET, "31415926535897");
        call("wrong-secret", "31415926535897");

        assertThat(lines.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain(SECRET).doesNotContain("wrong-secret").doesNotContain("Signature=")
                .doesNotContain("Statement").doesNotContain("ACS3-HMAC-SHA256 Credential"));
    }

    /** Sends raw bytes, as no well-behaved client would, and returns the whole answer. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("a malformed request gets a CAMS 400 and one access line, and none of its text reaches the log")
    void malformedRequestsAreLoggedOnceWithoutTheirText() throws Exception {
        String badHost = raw("GET /health HTTP/1.1\r\nHost: evil-text here\r\nConnection: close\r\n\r\n");
        String twoHosts = raw("GET /health HTTP/1.1\r\nHost: a\r\nHost: evil-second-host\r\n\r\n");

        for (String answer : List.of(badHost, twoHosts)) {
            assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\"Code\":\"BadRequest\"").contains("x-acs-request-id: ");
        }
        assertThat(accessLines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .matches("requestId=[0-9A-F-]{36} action=- account=- code=BadRequest status=400 durationMs=\\d+\\.\\d{3}"));
        assertThat(lines.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("evil-text").doesNotContain("evil-second-host"));
    }
}
