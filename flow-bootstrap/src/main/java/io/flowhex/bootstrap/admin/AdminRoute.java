package io.flowhex.bootstrap.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.adapter.rest.HostRoute;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.bootstrap.config.AdminToken;
import io.flowhex.bootstrap.config.FixtureConflicts;
import io.flowhex.bootstrap.fixtures.FixtureImporter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin API under {@code /admin}, answered before the CAMS endpoint (a {@link HostRoute}).
 * Checks in this order, each refusal a CAMS-shaped JSON error with a RequestId and nothing changed:
 * a query string (400: the token belongs in a header, and a URL is logged by proxies; the query is
 * never read, let alone logged), the bearer token (401, one answer for missing, malformed and wrong),
 * the path (404) and method (405), then the body. The request limits of the CAMS endpoint (body and
 * header sizes) apply before any of this.
 */
public final class AdminRoute implements HostRoute {

    static final String PREFIX = "/admin";
    private static final String BEARER = "bearer ";
    private static final ObjectMapper STRICT_JSON =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** One endpoint: its method, its path (groups are the path's ids) and what it does. */
    private record Endpoint(String method, Pattern path, BiFunction<Matcher, CamsHttpRequest, ObjectNode> action) {
    }

    private final AdminToken token;
    private final AdminReplies replies;
    private final List<Endpoint> endpoints;

    private AdminRoute(AdminToken token, AdminOperations operations, String hostId) {
        this.token = Objects.requireNonNull(token, "token");
        this.replies = new AdminReplies(hostId);
        this.endpoints = List.of(
                new Endpoint("POST", Pattern.compile("/admin/fixtures"),
                        (path, request) -> operations.importFixtures(request.body())),
                new Endpoint("POST", Pattern.compile("/admin/reset"), (path, request) -> operations.resetAll()),
                new Endpoint("POST", Pattern.compile("/admin/accounts/([^/]+)/reset"),
                        (path, request) -> operations.resetAccount(path.group(1))),
                new Endpoint("PUT", Pattern.compile("/admin/flows/([^/]+)/status"),
                        (path, request) -> operations.setFlowStatus(path.group(1), status(request))),
                new Endpoint("GET", Pattern.compile("/admin/summary"), (path, request) -> operations.summary()));
    }

    /**
     * The admin API of {@code app}: fixtures imported with {@code onConflict} (the server's own
     * {@code --fixture-conflicts}), errors carrying {@code hostId} as the CAMS endpoint's do.
     */
    public static AdminRoute of(AdminToken token, FlowhexApplication app, FixtureConflicts onConflict, String hostId) {
        AdminOperations operations = new AdminOperations(new FixtureImporter(app.provision(), onConflict),
                app.resetState(), app.summarizeState(), app.provision());
        return new AdminRoute(token, operations, hostId);
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public boolean matches(CamsHttpRequest request) {
        String path = request.path();
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    @Override
    public CamsHttpResponse serve(CamsHttpRequest request, String requestId) {
        try {
            return replies.success(requestId, dispatch(request));
        } catch (AdminError e) {
            return replies.error(requestId, e);
        }
    }

    private ObjectNode dispatch(CamsHttpRequest request) {
        if (!request.rawQuery().isEmpty()) {
            throw AdminError.badRequest("Admin.QueryStringRefused",
                    "The admin API takes no query string; send the token in the Authorization header.");
        }
        if (!authorized(request)) {
            throw AdminError.unauthorized();
        }
        List<Endpoint> onPath = endpoints.stream().filter(e -> e.path().matcher(request.path()).matches()).toList();
        if (onPath.isEmpty()) {
            throw new AdminError(404, "Admin.NotFound", "No admin endpoint has this path.");
        }
        for (Endpoint endpoint : onPath) {
            if (endpoint.method().equals(request.method())) {
                Matcher path = endpoint.path().matcher(request.path());
                path.matches();
                return endpoint.action().apply(path, request);
            }
        }
        String allowed = onPath.stream().map(Endpoint::method).collect(Collectors.joining(", "));
        throw new AdminError(405, "Admin.MethodNotAllowed", "This admin endpoint takes " + allowed + ".",
                Map.of("Allow", allowed));
    }

    /** Exactly one Authorization header, scheme Bearer (any case), and the token. */
    private boolean authorized(CamsHttpRequest request) {
        List<String> values = request.headerValues("authorization");
        if (values.size() != 1) {
            return false;
        }
        String value = values.get(0);
        if (value.length() <= BEARER.length() || !value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return false;
        }
        return token.matches(value.substring(BEARER.length()).strip());
    }

    /** The body of a status change: {@code {"Status": "THROTTLED"}}. */
    private static String status(CamsHttpRequest request) {
        JsonNode body;
        try {
            body = STRICT_JSON.readTree(request.body());
        } catch (IOException e) {
            throw AdminError.badRequest("Admin.MalformedJson", "The request body is not valid JSON.");
        }
        if (body == null || !body.isObject()) {
            throw AdminError.badRequest("Admin.MalformedJson", "The request body must be a JSON object.");
        }
        JsonNode status = body.get("Status");
        if (status == null || !status.isTextual() || body.size() != 1) {
            throw AdminError.badRequest("Admin.InvalidStatus", "The body must be {\"Status\": \"THROTTLED\"} or another status.");
        }
        return status.asText();
    }
}
