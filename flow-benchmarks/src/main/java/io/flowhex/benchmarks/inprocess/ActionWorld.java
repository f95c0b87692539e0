package io.flowhex.benchmarks.inprocess;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.FlowPorts;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.CreateFlowCommand;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.application.port.in.UpdateFlowJsonAssetCommand;
import io.flowhex.benchmarks.ActionCalls;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.testkit.InMemoryFlowJsonSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The world one iteration of {@link ActionHandlerBenchmark} runs in, the same for every action: an
 * in-memory application with {@code tenants} tenants, each tenant's flow holding a Flow JSON, and
 * {@code calls} further flows with a Flow JSON spread over the tenants' spaces (DRAFT, or PUBLISHED
 * when the action is DeprecateFlow), one per call, so that a write never finds its flow already
 * changed. Then {@code calls} distinct pre-signed requests of the action: the reads on the tenants'
 * flows, the writes each on its own flow (CreateFlow each with its own name).
 */
final class ActionWorld {

    private static final URI ENDPOINT = URI.create("http://127.0.0.1:8080");
    private static final FlowCategories CATEGORIES = FlowCategories.of(FlowCategory.OTHER);

    private final CamsRpcHandler handler;
    private final CamsHttpRequest[] requests;

    private ActionWorld(CamsRpcHandler handler, CamsHttpRequest[] requests) {
        this.handler = handler;
        this.requests = requests;
    }

    static ActionWorld build(CamsAction action, int calls, int tenantCount) {
        InMemoryFlowJsonSource files = new InMemoryFlowJsonSource()
                .put(ActionCalls.FLOW_JSON_URL, ActionCalls.VALID_FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        FlowhexApplication app = FlowhexApplication.custom().stores(InMemoryStores.withMaxNoncesPerKey(calls))
                .flowJsonSource(files).build();
        Tenants tenants = Tenants.provision(app, tenantCount);
        tenants.all().forEach(tenant -> withFlowJson(app, tenant, tenant.flow()));
        CamsHttpRequest[] requests = new CamsHttpRequest[calls];
        for (int i = 0; i < calls; i++) {
            Tenants.Tenant tenant = tenants.get(i % tenantCount);
            FlowId own = ownFlow(app, tenant, i, action == CamsAction.DEPRECATE_FLOW);
            boolean read = action == CamsAction.GET_FLOW || action == CamsAction.GET_FLOW_JSON_ASSET
                    || action == CamsAction.GET_FLOW_PREVIEW_URL;
            requests[i] = SignedRequests.of(tenant, ActionCalls.of(action, tenant, read ? tenant.flow() : own, "w", i),
                    SignatureScheme.ACS3_HMAC_SHA256, ENDPOINT).toCamsHttpRequest(Tenants.SOURCE_IP);
        }
        CamsRpcHandler handler = new CamsRpcHandler(app.authenticate(), ActionRoutes.allOf(FlowPorts.of(app)),
                app.health(), RestSettings.ofDefaults());
        return new ActionWorld(handler, requests);
    }

    /** A DRAFT with a valid Flow JSON in the tenant's space, published when asked. */
    private static FlowId ownFlow(FlowhexApplication app, Tenants.Tenant tenant, int index, boolean published) {
        FlowId flow = app.createFlow().createFlow(new CreateFlowCommand(tenant.root(), new FlowName("bench_own_" + index),
                CATEGORIES, Optional.of(tenant.space()), Optional.empty(), tenant.rootContext())).flowId();
        withFlowJson(app, tenant, flow);
        if (published) {
            app.publishFlow().publishFlow(new FlowCommand(tenant.root(), flow, Optional.of(tenant.space()),
                    tenant.rootContext()));
        }
        return flow;
    }

    private static void withFlowJson(FlowhexApplication app, Tenants.Tenant tenant, FlowId flow) {
        app.updateFlowJsonAsset().updateFlowJsonAsset(new UpdateFlowJsonAssetCommand(tenant.root(), flow,
                ActionCalls.FLOW_JSON_URL, Optional.of(tenant.space()), tenant.rootContext()));
    }

    CamsRpcHandler handler() {
        return handler;
    }

    CamsHttpRequest request(int index) {
        return requests[index];
    }
}
