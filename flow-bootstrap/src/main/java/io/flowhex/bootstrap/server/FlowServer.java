package io.flowhex.bootstrap.server;

import io.flowhex.adapter.http.HttpFlowJsonSource;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.FlowPorts;
import io.flowhex.adapter.rest.LinkRoutes;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.config.Setting;
import io.flowhex.bootstrap.config.SettingsException;
import io.flowhex.bootstrap.fixtures.FixtureImporter;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root. Opens the store, builds the application, imports fixtures (or the demo
 * account), and serves the CAMS protocol over Jetty. {@link #stop()} stops accepting, lets requests
 * in flight finish within the configured bound, then closes the pool.
 */
public final class FlowServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlowServer.class);

    private final ServerSettings settings;
    private final OpenStore store;
    private final FlowhexApplication application;
    private final JettyCamsServer http;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private FlowServer(ServerSettings settings, OpenStore store, FlowhexApplication application, JettyCamsServer http) {
        this.settings = settings;
        this.store = store;
        this.application = application;
        this.http = http;
    }

    /**
     * Starts everything and prints what a person needs to call it; any failure closes what was opened.
     * The port is bound first, so that the links the application issues carry the address it serves on
     * (port 0 included); fixtures are imported before the first request is served.
     */
    public static FlowServer start(ServerSettings settings, Clock clock, PrintStream out) {
        RestSettings rest = restSettings(settings);
        OpenStore store = OpenStore.open(settings);
        JettyCamsServer.Binding binding = null;
        try {
            binding = JettyCamsServer.bind(rest, settings.host(), settings.port());
            int port = binding.port();
            URI links = settings.publicBaseUrl().orElseGet(() -> OwnAddress.baseUrl(settings.host(), port));
            FlowhexApplication app = application(settings, store, clock, links);
            StartupReport report = new StartupReport(out);
            report.store(store.description());
            if (settings.fixtures().isPresent()) {
                FixtureImporter.Summary summary = new FixtureImporter(app.provision(), settings.fixtureConflicts())
                        .importFile(settings.fixtures().get());
                report.fixtures(settings.fixtures().get(), summary);
            } else if (settings.demoData()) {
                report.demo(DemoData.ensure(app.provision()));
            }
            JettyCamsServer http = binding.serve(handler(app, rest));
            report.links(links);
            report.listening(settings.host(), http.port());
            LOG.info("flow-server started on {}:{} with store {}, call quota {}", settings.host(), http.port(),
                    settings.store(), settings.quota());
            return new FlowServer(settings, store, app, http);
        } catch (RuntimeException e) {
            if (binding != null) {
                binding.close();
            }
            closeQuietly(store);
            throw e;
        }
    }

    private static FlowhexApplication application(ServerSettings settings, OpenStore store, Clock clock,
            URI links) {
        FlowhexApplication.Builder builder = FlowhexApplication.custom()
                .stores(store.stores())
                .clock(clock)
                .defaultQps(settings.defaultQps())
                // one base and one key for both kinds of link: this server issues them and serves them
                .previewBaseUrl(links)
                .flowJsonSource(new HttpFlowJsonSource(settings.assetFetch()))
                .editPublishedRule(settings.editPublished())
                .publishableVersions(settings.publishableVersions());
        // without a key the builder takes the store's (kept in the database; random per start in memory)
        settings.linkSigningKey().ifPresent(builder::previewSigningKey);
        // without a shared quota the builder counts calls in this process
        store.sharedQuota().ifPresent(builder::callQuota);
        return builder.build();
    }

    private static RestSettings restSettings(ServerSettings settings) {
        try {
            return RestSettings.custom()
                    .trustedProxies(settings.trustedProxies())
                    .maxThreads(settings.maxThreads())
                    .hostId("cams." + settings.regionId() + ".aliyuncs.com")
                    .build();
        } catch (IllegalArgumentException e) {
            throw SettingsException.invalid(Setting.TRUSTED_PROXIES, "must be IP addresses or CIDR blocks");
        }
    }

    private static CamsRpcHandler handler(FlowhexApplication app, RestSettings rest) {
        ActionRoutes actions = ActionRoutes.allOf(FlowPorts.of(app));
        LinkRoutes links = LinkRoutes.custom().flowJsonDownloads(app.downloadFlowJson())
                .previewPages(app.previewPage()).build();
        return new CamsRpcHandler(app.authenticate(), actions, links, app.health(), rest);
    }

    public int port() {
        return http.port();
    }

    public String host() {
        return settings.host();
    }

    public FlowhexApplication application() {
        return application;
    }

    public FlowhexStores stores() {
        return store.stores();
    }

    /** Graceful: no new connections, in-flight requests finish within the shutdown timeout, pool closed. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        LOG.info("flow-server stopping; in-flight requests have {} ms to finish", settings.shutdownTimeout().toMillis());
        try {
            http.stop(settings.shutdownTimeout());
        } finally {
            closeQuietly(store);
        }
        LOG.info("flow-server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("closing the store failed: {}", e.getClass().getSimpleName());
        }
    }
}
