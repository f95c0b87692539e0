package io.flowhex.bootstrap.server;

import io.flowhex.adapter.http.HttpFlowJsonSource;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.FlowPorts;
import io.flowhex.adapter.rest.HostRoute;
import io.flowhex.adapter.rest.LinkRoutes;
import io.flowhex.adapter.rest.OwnAddress;
import io.flowhex.adapter.rest.ProbeRoutes;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.bootstrap.admin.AdminRoute;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.config.Setting;
import io.flowhex.bootstrap.config.SettingsException;
import io.flowhex.bootstrap.fixtures.FixtureImporter;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final ServerMetrics metrics;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private FlowServer(ServerSettings settings, OpenStore store, FlowhexApplication application, JettyCamsServer http,
            ServerMetrics metrics) {
        this.settings = settings;
        this.store = store;
        this.application = application;
        this.http = http;
        this.metrics = metrics;
    }

    /**
     * Starts everything and prints what a person needs to call it; any failure closes what was opened.
     * The port is bound first: a port in use stops the start before anything is printed or created
     * (no data directory, no demo secret), and the links the application issues carry the address it
     * serves on (port 0 included). Fixtures are imported before the first request is served.
     *
     * @throws StartException when the port is in use or the database cannot be used, naming the cause
     */
    public static FlowServer start(ServerSettings settings, Clock clock, PrintStream out) {
        RestSettings rest = restSettings(settings);
        JettyCamsServer.Binding binding = Listening.bind(rest, settings.host(), settings.port());
        ServerMetrics metrics = ServerMetrics.create();
        OpenStore store;
        try {
            store = OpenStore.open(settings, metrics.registry());
        } catch (RuntimeException e) {
            metrics.close();
            binding.close();
            throw e;
        }
        try {
            int port = binding.port();
            URI links = settings.publicBaseUrl().orElseGet(() -> OwnAddress.baseUrl(settings.host(), port));
            FlowhexApplication app = application(settings, store, clock, links, metrics);
            StartupReport report = new StartupReport(out);
            report.store(store.description());
            store.sharedJdbcUrl().ifPresent(report::otherInstances);
            if (settings.fixtures().isPresent()) {
                FixtureImporter.Summary summary = new FixtureImporter(app.provision(), settings.fixtureConflicts())
                        .importFile(settings.fixtures().get());
                report.fixtures(settings.fixtures().get(), summary);
            } else if (settings.demoData()) {
                report.demo(DemoData.ensure(app.provision()));
            }
            JettyCamsServer http = binding.serve(handler(app, rest, metrics, settings));
            report.admin(settings.adminToken().isPresent());
            report.links(links);
            report.listening(settings.host(), http.port());
            LOG.info("flow-server started on {}:{} with store {}, call quota {}", settings.host(), http.port(),
                    store.description(), settings.quota());
            return new FlowServer(settings, store, app, http, metrics);
        } catch (RuntimeException e) {
            binding.close();
            closeQuietly(store);
            metrics.close();
            throw e;
        }
    }

    private static FlowhexApplication application(ServerSettings settings, OpenStore store, Clock clock,
            URI links, ServerMetrics metrics) {
        FlowhexApplication.Builder builder = FlowhexApplication.custom()
                .stores(store.stores())
                .metrics(metrics.flowMetrics())
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

    private static CamsRpcHandler handler(FlowhexApplication app, RestSettings rest, ServerMetrics metrics,
            ServerSettings settings) {
        ActionRoutes actions = ActionRoutes.allOf(FlowPorts.of(app));
        LinkRoutes links = LinkRoutes.custom().flowJsonDownloads(app.downloadFlowJson())
                .previewPages(app.previewPage()).build();
        List<HostRoute> operator = new ArrayList<>(
                List.of(metrics.route(), ProbeRoutes.liveness(), ProbeRoutes.readiness(app.health())));
        // the admin API exists only with a token: without one, /admin is an unknown path like any other
        settings.adminToken().ifPresent(token -> operator.add(
                AdminRoute.of(token, app, settings.fixtureConflicts(), rest.hostId())));
        return new CamsRpcHandler(app.authenticate(), actions, links, app.health(), rest, operator,
                metrics.requestObserver());
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
            metrics.close();
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
