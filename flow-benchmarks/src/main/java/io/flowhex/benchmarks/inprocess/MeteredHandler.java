package io.flowhex.benchmarks.inprocess;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.micrometer.MicrometerFlowMetrics;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.LinkRoutes;
import io.flowhex.adapter.rest.RequestObserver;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.benchmarks.RotatingNonceStore;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.List;

/**
 * GetFlow through {@link CamsRpcHandler#handle} as (e) {@link HandlerBenchmark} builds it (ACS3, in-memory
 * stores, 16 tenants, a pool of pre-signed requests replayed on a fresh nonce store each round), with metrics
 * off (the defaults: {@link FlowMetrics#none()}, no request observer) or on (what the server wires:
 * {@link MicrometerFlowMetrics} on a Prometheus registry, the request timer; the in-memory store ports
 * are not timed, {@code FlowhexStores.inProcess}), or on with the store ports timed as a database's are.
 */
final class MeteredHandler {

    private static final int TENANTS = 16;

    private final CamsRpcHandler handler;
    private final PrometheusMeterRegistry registry;
    private final RotatingNonceStore.Replay<CamsHttpRequest> requests;

    private MeteredHandler(boolean on, boolean timeStoreCalls) {
        ((Logger) org.slf4j.LoggerFactory.getLogger("io.flowhex.access")).setLevel(Level.WARN);
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MicrometerFlowMetrics micrometer = MicrometerFlowMetrics.of(registry);
        RotatingNonceStore nonces = new RotatingNonceStore(HandlerBenchmark.POOL);
        FlowhexApplication app = FlowhexApplication.custom().stores(InMemoryStores.create()).nonces(nonces)
                .metrics(on ? micrometer : FlowMetrics.none()).timeStoreCalls(timeStoreCalls).build();
        Tenants tenants = Tenants.provision(app, TENANTS);
        RequestObserver observer = on ? micrometer::requestAnswered : RequestObserver.none();
        handler = new CamsRpcHandler(app.authenticate(), ActionRoutes.custom().getFlow(app.getFlow()).build(),
                LinkRoutes.none(), app.health(), RestSettings.ofDefaults(), List.of(), observer);
        URI endpoint = URI.create("http://127.0.0.1:8080");
        CamsHttpRequest[] signed = new CamsHttpRequest[HandlerBenchmark.POOL];
        for (int i = 0; i < signed.length; i++) {
            signed[i] = SignedRequests.getFlow(tenants, i, SignatureScheme.ACS3_HMAC_SHA256, endpoint)
                    .toCamsHttpRequest("127.0.0.1");
        }
        CamsHttpResponse probe = handler.handle(signed[0]);
        if (probe.status() != 200) {
            throw new IllegalStateException("a pre-signed request is refused: " + probe.bodyText());
        }
        // the probe spent the first nonce; the replay's first request starts a fresh store, as every round does
        requests = nonces.replay(signed);
    }

    /** {@code on}: metrics as the server wires them (the in-memory stores' calls untimed); otherwise the defaults. */
    static MeteredHandler create(boolean on) {
        return new MeteredHandler(on, false);
    }

    /** Metrics on with the in-memory stores' calls timed too, as a database's are: the cost of those timers. */
    static MeteredHandler withStoreTimers() {
        return new MeteredHandler(true, true);
    }

    /** One GetFlow through the handler, the next request of the pool. */
    CamsHttpResponse handleNext() {
        return handler.handle(requests.next());
    }

    /** How many requests the registry timed as GetFlow OK (0 with metrics off): proof the meters were fed. */
    long timedRequests() {
        FunctionTimer timer = registry.find("cams.requests").tag("action", "GetFlow").tag("code", "OK").functionTimer();
        return timer == null ? 0 : (long) timer.count();
    }

    void close() {
        registry.close();
    }
}
