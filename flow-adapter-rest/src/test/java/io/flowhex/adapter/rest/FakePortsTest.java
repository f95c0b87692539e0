package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.AuthenticateUseCase;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.MutableClock;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("the handler over hand-written fakes of the driving ports")
class FakePortsTest {

    private static final AuthenticateUseCase ANYONE = request ->
            new Caller(new RootPrincipal(new AccountId("1234")), new AccessKeyId(request.accessKeyId()));
    private static final ActionRoutes NO_FLOWS = ActionRoutes.custom().getFlow(q -> null).build();

    private static CamsHttpRequest signedGetFlow(String remoteAddress, String... extraHeaders) {
        CamsHttpRequest request = CamsRequestSigner.of("LTAIfake", "secret", MutableClock.atDefaultStart(), () -> "n")
                .sign(io.flowhex.application.port.in.SignatureScheme.ACS3_HMAC_SHA256, URI.create("http://h:1"),
                        RpcCall.getFlow(Map.of("FlowId", "42")))
                .toCamsHttpRequest(remoteAddress);
        CamsHttpRequest.Builder copy = CamsHttpRequest.builder(request.method(), request.path())
                .rawQuery(request.rawQuery()).remoteAddress(remoteAddress);
        request.headers().forEach((name, values) -> values.forEach(v -> copy.header(name, v)));
        for (int i = 0; i < extraHeaders.length; i += 2) {
            copy.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return copy.build();
    }

    private static CamsRpcHandler handler(GetFlowUseCase getFlow, RestSettings settings) {
        return new CamsRpcHandler(ANYONE, ActionRoutes.custom().getFlow(getFlow).build(), () -> true, settings);
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = {"LIMIT_CONTROL", "PRODUCT_UNSUBSCRIBED", "RESOURCE_NOT_OWNED"})
    @DisplayName("maps each CAMS error of GetFlow to 400 with its code")
    void camsErrors(ErrorCode code) {
        CamsHttpResponse response = handler(q -> {
            throw new FlowApiException(code);
        }, RestSettings.ofDefaults()).handle(signedGetFlow("127.0.0.1"));

        assertError(response, 400, code.code(null));
    }

    @Test
    @DisplayName("maps ServiceUnavailable to 503")
    void unavailable() {
        assertError(handler(q -> {
            throw new FlowApiException(ErrorCode.SERVICE_UNAVAILABLE);
        }, RestSettings.ofDefaults()).handle(signedGetFlow("127.0.0.1")), 503, "ServiceUnavailable");
    }

    @Test
    @DisplayName("turns an unexpected exception into 500 InternalError without its message or stack trace")
    void unexpected() {
        CamsHttpResponse response = handler(q -> {
            throw new IllegalStateException("secret-detail-xyz");
        }, RestSettings.ofDefaults()).handle(signedGetFlow("127.0.0.1"));

        assertError(response, 500, "InternalError");
        assertThat(response.bodyText()).doesNotContain("secret-detail-xyz", "IllegalState");
    }

    @Test
    @DisplayName("an authenticator failing unexpectedly also becomes 500 InternalError")
    void authenticatorFails() {
        CamsRpcHandler handler = new CamsRpcHandler(r -> {
            throw new NullPointerException();
        }, NO_FLOWS, () -> true, RestSettings.ofDefaults());

        assertError(handler.handle(signedGetFlow("127.0.0.1")), 500, "InternalError");
    }

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For {1}, proto {2} → {3}, secure {4}")
    @CsvSource({
        "203.0.113.7, '', '', 203.0.113.7, false",
        "203.0.113.7, 198.51.100.1, https, 203.0.113.7, false",
        "10.0.0.5, 198.51.100.1, https, 198.51.100.1, true",
        "10.0.0.5, '198.51.100.1, 10.0.0.9', http, 198.51.100.1, false",
        "10.0.0.5, '192.0.2.1, 198.51.100.1, 10.0.0.9', https, 198.51.100.1, true",
        "10.0.0.5, 'not-an-ip, 10.0.0.9', https, 10.0.0.9, true",
        "10.0.0.5, '', '', 10.0.0.5, false",
        "::1, '', '', 0:0:0:0:0:0:0:1, false",
        "fd00::7, 2001:db8::1, https, 2001:db8:0:0:0:0:0:1, true"})
    @DisplayName("passes acs:SourceIp from the peer, or from X-Forwarded-For only through trusted proxies")
    void callContext(String peer, String forwardedFor, String proto, String expectedIp, boolean expectedSecure) {
        AtomicReference<GetFlowQuery> seen = new AtomicReference<>();
        RestSettings settings = RestSettings.custom().trustedProxies(List.of("10.0.0.0/8", "fd00::/8")).build();
        CamsRpcHandler handler = handler(q -> {
            seen.set(q);
            throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
        }, settings);

        handler.handle(signedGetFlow(peer, "X-Forwarded-For", forwardedFor, "X-Forwarded-Proto", proto));

        CallContext context = seen.get().context();
        assertThat(context.sourceIp()).contains(expectedIp);
        assertThat(context.secureTransport()).isEqualTo(expectedSecure);
        assertThat(context.accessKeyId().value()).isEqualTo("LTAIfake");
    }

    @Test
    @DisplayName("passes no acs:SourceIp when the peer address is unknown, and the TLS flag of the connection")
    void unknownPeer() {
        AtomicReference<GetFlowQuery> seen = new AtomicReference<>();
        CamsRpcHandler handler = handler(q -> {
            seen.set(q);
            throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
        }, RestSettings.ofDefaults());
        CamsHttpRequest request = signedGetFlow("");
        CamsHttpRequest.Builder secure = CamsHttpRequest.builder("POST", "/").rawQuery(request.rawQuery()).secure(true);
        request.headers().forEach((name, values) -> values.forEach(v -> secure.header(name, v)));

        handler.handle(secure.build());

        assertThat(seen.get().context().sourceIp()).isEmpty();
        assertThat(seen.get().context().secureTransport()).isTrue();
    }

    @Test
    @DisplayName("GET /health answers 200 UP or 503 DOWN and nothing else; a failing check is DOWN")
    void health() {
        CamsHttpRequest request = CamsHttpRequest.builder("GET", "/health").build();
        CamsRpcHandler up = new CamsRpcHandler(ANYONE, NO_FLOWS, () -> true, RestSettings.ofDefaults());
        CamsRpcHandler down = new CamsRpcHandler(ANYONE, NO_FLOWS, () -> false, RestSettings.ofDefaults());
        CamsRpcHandler broken = new CamsRpcHandler(ANYONE, NO_FLOWS, () -> {
            throw new IllegalStateException("x");
        }, RestSettings.ofDefaults());

        assertThat(up.handle(request).status()).isEqualTo(200);
        assertThat(up.handle(request).bodyText()).isEqualTo("{\"Status\":\"UP\"}");
        assertThat(down.handle(request).status()).isEqualTo(503);
        assertThat(down.handle(request).bodyText()).isEqualTo("{\"Status\":\"DOWN\"}");
        assertThat(broken.handle(request).status()).isEqualTo(503);
        assertThat(up.handle(request).headers()).containsEntry("Content-Type", "application/json;charset=utf-8");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({"400, 400, BadRequest", "404, 404, InvalidAction.NotFound", "408, 408, RequestTimeout",
        "413, 413, RequestEntityTooLarge", "414, 414, RequestHeaderFieldsTooLarge", "431, 431, RequestHeaderFieldsTooLarge",
        "415, 415, UnsupportedMediaType", "505, 400, BadRequest", "500, 500, InternalError", "503, 503, ServiceUnavailable"})
    @DisplayName("gives a host-detected error its CAMS-shaped JSON body")
    void hostErrors(int hostStatus, int status, String code) {
        assertError(handler(q -> null, RestSettings.ofDefaults()).errorResponse(hostStatus), status, code);
    }
}
