package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.http.HttpFlowJsonSource;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.FlowJsonSource;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.FlowhexStores;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application: its stores (the host's one DataSource, or memory), the Flow JSON fetcher, and
 * {@link FlowhexApplication} with every {@code flowhex.*} value applied. Each bean backs off when the
 * host defines its own of that type. The CAMS endpoint is {@link FlowhexServerConfiguration}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBooleanProperty(name = "flowhex.enabled", matchIfMissing = true)
@EnableConfigurationProperties(FlowhexProperties.class)
@Import(FlowhexServerConfiguration.class)
public class FlowhexAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(FlowhexAutoConfiguration.class);

    /**
     * JDBC on the host's DataSource when it has exactly one (flowhex's tables migrated under their own
     * history table), memory otherwise or when {@code flowhex.store=memory}.
     */
    @Bean
    @ConditionalOnMissingBean
    public FlowhexStores flowhexStores(FlowhexProperties properties, ObjectProvider<DataSource> dataSources) {
        FlowhexProperties.Store kind = properties.getStore();
        DataSource dataSource = kind == FlowhexProperties.Store.MEMORY ? null : dataSources.getIfUnique();
        if (dataSource != null) {
            LOG.info("flowhex stores: jdbc on the application's DataSource (history table {})",
                    properties.getJdbc().getHistoryTable());
            return JdbcFlowStore.create(dataSource, SettingsMapping.jdbc(properties.getJdbc()));
        }
        if (kind == FlowhexProperties.Store.JDBC) {
            throw new IllegalStateException("flowhex.store is jdbc, but the application has no single DataSource bean");
        }
        LOG.info("flowhex stores: memory (data is lost at stop)");
        return InMemoryStores.withMaxNoncesPerKey(properties.getMemory().getMaxNoncesPerKey());
    }

    /** UpdateFlowJSONAsset's fetcher, within the {@code flowhex.asset-fetch.*} limits. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "flowhex.asset-fetch.enabled", matchIfMissing = true)
    public FlowJsonSource flowhexFlowJsonSource(FlowhexProperties properties) {
        return new HttpFlowJsonSource(SettingsMapping.fetch(properties.getAssetFetch()));
    }

    /**
     * The application; its links point at {@code flowhex.links.public-base-url}, or at the CAMS
     * endpoint's own address when that is served.
     */
    @Bean
    @ConditionalOnMissingBean
    public FlowhexApplication flowhexApplication(FlowhexProperties properties, FlowhexStores stores,
            ObjectProvider<FlowJsonSource> flowJsonSource, ObjectProvider<FlowhexEndpointBinding> endpoint,
            ObjectProvider<FlowMetrics> metrics, ObjectProvider<FlowhexApplicationCustomizer> customizers) {
        FlowhexApplication.Builder builder = SettingsMapping.application(properties, FlowhexApplication.custom().stores(stores));
        sharedQuota(properties, stores).ifPresent(builder::callQuota);
        flowJsonSource.ifAvailable(builder::flowJsonSource);
        metrics.ifAvailable(builder::metrics);
        if (properties.getLinks().getPublicBaseUrl() != null) {
            builder.previewBaseUrl(properties.getLinks().getPublicBaseUrl());
        } else {
            endpoint.ifAvailable(binding -> builder.previewBaseUrl(binding.ownAddress()));
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * The quota shared through the JDBC store's database ({@code flowhex.quota}): by default on
     * PostgreSQL, where several instances of the host application share one database, so that they grant
     * an account its limit once between them; empty for the application's own in-process quota.
     */
    static Optional<CallQuota> sharedQuota(FlowhexProperties properties, FlowhexStores stores) {
        JdbcFlowStore jdbc = stores instanceof JdbcFlowStore store ? store : null;
        boolean shared = switch (properties.getQuota()) {
            case LOCAL -> false;
            case SHARED -> {
                if (jdbc == null) {
                    throw new IllegalStateException(
                            "flowhex.quota is shared, but the stores are not on a DataSource: the quota is shared through the database");
                }
                yield true;
            }
            case AUTO -> jdbc != null && jdbc.onPostgreSql();
        };
        if (!shared) {
            LOG.info("flowhex call quota: local (each instance counts its own calls)");
            return Optional.empty();
        }
        LOG.info("flowhex call quota: shared through the database ({} when it does not answer)",
                properties.getQuotaFailure());
        return Optional.of(jdbc.callQuota(JdbcCallQuotaOptions.custom().whenUnavailable(properties.getQuotaFailure()).build()));
    }
}
