package io.flowhex.bootstrap.server;

import io.flowhex.adapter.micrometer.MicrometerFlowMetrics;
import io.flowhex.adapter.rest.HostRoute;
import io.flowhex.adapter.rest.RequestObserver;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The server's one Prometheus registry: the application's meters (through flow-adapter-micrometer), the
 * handler's request timer, the JVM's meters, and the pool's (OpenStore binds HikariCP to it), served at
 * {@code GET /metrics}. Closed after the HTTP server and the pool at stop.
 */
final class ServerMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final MicrometerFlowMetrics flowMetrics;
    private final JvmGcMetrics gc;

    private ServerMetrics() {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        this.gc = new JvmGcMetrics();
        gc.bindTo(registry);
        this.flowMetrics = MicrometerFlowMetrics.of(registry);
    }

    static ServerMetrics create() {
        return new ServerMetrics();
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** What the application reports to. */
    MicrometerFlowMetrics flowMetrics() {
        return flowMetrics;
    }

    /** What the handler reports each answered request to: the {@code cams_requests} timer. */
    RequestObserver requestObserver() {
        return flowMetrics::requestAnswered;
    }

    /** {@code GET /metrics} in Prometheus's text format. */
    HostRoute route() {
        return new MetricsRoute(registry::scrape);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
