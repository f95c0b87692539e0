package io.flowhex.adapter.rest;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.flow.Flow;
import io.flowhex.testkit.scenario.World;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real application over in-memory stores, one subscribed tenant with a generous rate limit, its
 * root AccessKey and one flow, and a handler in front of it that routes every action.
 */
final class RestWorld {

    static final URI ENDPOINT = URI.create("http://127.0.0.1:18080");

    final World world;
    final World.Tenant tenant;
    final AccessKey rootKey;
    final Flow flow;
    final CamsRpcHandler handler;
    private final AtomicLong nonces = new AtomicLong();

    RestWorld() {
        this(RestSettings.ofDefaults());
    }

    RestWorld(RestSettings settings) {
        this(new World(InMemoryStores.create()), settings);
    }

    RestWorld(World world, RestSettings settings) {
        this.world = world;
        tenant = world.tenant(10_000);
        rootKey = tenant.key(tenant.root);
        flow = tenant.flow();
        handler = new CamsRpcHandler(world.app.authenticate(), ActionRoutes.allOf(FlowPorts.of(world.app)),
                world.app.health(), settings);
    }

    CamsRequestSigner signer(AccessKey key) {
        return CamsRequestSigner.of(key.id().value(), key.secret().reveal(), world.clock,
                () -> "nonce-" + nonces.incrementAndGet());
    }

    /** The tenant's own flow, asked for with the root key. */
    RpcCall getOwnFlow() {
        return RpcCall.getFlow(Map.of("FlowId", flow.id().value()));
    }

    CamsHttpResponse call(SignatureScheme scheme, RpcCall call) {
        return handler.handle(signer(rootKey).sign(scheme, ENDPOINT, call).toCamsHttpRequest("127.0.0.1"));
    }

    /** An action with the root key, sent as the transport says. */
    CamsHttpResponse call(Transport transport, CamsAction action, Map<String, String> parameters) {
        return call(transport.scheme(), transport.call(action, parameters));
    }
}
