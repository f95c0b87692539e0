package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.SignatureScheme;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the request observer")
class RequestObserverTest {

    private record Seen(String action, String code, int status, Duration duration) {
    }

    private final RestWorld world = new RestWorld();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CamsRpcHandler handler = new CamsRpcHandler(world.world.app.authenticate(),
            ActionRoutes.allOf(FlowPorts.of(world.world.app)), LinkRoutes.none(), world.world.app.health(),
            RestSettings.ofDefaults(), List.of(ProbeRoutes.liveness()),
            (action, code, status, duration) -> seen.add(new Seen(action, code, status, duration)));

    private CamsHttpResponse call(RpcCall call) {
        return handler.handle(world.signer(world.rootKey).sign(SignatureScheme.ACS3_HMAC_SHA256, RestWorld.ENDPOINT, call)
                .toCamsHttpRequest("127.0.0.1"));
    }

    @Test
    @DisplayName("is told each answer once: the action's wire name, OK or the error code, and the status")
    void toldEachAnswer() {
        call(world.getOwnFlow());
        call(RpcCall.getFlow(Map.of("FlowId", "99999999999999")));
        handler.handle(CamsHttpRequest.builder("GET", "/livez").build());
        handler.handle(CamsHttpRequest.builder("GET", "/health").build());

        assertThat(seen).extracting(Seen::action, Seen::code, Seen::status).containsExactly(
                tuple("GetFlow", "OK", 200),
                tuple("GetFlow", "Unknown.ResourceOwnerId", 400),
                tuple("livez", "OK", 200),
                tuple("health", "OK", 200));
        assertThat(seen).allSatisfy(s -> assertThat(s.duration().isNegative()).isFalse());
    }

    @Test
    @DisplayName("never passes on an action name the client made up, nor a path: both are unknown")
    void clientNamesStayOut() {
        call(world.getOwnFlow().withAction("StealSecrets_LTAI5tXyz"));
        handler.handle(CamsHttpRequest.builder("GET", "/").rawQuery("Action=StealSecrets_LTAI5tXyz&Version=2020-06-06")
                .build());
        handler.handle(CamsHttpRequest.builder("GET", "/no/such/path/1234567890123456").build());
        handler.errorResponse(413);

        assertThat(seen).extracting(Seen::action, Seen::status).containsExactly(
                tuple(RequestObserver.UNKNOWN, 404),
                tuple(RequestObserver.UNKNOWN, 400),
                tuple(RequestObserver.UNKNOWN, 404),
                tuple(RequestObserver.UNKNOWN, 413));
        assertThat(seen.toString()).doesNotContain("StealSecrets").doesNotContain("1234567890123456");
    }
}
