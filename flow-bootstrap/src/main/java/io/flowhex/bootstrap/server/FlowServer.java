package io.flowhex.bootstrap.server;

import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.config.Setting;
import io.flowhex.bootstrap.config.SettingsException;
import io.flowhex.bootstrap.fixtures.FixtureImporter;
import java.io.PrintStream;
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

    /** Starts everything and prints what a person needs to call it; any failure closes what was opened. */
    public static FlowServer start(ServerSettings settings, Clock clock, PrintStream out) {
        OpenStore store = OpenStore.open(settings);
        try {
            FlowhexApplication app = application(settings, store.stores(), clock);
            StartupReport report = new StartupReport(out);
            report.store(store.description());
            if (settings.fixtures().isPresent()) {
                FixtureImporter.Summary summary = new FixtureImporter(app.provision(), settings.fixtureConflicts())
                        .importFile(settings.fixtures().get());
                report.fixtures(settings.fixtures().get(), summary);
            } else if (settings.demoData()) {
                report.demo(DemoData.ensure(app.provision()));
            }
            JettyCamsServer http = JettyCamsServer.start(handler(settings, app), settings.host(), settings.port());
            report.listening(settings.host(), http.port());
            LOG.info("flow-server started on {}:{} with store {}", settings.host(), http.port(), settings.store());
            return new FlowServer(settings, store, app, http);
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    private static FlowhexApplication application(ServerSettings settings, FlowhexStores stores, Clock clock) {
        FlowhexApplication.Builder builder = FlowhexApplication.builder()
                .stores(stores)
                .clock(clock)
                .defaultQps(settings.defaultQps())
                .previewBaseUrl(settings.previewBaseUrl());
        settings.previewSigningKey().ifPresent(builder::previewSigningKey);
        return builder.build();
    }

    private static CamsRpcHandler handler(ServerSettings settings, FlowhexApplication app) {
        RestSettings rest;
        try {
            rest = RestSettings.defaults().toBuilder()
                    .trustedProxies(settings.trustedProxies())
                    .maxThreads(settings.maxThreads())
                    .hostId("cams." + settings.regionId() + ".aliyuncs.com")
                    .build();
        } catch (IllegalArgumentException e) {
            throw SettingsException.invalid(Setting.TRUSTED_PROXIES, "must be IP addresses or CIDR blocks");
        }
        return new CamsRpcHandler(app.authenticate(), ActionRoutes.custom().getFlow(app.getFlow()).build(), app.health(), rest);
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
