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
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;

/**
 * Issue 15's budget: GetFlow through {@link CamsRpcHandler#handle} (ACS3, in-memory stores, as (e)
 * {@link HandlerBenchmark}) with metrics {@code off} (the defaults: {@link FlowMetrics#none()}, no request
 * observer) and {@code on} (what the server wires: {@link MicrometerFlowMetrics} on a Prometheus registry,
 * the store ports timed, the handler's request timer), both in one JMH run. Target: on/off at most 1.05.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MetricsOverheadBenchmark {

    private static final int TENANTS = 16;

    @Param({"off", "on"})
    public String metrics;

    private CamsRpcHandler handler;
    private PrometheusMeterRegistry registry;
    private RotatingNonceStore.Replay<CamsHttpRequest> requests;

    @Setup
    public void setUp() {
        ((Logger) LoggerFactory.getLogger("io.flowhex.access")).setLevel(Level.WARN);
        boolean on = metrics.equals("on");
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MicrometerFlowMetrics micrometer = MicrometerFlowMetrics.of(registry);
        RotatingNonceStore nonces = new RotatingNonceStore(HandlerBenchmark.POOL);
        FlowhexApplication app = FlowhexApplication.custom().stores(InMemoryStores.create()).nonces(nonces)
                .metrics(on ? micrometer : FlowMetrics.none()).build();
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

    @TearDown
    public void tearDown() {
        // with metrics on, the counts prove the meters were fed: every handled request was timed
        if (metrics.equals("on") && registry.find("cams.requests").tag("code", "OK").timer() == null) {
            throw new IllegalStateException("metrics on, but no request was timed");
        }
        registry.close();
    }

    @Benchmark
    public CamsHttpResponse handle() {
        return handler.handle(requests.next());
    }
}
