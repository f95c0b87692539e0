package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.in.CheckHealthUseCase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a host route")
class HostRouteTest {

    private final RestWorld world = new RestWorld();

    private static HostRoute route(String name, String path) {
        return new HostRoute() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean matches(CamsHttpRequest request) {
                return request.path().equals(path) && request.method().equals("GET");
            }

            @Override
            public CamsHttpResponse serve(CamsHttpRequest request, String requestId) {
                return new CamsHttpResponse(200, Map.of("Content-Type", "text/plain"),
                        (name + " " + requestId).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private CamsRpcHandler handler(HostRoute... routes) {
        CheckHealthUseCase health = world.world.app.health();
        return new CamsRpcHandler(world.world.app.authenticate(), ActionRoutes.allOf(FlowPorts.of(world.world.app)),
                LinkRoutes.none(), health, RestSettings.ofDefaults(), List.of(routes));
    }

    @Test
    @DisplayName("answers its own path, the first matching route winning, with a request id")
    void answersItsPath() {
        CamsRpcHandler handler = handler(route("one", "/metrics"), route("two", "/metrics"), route("three", "/livez"));

        CamsHttpResponse metrics = handler.handle(CamsHttpRequest.builder("GET", "/metrics").build());
        CamsHttpResponse livez = handler.handle(CamsHttpRequest.builder("GET", "/livez").build());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.bodyText()).matches("one [0-9A-F-]{36}");
        assertThat(livez.bodyText()).startsWith("three ");
    }

    @Test
    @DisplayName("leaves every other path to the handler: 404 for an unknown one, /health as before")
    void leavesOtherPaths() {
        CamsRpcHandler handler = handler(route("one", "/metrics"));

        assertError(handler.handle(CamsHttpRequest.builder("POST", "/metrics").build()), 404,
                "InvalidAction.NotFound");
        assertThat(handler.handle(CamsHttpRequest.builder("GET", "/health").build()).bodyText())
                .contains("\"Status\":\"UP\"");
    }

    @Test
    @DisplayName("that throws is answered 500 InternalError")
    void throwingRoute() {
        HostRoute broken = new HostRoute() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public boolean matches(CamsHttpRequest request) {
                return true;
            }

            @Override
            public CamsHttpResponse serve(CamsHttpRequest request, String requestId) {
                throw new IllegalStateException("secret detail");
            }
        };

        CamsHttpResponse answer = handler(broken).handle(CamsHttpRequest.builder("GET", "/anything").build());

        assertError(answer, 500, "InternalError");
        assertThat(answer.bodyText()).doesNotContain("secret detail");
    }
}
