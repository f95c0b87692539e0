/**
 * Driven adapter for metrics: the application's {@link io.flowhex.application.port.out.FlowMetrics} on a
 * Micrometer {@code MeterRegistry} the host owns (Prometheus, a Spring Boot registry, any other), plus the
 * HTTP request timer a protocol adapter reports to. Meter names and tags are in {@link MeterNames}.
 */
package io.flowhex.adapter.micrometer;
