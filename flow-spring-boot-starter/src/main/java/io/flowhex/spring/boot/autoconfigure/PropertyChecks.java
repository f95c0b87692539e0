package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.http.FetchSettings;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.jdbc.JdbcStoreOptions;
import io.flowhex.adapter.rest.OwnAddress;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.domain.flow.PublishableVersions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.validation.Errors;

/**
 * Checks each {@code flowhex.*} value on its own, with the rules of the component it configures: the
 * value is handed to that component's builder with every other setting at its default, and what the
 * builder refuses becomes a field error on that one property. The rules stay in one place (the
 * builders), and each message names the property that broke them.
 */
final class PropertyChecks {

    private static final String PREFIX = "invalid flowhex settings: ";

    private final Errors errors;

    private PropertyChecks(Errors errors) {
        this.errors = errors;
    }

    static void check(FlowhexProperties p, Errors errors) {
        PropertyChecks checks = new PropertyChecks(errors);
        checks.application(p);
        checks.links(p.getLinks());
        checks.fetch(p.getAssetFetch());
        checks.jdbc(p.getJdbc());
        checks.memory(p.getMemory());
        checks.server(p.getServer());
    }

    private void application(FlowhexProperties p) {
        probe("store", p.getStore(), () -> p.getStore());
        probe("defaultQps", p.getDefaultQps(), () -> app().defaultQps(p.getDefaultQps()).build());
        p.getActionQps().forEach((name, qps) -> probe("actionQps[" + name + "]", qps, () -> app()
                .actionQps(SettingsMapping.action(name).orElseThrow(
                        () -> new IllegalArgumentException(SettingsMapping.unknownAction(name))), qps)
                .build()));
        probe("signatureTolerance", p.getSignatureTolerance(),
                () -> app().signatureTolerance(p.getSignatureTolerance()).build());
        probe("policyCacheSize", p.getPolicyCacheSize(), () -> app().policyCacheSize(p.getPolicyCacheSize()).build());
        probe("editPublished", p.getEditPublished(), () -> p.getEditPublished());
        probe("publishableVersions", p.getPublishableVersions(),
                () -> PublishableVersions.of(p.getPublishableVersions().toArray(String[]::new)));
    }

    private void links(FlowhexProperties.Links links) {
        if (links.getPublicBaseUrl() != null) {
            probe("links.publicBaseUrl", links.getPublicBaseUrl(),
                    () -> app().previewBaseUrl(links.getPublicBaseUrl()).build());
        }
        String key = links.getSigningKey();
        if (key != null && key.getBytes(StandardCharsets.UTF_8).length < 32) {
            // a secret: a global error, so that no failure report prints the value as the rejected one
            errors.reject("flowhex.invalid", "flowhex.links.signing-key must be at least 32 characters");
        }
        probe("links.previewValidity", links.getPreviewValidity(),
                () -> app().previewValidity(links.getPreviewValidity()).build());
        probe("links.assetValidity", links.getAssetValidity(),
                () -> app().assetLinkValidity(links.getAssetValidity()).build());
    }

    private void fetch(FlowhexProperties.AssetFetch f) {
        probe("assetFetch.maxBytes", f.getMaxBytes(), () -> FetchSettings.custom().maxBytes(f.getMaxBytes()).build());
        probe("assetFetch.connectTimeout", f.getConnectTimeout(),
                () -> FetchSettings.custom().connectTimeout(f.getConnectTimeout()).build());
        probe("assetFetch.downloadTimeout", f.getDownloadTimeout(),
                () -> FetchSettings.custom().downloadTimeout(f.getDownloadTimeout()).build());
        probe("assetFetch.maxRedirects", f.getMaxRedirects(),
                () -> FetchSettings.custom().maxRedirects(f.getMaxRedirects()).build());
        probe("assetFetch.allowedHosts", f.getAllowedHosts(),
                () -> FetchSettings.custom().allowedHosts(f.getAllowedHosts()).build());
    }

    private void jdbc(FlowhexProperties.Jdbc j) {
        probe("jdbc.schemaOnStart", j.getSchemaOnStart(),
                () -> JdbcStoreOptions.custom().schemaOnStart(j.getSchemaOnStart()).build());
        probe("jdbc.historyTable", j.getHistoryTable(),
                () -> JdbcStoreOptions.custom().historyTable(j.getHistoryTable()).build());
        probe("jdbc.noncePurgeInterval", j.getNoncePurgeInterval(),
                () -> JdbcStoreOptions.custom().noncePurgeInterval(j.getNoncePurgeInterval()).build());
        probe("jdbc.noncePurgeBatchSize", j.getNoncePurgeBatchSize(),
                () -> JdbcStoreOptions.custom().noncePurgeBatchSize(j.getNoncePurgeBatchSize()).build());
        probe("jdbc.accountCacheTtl", j.getAccountCacheTtl(),
                () -> JdbcStoreOptions.custom().accountCacheTtl(j.getAccountCacheTtl()).build());
        probe("jdbc.decodedFlowCacheSize", j.getDecodedFlowCacheSize(),
                () -> JdbcStoreOptions.custom().decodedFlowCacheSize(j.getDecodedFlowCacheSize()).build());
    }

    private void memory(FlowhexProperties.Memory m) {
        probe("memory.maxNoncesPerKey", m.getMaxNoncesPerKey(),
                () -> InMemoryStores.withMaxNoncesPerKey(m.getMaxNoncesPerKey()));
    }

    private void server(FlowhexProperties.Server s) {
        probe("server.host", s.getHost(), () -> {
            if (!OwnAddress.isHost(s.getHost())) {
                throw new IllegalArgumentException("must be a host name or IP address");
            }
            return s.getHost();
        });
        probe("server.port", s.getPort(), () -> {
            if (s.getPort() < 0 || s.getPort() > 65_535) {
                throw new IllegalArgumentException("must be 0 to 65535");
            }
            return s.getPort();
        });
        probe("server.maxHeaderBytes", s.getMaxHeaderBytes(),
                () -> RestSettings.custom().maxHeaderBytes(s.getMaxHeaderBytes()).build());
        probe("server.maxBodyBytes", s.getMaxBodyBytes(),
                () -> RestSettings.custom().maxBodyBytes(s.getMaxBodyBytes()).build());
        probe("server.maxParameters", s.getMaxParameters(),
                () -> RestSettings.custom().maxParameters(s.getMaxParameters()).build());
        probe("server.idleTimeout", s.getIdleTimeout(),
                () -> RestSettings.custom().idleTimeout(s.getIdleTimeout()).build());
        probe("server.requestTimeout", s.getRequestTimeout(),
                () -> RestSettings.custom().requestTimeout(s.getRequestTimeout()).build());
        probe("server.maxThreads", s.getMaxThreads(), () -> RestSettings.custom().maxThreads(s.getMaxThreads()).build());
        probe("server.maxQueuedRequests", s.getMaxQueuedRequests(),
                () -> RestSettings.custom().maxQueuedRequests(s.getMaxQueuedRequests()).build());
        probe("server.trustedProxies", s.getTrustedProxies(),
                () -> RestSettings.custom().trustedProxies(s.getTrustedProxies()).build());
        probe("server.hostId", s.getHostId(), () -> RestSettings.custom().hostId(s.getHostId()).build());
        probe("server.shutdownTimeout", s.getShutdownTimeout(), () -> {
            Duration timeout = s.getShutdownTimeout();
            if (timeout.isNegative() || timeout.compareTo(JettyCamsServer.MAX_STOP_TIMEOUT) > 0) {
                throw new IllegalArgumentException("must be 0 to " + JettyCamsServer.MAX_STOP_TIMEOUT.toMinutes() + " minutes");
            }
            return timeout;
        });
    }

    private static FlowhexApplication.Builder app() {
        return FlowhexApplication.custom().stores(InMemoryStores.create());
    }

    /**
     * Runs one builder with one value; a refusal becomes the error of {@code field}. A value Spring bound
     * as null (an empty property) is refused before the builder sees it.
     */
    private void probe(String field, Object shown, Supplier<?> check) {
        if (shown == null) {
            errors.rejectValue(field, "flowhex.required", property(field) + " must be set");
            return;
        }
        try {
            check.get();
        } catch (RuntimeException e) {
            errors.rejectValue(field, "flowhex.invalid", new Object[] {shown},
                    property(field) + " " + reason(field, e.getMessage()));
        }
    }

    /**
     * The property as an application's configuration spells it: {@code server.maxThreads} is
     * {@code flowhex.server.max-threads}, {@code actionQps[CreateFlow]} is {@code flowhex.action-qps.CreateFlow}.
     */
    static String property(String field) {
        StringBuilder name = new StringBuilder("flowhex.");
        boolean inKey = false;
        for (char c : field.toCharArray()) {
            if (c == '[' || c == ']') {
                inKey = c == '[';
                name.append(inKey ? "." : "");
            } else if (!inKey && Character.isUpperCase(c)) {
                name.append('-').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The builder's message without its own wording of the setting's name, which the property replaces. */
    private static String reason(String field, String message) {
        String text = message == null ? "is not valid" : message;
        if (text.startsWith(PREFIX)) {
            text = text.substring(PREFIX.length());
        }
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        int space = text.indexOf(' ');
        if (space > 0 && leaf.toLowerCase(Locale.ROOT).contains(text.substring(0, space).toLowerCase(Locale.ROOT))) {
            text = text.substring(space + 1);
        }
        if (text.startsWith("of ") && text.indexOf(' ', 3) > 0) {
            text = text.substring(text.indexOf(' ', 3) + 1); // "of CreateFlow": the property names the action
        }
        return text;
    }
}
