package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.in.CheckHealthUseCase;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the probes")
class ProbeRoutesTest {

    private final RestWorld world = new RestWorld();
    private final AtomicBoolean storesUp = new AtomicBoolean(true);
    private final AtomicInteger storeAsked = new AtomicInteger();

    private final CheckHealthUseCase health = () -> {
        storeAsked.incrementAndGet();
        return storesUp.get();
    };

    private final CamsRpcHandler handler = new CamsRpcHandler(world.world.app.authenticate(),
            ActionRoutes.allOf(FlowPorts.of(world.world.app)), LinkRoutes.none(), health, RestSettings.ofDefaults(),
            List.of(ProbeRoutes.liveness(), ProbeRoutes.readiness(health)));

    private CamsHttpResponse get(String path) {
        return handler.handle(CamsHttpRequest.builder("GET", path).build());
    }

    @Test
    @DisplayName("/livez answers 200 UP without asking the stores, also while they are down")
    void liveness() {
        storesUp.set(false);

        CamsHttpResponse live = get("/livez");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.bodyText()).isEqualTo("{\"Status\":\"UP\"}");
        assertThat(storeAsked).hasValue(0);
    }

    @Test
    @DisplayName("/readyz answers 200 UP while the stores answer and 503 DOWN while they do not")
    void readiness() {
        assertThat(get("/readyz").status()).isEqualTo(200);

        storesUp.set(false);
        CamsHttpResponse down = get("/readyz");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.bodyText()).isEqualTo("{\"Status\":\"DOWN\"}");
        assertThat(down.headers()).containsEntry("Cache-Control", "no-store");
        assertThat(storeAsked).hasValue(2);
    }

    @Test
    @DisplayName("/readyz counts a health check that throws as not ready")
    void readinessThrows() {
        HostRoute readiness = ProbeRoutes.readiness(() -> {
            throw new IllegalStateException("pool closed");
        });

        assertThat(readiness.serve(CamsHttpRequest.builder("GET", "/readyz").build(), "id").status()).isEqualTo(503);
    }

    @Test
    @DisplayName("claim GET on their own paths only")
    void claimOwnPaths() {
        HostRoute liveness = ProbeRoutes.liveness();

        assertThat(liveness.name()).isEqualTo("livez");
        assertThat(ProbeRoutes.readiness(health).name()).isEqualTo("readyz");
        assertThat(liveness.matches(CamsHttpRequest.builder("POST", "/livez").build())).isFalse();
        assertThat(liveness.matches(CamsHttpRequest.builder("GET", "/livez/x").build())).isFalse();
        assertThat(get("/health").status()).isEqualTo(200);
    }
}
