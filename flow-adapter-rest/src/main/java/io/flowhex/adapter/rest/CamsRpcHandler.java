package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.AuthenticateUseCase;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.CamsException;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.CheckHealthUseCase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CAMS RPC endpoint as a plain function from {@link CamsHttpRequest} to {@link CamsHttpResponse}:
 * {@code GET|POST /} serves the actions of its {@link ActionRoutes} (API 2020-06-06, ACS3 or V1
 * signature), {@code GET /health} says whether the stores answer, and {@code GET /flows/<FlowId>/…}
 * serves the links of its {@link LinkRoutes} (no CAMS signature: the link's token is the credential);
 * its {@link HostRoute}s answer the operator's paths (metrics, probes, admin).
 * Every error is a 4xx/5xx JSON body; nothing here throws. Thread-safe.
 *
 * <p>Order of checks: sizes (431, 413); path (404 {@code InvalidAction.NotFound}); parameters
 * (415, encoding, count, repeats); a signature present ({@code MissingSignature}); version, then the
 * action looked up in the table (404 for one not served, before anything is authenticated);
 * {@code Format}; the scheme's own shape (ACS3: algorithm, Authorization parts, signed headers, body
 * hash; V1: method, version, common parameters); then the application verifies the signature, which
 * records nothing; then the action's own parameters; then its use case, whose gate takes the quota,
 * records the nonce and checks subscription and RAM. ADR 0002 has the table.
 */
public final class CamsRpcHandler {

    public static final String API_VERSION = "2020-06-06";
    private static final Logger LOG = LoggerFactory.getLogger(CamsRpcHandler.class);
    private static final Acs3Reader ACS3 = new Acs3Reader();
    private static final V1Reader V1 = new V1Reader();

    private final AuthenticateUseCase authenticate;
    private final ActionRoutes routes;
    private final LinkRoutes links;
    private final CheckHealthUseCase health;
    private final List<HostRoute> hostRoutes;
    private final RestSettings settings;
    private final ClientAddressResolver clientAddresses;
    private final ResponseWriter responses;
    private final RequestObserver observer;

    public CamsRpcHandler(AuthenticateUseCase authenticate, ActionRoutes routes, CheckHealthUseCase health,
            RestSettings settings) {
        this(authenticate, routes, LinkRoutes.none(), health, settings);
    }

    public CamsRpcHandler(AuthenticateUseCase authenticate, ActionRoutes routes, LinkRoutes links,
            CheckHealthUseCase health, RestSettings settings) {
        this(authenticate, routes, links, health, settings, List.of());
    }

    /**
     * With {@code hostRoutes}: operator paths (metrics, probes, an admin API) answered before the links
     * and the CAMS endpoint, in this order; see {@link HostRoute}.
     */
    public CamsRpcHandler(AuthenticateUseCase authenticate, ActionRoutes routes, LinkRoutes links,
            CheckHealthUseCase health, RestSettings settings, List<HostRoute> hostRoutes) {
        this(authenticate, routes, links, health, settings, hostRoutes, RequestObserver.none());
    }

    /** With {@code observer}: told of every answered request, for an HTTP request timer; see {@link RequestObserver}. */
    public CamsRpcHandler(AuthenticateUseCase authenticate, ActionRoutes routes, LinkRoutes links,
            CheckHealthUseCase health, RestSettings settings, List<HostRoute> hostRoutes, RequestObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
        this.hostRoutes = List.copyOf(Objects.requireNonNull(hostRoutes, "hostRoutes"));
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.links = Objects.requireNonNull(links, "links");
        this.health = Objects.requireNonNull(health, "health");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clientAddresses = new ClientAddressResolver(settings.trustedProxies());
        this.responses = new ResponseWriter(settings.hostId());
    }

    public RestSettings settings() {
        return settings;
    }

    /** Answers one request. Never throws: an unexpected failure is logged and becomes 500 InternalError. */
    public CamsHttpResponse handle(CamsHttpRequest request) {
        String requestId = RequestIds.next();
        AccessLog.Entry log = new AccessLog.Entry();
        ErrorReply error;
        try {
            CamsHttpResponse answer = dispatch(request, requestId, log);
            String code = answer.status() / 100 == 2 ? "OK" : "-";
            log.write(requestId, code, answer.status());
            observe(log, code, answer.status());
            return answer;
        } catch (RejectedRequest e) {
            error = e.reply();
        } catch (CamsException e) {
            error = ErrorReply.of(e);
        } catch (RuntimeException e) {
            // the class name only: a message or stack trace could carry request data into the log
            LOG.error("request {} failed unexpectedly: {}", requestId, e.getClass().getName());
            error = ErrorReply.of(Rejection.INTERNAL_ERROR);
        }
        log.write(requestId, error.code(), error.status());
        observe(log, error.code(), error.status());
        return responses.error(requestId, error);
    }

    private void observe(AccessLog.Entry log, String code, int status) {
        observer.requestAnswered(log.observedAction(), code, status, Duration.ofNanos(System.nanoTime() - log.startNanos()));
    }

    /**
     * The JSON error for a fault the HTTP host detected itself (a header too large for its parser, a
     * body over the limit, a read timeout), so that even those answers are CAMS-shaped.
     */
    public CamsHttpResponse errorResponse(int httpStatus) {
        String requestId = RequestIds.next();
        ErrorReply reply = HostErrors.replyFor(httpStatus);
        // the host refused the request before the handler saw it; it still gets its one access line
        AccessLog.Entry log = new AccessLog.Entry();
        log.write(requestId, reply.code(), reply.status());
        observe(log, reply.code(), reply.status());
        return responses.error(requestId, reply);
    }

    private CamsHttpResponse dispatch(CamsHttpRequest request, String requestId, AccessLog.Entry log) {
        RequestLimits.check(request, settings);
        String path = request.path();
        String method = request.method();
        if (path.equals("/health") && method.equals("GET")) {
            log.knownAction("health");
            return ResponseWriter.health(isHealthy());
        }
        for (HostRoute route : hostRoutes) {
            if (route.matches(request)) {
                log.knownAction(route.name());
                return route.serve(request, requestId);
            }
        }
        Optional<CamsHttpResponse> link = links.serve(request, requestId, log);
        if (link.isPresent()) {
            return link.get();
        }
        if (!path.equals("/") || !(method.equals("GET") || method.equals("POST"))) {
            throw RejectedRequest.of(Rejection.INVALID_ACTION);
        }
        return serve(request, requestId, log);
    }

    private CamsHttpResponse serve(CamsHttpRequest request, String requestId, AccessLog.Entry log) {
        RequestParameters parameters = RequestParameters.read(request, settings.maxParameters());
        SignatureReader reader = readerFor(request, parameters);
        String action = reader.action(request, parameters);
        log.action(action);
        ActionRoute<?, ?> route = route(reader.version(request, parameters), action);
        log.knownAction(route.action().wireName());
        String format = parameters.value("Format");
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw RejectedRequest.invalid("Format");
        }
        Caller caller = authenticate.authenticate(reader.read(request, parameters));
        log.account(caller.principal().account().value());
        ClientAddressResolver.ClientAddress client = clientAddresses.resolve(request);
        CallContext context = CallContext.of(caller, client.sourceIp(), client.secure());
        return route.serve(parameters, caller.principal(), context, requestId, responses);
    }

    static SignatureReader readerFor(CamsHttpRequest request, RequestParameters parameters) {
        if (request.singleHeader("authorization") != null) {
            return ACS3;
        }
        if (parameters.value(V1Reader.SIGNATURE) != null) {
            return V1;
        }
        throw RejectedRequest.missing(V1Reader.SIGNATURE);
    }

    private ActionRoute<?, ?> route(String version, String action) {
        if (version == null || version.isEmpty()) {
            throw RejectedRequest.missing("Version");
        }
        if (!version.equals(API_VERSION)) {
            throw RejectedRequest.of(Rejection.INVALID_VERSION);
        }
        if (action == null) {
            throw RejectedRequest.of(Rejection.INVALID_ACTION);
        }
        return routes.find(action).orElseThrow(() -> RejectedRequest.of(Rejection.INVALID_ACTION));
    }

    private boolean isHealthy() {
        try {
            return health.isHealthy();
        } catch (RuntimeException e) {
            LOG.warn("health check failed: {}", e.toString());
            return false;
        }
    }
}
