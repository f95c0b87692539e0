package io.flowhex.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.micrometer.MicrometerFlowMetrics;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.FlowPorts;
import io.flowhex.adapter.rest.LinkRoutes;
import io.flowhex.adapter.rest.ProbeRoutes;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's metrics example (an embedder's own MeterRegistry), compiled and run; the README shows these lines. */
class MetricsExampleTest {

    @Test
    @DisplayName("the README's metrics example records the requests on the embedder's registry, and store calls where they are timed")
    void metricsExampleRuns() {
        MeterRegistry registry = new SimpleMeterRegistry();
        // README:metrics:begin
        MicrometerFlowMetrics metrics = MicrometerFlowMetrics.of(registry);   // your application's MeterRegistry
        FlowhexApplication app = FlowhexApplication.custom()
                .stores(InMemoryStores.create())
                .metrics(metrics)                     // actions, quota denials, auth failures, store calls (a database's)
                .build();
        CamsRpcHandler handler = new CamsRpcHandler(app.authenticate(), ActionRoutes.allOf(FlowPorts.of(app)),
                LinkRoutes.none(), app.health(), RestSettings.ofDefaults(),
                List.of(ProbeRoutes.liveness(), ProbeRoutes.readiness(app.health())),
                metrics::requestAnswered);            // the cams.requests timer (action, code, status)
        // README:metrics:end

        assertThat(handler.handle(CamsHttpRequest.builder("GET", "/readyz").build()).status()).isEqualTo(200);

        assertThat(registry.get("cams.requests").tag("action", "readyz").tag("code", "OK").tag("status", "200")
                .functionTimer().count()).isEqualTo(1.0);
        // the in-memory stores' calls are not timed (FlowhexStores.inProcess); a database's are, as below
        assertThat(registry.find("flowhex.store.calls").meters()).isEmpty();
        FlowhexApplication timed = FlowhexApplication.custom().stores(InMemoryStores.create()).metrics(metrics)
                .timeStoreCalls(true).build();
        assertThat(timed.health().isHealthy()).isTrue();
        assertThat(registry.get("flowhex.store.calls").tag("store", "health").tag("operation", "isAvailable")
                .functionTimer().count()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("the README shows the example exactly as this test runs it")
    void readmeShowsTheExample() throws IOException {
        ReadmeSnippets.assertReadmeShows("MetricsExampleTest.java", "metrics");
    }
}
