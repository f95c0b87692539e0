package io.flowhex.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the call command")
class CallCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int call(List<String> args) {
        return CallCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> signed(String endpoint, String... rest) {
        List<String> args = new ArrayList<>(List.of("--endpoint", endpoint, "--access-key-id", "LTAI5tFixtureRoot",
                "--access-key-secret", "FixtureRootSecret/+~*1"));
        args.addAll(List.of(rest));
        return args;
    }

    @Test
    @DisplayName("--help exits 0 and explains every action with its parameters")
    void help() {
        assertThat(call(List.of("--help"))).isZero();
        assertThat(call(List.of("CreateFlow", "-h"))).isZero();

        String help = out.toString(StandardCharsets.UTF_8);
        for (CamsAction action : CamsAction.values()) {
            assertThat(help).contains("  " + action.wireName() + " ");
        }
        assertThat(help).contains("'Categories=[\"SIGN_UP\"]'").contains("FilePath").contains("127.0.0.1:8080");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"127.0.0.1:8080,http://127.0.0.1:8080", "localhost:8080,http://localhost:8080",
        "http://127.0.0.1:8080,http://127.0.0.1:8080", "http://127.0.0.1:8080/,http://127.0.0.1:8080/",
        "https://cams.example.com,https://cams.example.com", "[::1]:8080,http://[::1]:8080"})
    @DisplayName("takes an endpoint with or without http://")
    void endpointScheme(String given, String used) {
        assertThat(CallCommand.endpoint(given)).hasToString(used);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://127.0.0.1:21", "http://127.0.0.1:8080/cams", "http://x:1/?a=b", "http://u:p@x:1",
        "http://", "127.0.0.1:80 80"})
    @DisplayName("refuses an endpoint that is not http(s)://HOST[:PORT] with exit code 2")
    void badEndpoint(String endpoint) {
        assertThat(call(signed(endpoint, "GetFlow", "FlowId=1"))).isEqualTo(CallCommand.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--endpoint must be").contains("usage: call");
    }

    @Test
    @DisplayName("a parameter given twice, an unknown option or a bad scheme is a usage error")
    void usageErrors() {
        assertThat(call(signed("127.0.0.1:1", "GetFlow", "FlowId=1", "FlowId=2"))).isEqualTo(CallCommand.USAGE);
        assertThat(call(signed("127.0.0.1:1", "--placement", "form", "GetFlow"))).isEqualTo(CallCommand.USAGE);
        assertThat(call(signed("127.0.0.1:1", "--signature", "v2", "GetFlow"))).isEqualTo(CallCommand.USAGE);
        assertThat(call(signed("127.0.0.1:1", "--method", "PUT", "GetFlow"))).isEqualTo(CallCommand.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FlowId is given twice")
                .contains("unknown option --placement").contains("--signature must be v3 or v1")
                .contains("invalid call: RPC calls are GET or POST");
    }

    @Nested
    @DisplayName("against a server that records the request")
    class Recorded {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CreateFlow", "ListFlow", "ModifyFlow", "DeleteFlow", "PublishFlow", "DeprecateFlow",
            "GetFlowJSONAssest", "UpdateFlowJSONAsset", "GetFlowPreviewUrl"})
        @DisplayName("sends any action with its parameters as given, JSON text included, signed")
        void anyAction(String action) throws IOException {
            AtomicReference<String> query = new AtomicReference<>();
            AtomicReference<String> authorization = new AtomicReference<>();
            AtomicReference<String> sentAction = new AtomicReference<>();
            HttpServer recorder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            recorder.createContext("/", exchange -> {
                query.set(exchange.getRequestURI().getRawQuery());
                authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                // ACS3 names the action and version in headers, not in the query
                sentAction.set(exchange.getRequestHeaders().getFirst("x-acs-action") + " "
                        + exchange.getRequestHeaders().getFirst("x-acs-version"));
                byte[] body = "{\"Code\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(body);
                }
            });
            recorder.start();
            try {
                int exit = call(signed("127.0.0.1:" + recorder.getAddress().getPort(), action, "FlowName=x",
                        "Categories=[\"SIGN_UP\"]", "Page={\"Index\":1,\"Size\":20}"));

                assertThat(exit).isZero();
            } finally {
                recorder.stop(0);
            }
            Map<String, String> sent = new LinkedHashMap<>();
            for (String pair : query.get().split("&")) {
                String[] parts = pair.split("=", 2);
                sent.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
            assertThat(sentAction.get()).isEqualTo(action + " 2020-06-06");
            assertThat(sent).containsEntry("FlowName", "x").containsEntry("Categories", "[\"SIGN_UP\"]")
                    .containsEntry("Page", "{\"Index\":1,\"Size\":20}");
            assertThat(authorization.get()).startsWith("ACS3-HMAC-SHA256 Credential=LTAI5tFixtureRoot,");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("{\"Code\":\"OK\"}");
        }
    }

    @Nested
    @DisplayName("against the server")
    class AgainstTheServer {

        private FlowServer start() throws URISyntaxException {
            Path fixtures = Path.of(CallCommandTest.class.getResource("/fixtures/valid.json").toURI());
            return Main.start(List.of("--store", "memory", "--port", "0", "--fixtures", fixtures.toString()), Map.of(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }

        @ParameterizedTest(name = "{0}, {1}")
        @CsvSource({"v3,POST", "v1,GET", "v1,POST", "v3,GET"})
        @DisplayName("reads a flow, the endpoint given without http://, and exits 0")
        void getFlow(String signature, String method) throws Exception {
            FlowServer server = start();
            try {
                int exit = call(signed("127.0.0.1:" + server.port(), "--signature", signature, "--method", method,
                        "GetFlow", "FlowId=31415926535897"));

                assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"Code\":\"OK\"")
                        .contains("\"FlowName\":\"flow_001\"");
            } finally {
                server.stop();
            }
        }

        @Test
        @DisplayName("prints an error answer and exits 1")
        void errorAnswer() throws Exception {
            FlowServer server = start();
            try {
                int exit = call(signed("http://127.0.0.1:" + server.port(), "GetFlow", "FlowId=11111111111111"));

                assertThat(exit).isEqualTo(CallCommand.ERROR_RESPONSE);
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"Code\":\"Unknown.ResourceOwnerId\"");
            } finally {
                server.stop();
            }
        }
    }
}
