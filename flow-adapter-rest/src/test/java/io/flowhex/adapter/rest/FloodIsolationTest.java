package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.flow.Flow;
import io.flowhex.testkit.NonceCountingStores;
import io.flowhex.testkit.scenario.World;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The defect issue 11 reproduced: one tenant's flood of correctly signed, throttled calls filled the
 * global nonce store and locked every other tenant out. Now the quota comes before the nonce, so a
 * throttled call records nothing, and what one key can hold is bounded per key. The clock stands
 * still, so all the calls fall in one window: exactly the account's 5 are granted, and only their
 * nonces are recorded.
 */
@DisplayName("A flood of throttled calls by one tenant")
class FloodIsolationTest {

    private static final int FLOOD = 1_000_000;

    @Test
    @DisplayName("changes nothing another tenant is answered, and records only the granted calls' nonces")
    void floodLeavesNothingBehind() {
        NonceCountingStores stores = new NonceCountingStores(InMemoryStores.create());
        World world = new World(stores);
        World.Tenant flooder = world.tenant();
        World.Tenant bystander = world.tenant();
        AccessKey flooderKey = flooder.key(flooder.root);
        AccessKey bystanderKey = bystander.key(bystander.root);
        Flow flooderFlow = flooder.flow();
        Flow bystanderFlow = bystander.flow();
        CamsRpcHandler handler = new CamsRpcHandler(world.app.authenticate(),
                ActionRoutes.custom().getFlow(world.app.getFlow()).build(), world.app.health(), RestSettings.ofDefaults());
        AtomicLong nonces = new AtomicLong();
        CamsRequestSigner flooding = CamsRequestSigner.of(flooderKey.id().value(), flooderKey.secret().reveal(),
                world.clock, () -> "flood-" + nonces.incrementAndGet());
        RpcCall flood = RpcCall.getFlow(Map.of("FlowId", flooderFlow.id().value()));

        int granted = 0;
        int throttled = 0;
        for (int i = 0; i < FLOOD; i++) {
            CamsHttpResponse answer = handler.handle(flooding.sign(SignatureScheme.V1_HMAC_SHA1, RestWorld.ENDPOINT,
                    flood).toCamsHttpRequest("203.0.113.9"));
            if (answer.status() == 200) {
                granted++;
            } else if (answer.bodyText().contains("\"Code\":\"System.LimitControl\"")) {
                throttled++;
            }
        }

        assertThat(granted).isEqualTo(5);
        assertThat(throttled).isEqualTo(FLOOD - 5);
        assertThat(stores.recorded()).as("nonces recorded by the whole flood").isEqualTo(5);
        CamsHttpResponse first = handler.handle(CamsRequestSigner.of(bystanderKey.id().value(),
                bystanderKey.secret().reveal(), world.clock, () -> "bystander-1").sign(SignatureScheme.ACS3_HMAC_SHA256,
                RestWorld.ENDPOINT, RpcCall.getFlow(Map.of("FlowId", bystanderFlow.id().value())))
                .toCamsHttpRequest("198.51.100.7"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.bodyText()).contains("\"FlowId\":\"" + bystanderFlow.id().value() + "\"");
        assertThat(stores.recorded()).isEqualTo(6);
    }
}
