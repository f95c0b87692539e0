package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.micrometer.MicrometerFlowMetrics;
import io.flowhex.adapter.rest.RequestObserver;
import io.flowhex.application.port.out.FlowMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * flowhex's metrics port bound to the host's {@link MeterRegistry}: the application's action timer,
 * quota denials, authentication failures and store calls, and the endpoint's {@code cams.requests}
 * timer, all on the registry the host exports (Prometheus, OTLP, ...). Nothing without a registry.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, MicrometerFlowMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "flowhex.enabled", matchIfMissing = true)
public class FlowhexMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(FlowMetrics.class)
    public MicrometerFlowMetrics flowhexMetrics(MeterRegistry registry) {
        return MicrometerFlowMetrics.of(registry);
    }

    /** The endpoint's request timer, when flowhex's own metrics are the ones in use. */
    @Bean
    @ConditionalOnMissingBean(RequestObserver.class)
    @ConditionalOnBean(MicrometerFlowMetrics.class)
    public RequestObserver flowhexRequestObserver(MicrometerFlowMetrics metrics) {
        return metrics::requestAnswered;
    }
}
