package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.FlowPorts;
import io.flowhex.adapter.rest.HostRoute;
import io.flowhex.adapter.rest.LinkRoutes;
import io.flowhex.adapter.rest.RequestObserver;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CAMS endpoint on a port of its own, served by flowhex's Jetty host (ADR 0013): every action at
 * {@code /}, where the official SDKs call it, the preview pages and Flow JSON downloads under
 * {@code /flows/}, and {@code /health}. Off with {@code flowhex.server.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "flowhex.server.enabled", matchIfMissing = true)
class FlowhexServerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RestSettings flowhexRestSettings(FlowhexProperties properties) {
        return SettingsMapping.rest(properties.getServer());
    }

    @Bean
    @ConditionalOnMissingBean
    FlowhexEndpointBinding flowhexEndpointBinding(FlowhexProperties properties, RestSettings settings) {
        return new FlowhexEndpointBinding(settings, properties.getServer().getHost(), properties.getServer().getPort());
    }

    /**
     * Every action and both kinds of link; operator paths from the host's {@link HostRoute} beans, in
     * order; each answered request told to the {@link RequestObserver} bean (the metrics' request timer).
     */
    @Bean
    @ConditionalOnMissingBean
    CamsRpcHandler flowhexCamsHandler(FlowhexApplication application, RestSettings settings,
            ObjectProvider<HostRoute> hostRoutes, ObjectProvider<RequestObserver> observer) {
        LinkRoutes links = LinkRoutes.custom().flowJsonDownloads(application.downloadFlowJson())
                .previewPages(application.previewPage()).build();
        return new CamsRpcHandler(application.authenticate(), ActionRoutes.allOf(FlowPorts.of(application)), links,
                application.health(), settings, hostRoutes.orderedStream().toList(),
                observer.getIfUnique(RequestObserver::none));
    }

    @Bean
    @ConditionalOnMissingBean
    FlowhexEndpoint flowhexEndpoint(FlowhexEndpointBinding binding, CamsRpcHandler handler,
            FlowhexProperties properties) {
        return new FlowhexEndpoint(binding, handler, properties.getServer().getShutdownTimeout());
    }
}
