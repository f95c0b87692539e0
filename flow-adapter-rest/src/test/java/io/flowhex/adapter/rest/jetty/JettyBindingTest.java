package io.flowhex.adapter.rest.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.RootPrincipal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the Jetty host, bound before its handler exists")
class JettyBindingTest {

    private JettyCamsServer server;

    private static CamsRpcHandler handler(RestSettings settings) {
        return new CamsRpcHandler(
                r -> new Caller(new RootPrincipal(new AccountId("1")), new AccessKeyId(r.accessKeyId())),
                ActionRoutes.custom().getFlow(q -> {
                    throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
                }).build(), () -> true, settings);
    }

    private static int health(int port) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    @DisplayName("knows its port before the handler is built, then serves the handler on it")
    void portFirst() throws Exception {
        JettyCamsServer.Binding binding = JettyCamsServer.bind(RestSettings.ofDefaults(), "127.0.0.1", 0);
        int port = binding.port();

        server = binding.serve(handler(RestSettings.ofDefaults()));

        assertThat(port).isPositive();
        assertThat(server.port()).isEqualTo(port);
        assertThat(health(port)).isEqualTo(200);
    }

    @Test
    @DisplayName("refuses a handler whose limits differ from the host's, and a second serve")
    void oneHandlerOnce() {
        try (JettyCamsServer.Binding binding = JettyCamsServer.bind(RestSettings.ofDefaults(), "127.0.0.1", 0)) {
            assertThatIllegalArgumentException().isThrownBy(() -> binding.serve(
                    handler(RestSettings.custom().maxThreads(40).build())));
            server = binding.serve(handler(RestSettings.ofDefaults()));
            assertThatIllegalStateException().isThrownBy(() -> binding.serve(handler(RestSettings.ofDefaults())));
        }
        assertThat(server.isRunning()).as("close() after serve leaves the server to stop()").isTrue();
    }

    @Test
    @DisplayName("a binding closed unserved releases its port, and a taken port is refused at bind")
    void closeReleases() {
        int port;
        try (JettyCamsServer.Binding binding = JettyCamsServer.bind(RestSettings.ofDefaults(), "127.0.0.1", 0)) {
            port = binding.port();
            assertThatIllegalStateException().isThrownBy(() -> JettyCamsServer.bind(RestSettings.ofDefaults(),
                    "127.0.0.1", port)).withMessageContaining("could not start");
        }

        server = JettyCamsServer.bind(RestSettings.ofDefaults(), "127.0.0.1", port).serve(handler(RestSettings.ofDefaults()));

        assertThat(server.port()).isEqualTo(port);
    }
}
