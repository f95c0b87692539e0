package io.flowhex.benchmarks;

import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.SignatureScheme;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pre-signs flow API requests (GetFlow, or any action with its parameters) with the client-side signer, each with a nonce never used before in this
 * process, so every request a benchmark sends is valid exactly once. Signing is the client's cost and
 * happens before any measurement.
 */
public final class SignedRequests {

    private static final AtomicLong NONCES = new AtomicLong();

    private SignedRequests() {
    }

    /** Request number {@code index} of a rotation over the tenants' roots. */
    public static SignedRequest getFlow(Tenants tenants, int index, SignatureScheme scheme, URI endpoint) {
        return getFlow(tenants.get(index % tenants.size()), scheme, endpoint);
    }

    /** One signed GetFlow of the tenant's flow, in its space, as its root. */
    public static SignedRequest getFlow(Tenants.Tenant tenant, SignatureScheme scheme, URI endpoint) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("FlowId", tenant.flow().value());
        parameters.put("CustSpaceId", tenant.space().value());
        return of(tenant, RpcCall.getFlow(parameters), scheme, endpoint);
    }

    /** One signed call of any action (see {@link RpcCall#of}) as the tenant's root. */
    public static SignedRequest of(Tenants.Tenant tenant, RpcCall call, SignatureScheme scheme, URI endpoint) {
        CamsRequestSigner signer = CamsRequestSigner.of(tenant.rootKey().id().value(),
                tenant.rootKey().secret().reveal(), Clock.systemUTC(),
                () -> "bench-" + ProcessHandle.current().pid() + "-" + NONCES.incrementAndGet());
        return signer.sign(scheme, endpoint, call);
    }
}
