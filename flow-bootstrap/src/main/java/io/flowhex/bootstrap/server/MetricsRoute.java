package io.flowhex.bootstrap.server;

import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.adapter.rest.HostRoute;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the registry's scrape in Prometheus's text exposition format (version 0.0.4),
 * unauthenticated like any scrape target; it carries no account, key, FlowId or secret, only bounded tags.
 */
final class MetricsRoute implements HostRoute {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<String> scrape;

    MetricsRoute(Supplier<String> scrape) {
        this.scrape = scrape;
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public boolean matches(CamsHttpRequest request) {
        return request.path().equals("/metrics") && request.method().equals("GET");
    }

    @Override
    public CamsHttpResponse serve(CamsHttpRequest request, String requestId) {
        return new CamsHttpResponse(200, Map.of("Content-Type", CONTENT_TYPE, "Cache-Control", "no-store"),
                scrape.get().getBytes(StandardCharsets.UTF_8));
    }
}
