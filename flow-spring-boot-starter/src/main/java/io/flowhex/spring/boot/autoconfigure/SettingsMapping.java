package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.http.FetchSettings;
import io.flowhex.adapter.jdbc.JdbcStoreOptions;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.domain.flow.PublishableVersions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code flowhex.*} properties turned into the settings objects of the flowhex components. */
final class SettingsMapping {

    private SettingsMapping() {
    }

    static RestSettings rest(FlowhexProperties.Server server) {
        return RestSettings.custom()
                .maxHeaderBytes(server.getMaxHeaderBytes())
                .maxBodyBytes(server.getMaxBodyBytes())
                .maxParameters(server.getMaxParameters())
                .idleTimeout(server.getIdleTimeout())
                .requestTimeout(server.getRequestTimeout())
                .maxThreads(server.getMaxThreads())
                .maxQueuedRequests(server.getMaxQueuedRequests())
                .trustedProxies(server.getTrustedProxies())
                .hostId(server.getHostId())
                .build();
    }

    static FetchSettings fetch(FlowhexProperties.AssetFetch fetch) {
        return FetchSettings.custom()
                .maxBytes(fetch.getMaxBytes())
                .connectTimeout(fetch.getConnectTimeout())
                .downloadTimeout(fetch.getDownloadTimeout())
                .maxRedirects(fetch.getMaxRedirects())
                .allowedHosts(fetch.getAllowedHosts())
                .allowPrivateAddresses(fetch.isAllowPrivateAddresses())
                .build();
    }

    static JdbcStoreOptions jdbc(FlowhexProperties.Jdbc jdbc) {
        return JdbcStoreOptions.custom()
                .schemaOnStart(jdbc.getSchemaOnStart())
                .historyTable(jdbc.getHistoryTable())
                .noncePurgeInterval(jdbc.getNoncePurgeInterval())
                .noncePurgeBatchSize(jdbc.getNoncePurgeBatchSize())
                .accountCacheTtl(jdbc.getAccountCacheTtl())
                .decodedFlowCacheSize(jdbc.getDecodedFlowCacheSize())
                .build();
    }

    /** Every value setting of the application builder; the ports are the auto-configuration's business. */
    static FlowhexApplication.Builder application(FlowhexProperties properties, FlowhexApplication.Builder builder) {
        FlowhexProperties.Links links = properties.getLinks();
        builder.defaultQps(properties.getDefaultQps())
                .signatureTolerance(properties.getSignatureTolerance())
                .policyCacheSize(properties.getPolicyCacheSize())
                .editPublishedRule(properties.getEditPublished())
                .publishableVersions(PublishableVersions.of(properties.getPublishableVersions().toArray(String[]::new)))
                .previewValidity(links.getPreviewValidity())
                .assetLinkValidity(links.getAssetValidity());
        properties.getActionQps().forEach((name, qps) -> builder.actionQps(action(name).orElseThrow(
                () -> new IllegalArgumentException(unknownAction(name))), qps));
        if (links.getSigningKey() != null) {
            builder.previewSigningKey(links.getSigningKey().getBytes(StandardCharsets.UTF_8));
        }
        return builder;
    }

    /** An action by its CAMS name in any case, with or without dashes: CreateFlow, createflow, create-flow. */
    static Optional<CamsAction> action(String name) {
        String wanted = normalized(name);
        return Arrays.stream(CamsAction.values()).filter(a -> normalized(a.wireName()).equals(wanted)).findFirst();
    }

    static String unknownAction(String name) {
        return "has no action " + name + "; the actions are "
                + Arrays.stream(CamsAction.values()).map(CamsAction::wireName).collect(Collectors.joining(", "));
    }

    /** Spring may hand map keys over lower-cased: compare them without case or dashes. */
    private static String normalized(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
