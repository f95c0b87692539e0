package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.adapter.rest.client.ParameterPlacement;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.testkit.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("GetFlow through the handler and the real application")
class GetFlowOverHandlerTest {

    private final RestWorld server = new RestWorld();

    private CamsHttpResponse getFlow(Map<String, String> parameters) {
        return server.call(SignatureScheme.ACS3_HMAC_SHA256, RpcCall.getFlow(parameters));
    }

    @ParameterizedTest(name = "{0}, parameters in the {1}")
    @DisplayName("answers 200 with every Data field, in either scheme and placement")
    @org.junit.jupiter.params.provider.CsvSource({"ACS3_HMAC_SHA256,QUERY", "ACS3_HMAC_SHA256,FORM_BODY",
            "V1_HMAC_SHA1,QUERY", "V1_HMAC_SHA1,FORM_BODY"})
    void success(SignatureScheme scheme, ParameterPlacement placement) {
        Instant expiry = server.world.clock.instant().plus(Duration.ofDays(2));
        Flow flow = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space)
                .name("Sign-up flow ✓").categories(FlowCategory.SIGN_UP, FlowCategory.SURVEY).status(FlowStatus.PUBLISHED)
                .versions("2.1", "3.0").endpoint("https://example.com/data").preview("https://example.com/p", expiry).build());

        CamsHttpResponse response = server.call(scheme,
                RpcCall.getFlow(Map.of("FlowId", flow.id().value())).withPlacement(placement));

        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Type", "application/json;charset=utf-8");
        JsonNode body = ResponseAssertions.json(response);
        assertThat(body.path("RequestId").asText()).matches(ResponseAssertions.REQUEST_ID)
                .isEqualTo(response.headers().get("x-acs-request-id"));
        assertThat(body.path("Code").asText()).isEqualTo("OK");
        // as the documented GetFlow success body has it
        assertThat(body.path("Message").asText()).isEqualTo("None");
        JsonNode data = body.path("Data");
        assertThat(data.path("FlowId").asText()).isEqualTo(flow.id().value());
        assertThat(data.path("FlowName").asText()).isEqualTo("Sign-up flow ✓");
        assertThat(data.path("Categories").toString()).isEqualTo("[\"SIGN_UP\",\"SURVEY\"]");
        assertThat(data.path("Status").asText()).isEqualTo("PUBLISHED");
        assertThat(data.path("JSONVersion").asText()).isEqualTo("2.1");
        assertThat(data.path("DataApiVersion").asText()).isEqualTo("3.0");
        assertThat(data.path("EndpointUri").asText()).isEqualTo("https://example.com/data");
        assertThat(data.path("PreviewUrl").asText()).isEqualTo("https://example.com/p");
        assertThat(data.path("PreviewUrlExpires").isIntegralNumber()).isTrue();
        assertThat(data.path("PreviewUrlExpires").asLong()).isEqualTo(expiry.toEpochMilli());
    }

    @Test
    @DisplayName("leaves EndpointUri out when the flow has none, and issues a preview when it has none")
    void noEndpoint() {
        Flow flow = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space).endpoint(null).noPreview().build());

        JsonNode data = ResponseAssertions.json(getFlow(Map.of("FlowId", flow.id().value()))).path("Data");

        assertThat(data.has("EndpointUri")).isFalse();
        assertThat(data.path("PreviewUrl").asText()).startsWith("https://");
        assertThat(data.path("PreviewUrlExpires").asLong()).isGreaterThan(server.world.clock.millis());
    }

    @Test
    @DisplayName("leaves JSONVersion and DataApiVersion out when the flow has no Flow JSON yet")
    void noVersions() {
        Flow flow = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space).noVersions().build());

        JsonNode data = ResponseAssertions.json(getFlow(Map.of("FlowId", flow.id().value()))).path("Data");

        assertThat(data.path("FlowId").asText()).isEqualTo(flow.id().value());
        assertThat(data.has("JSONVersion")).isFalse();
        assertThat(data.has("DataApiVersion")).isFalse();
    }

    @Test
    @DisplayName("treats an empty CustSpaceId as none, and checks a given one")
    void custSpaceId() {
        String id = server.flow.id().value();

        assertThat(getFlow(Map.of("FlowId", id, "CustSpaceId", "")).status()).isEqualTo(200);
        assertThat(getFlow(Map.of("FlowId", id, "CustSpaceId", server.tenant.space.value())).status()).isEqualTo(200);
        assertError(getFlow(Map.of("FlowId", id, "CustSpaceId", server.tenant.otherSpace.value())), 400,
                "Unknown.ResourceOwnerId");
        assertError(getFlow(Map.of("FlowId", id, "CustSpaceId", "has space")), 400, "InvalidCustSpaceId");
    }

    @Test
    @DisplayName("answers MissingFlowId when FlowId is absent or empty, InvalidFlowId when it is not digits")
    void flowIdChecks() {
        assertError(getFlow(Map.of()), 400, "MissingFlowId");
        assertError(getFlow(Map.of("FlowId", "")), 400, "MissingFlowId");
        assertError(getFlow(Map.of("FlowId", "12a")), 400, "InvalidFlowId");
        assertError(getFlow(Map.of("FlowId", "1".repeat(65))), 400, "InvalidFlowId");
    }

    @Test
    @DisplayName("answers Unknown.ResourceOwnerId for a flow that does not exist")
    void unknownFlow() {
        assertError(getFlow(Map.of("FlowId", "999999999999")), 400, "Unknown.ResourceOwnerId");
    }

    @Test
    @DisplayName("answers Ram.PermissionDeny with its AccessDeniedDetail to a RAM user without a policy")
    void permissionDenied() {
        RamUser user = server.tenant.user();
        CamsHttpResponse response = server.handler.handle(server.signer(server.tenant.key(user))
                .sign(SignatureScheme.ACS3_HMAC_SHA256, RestWorld.ENDPOINT, server.getOwnFlow())
                .toCamsHttpRequest("127.0.0.1"));

        JsonNode detail = assertError(response, 400, "Ram.PermissionDeny").path("AccessDeniedDetail");

        assertThat(detail.path("AuthAction").asText()).isEqualTo("cams:GetFlow");
        assertThat(detail.path("AuthPrincipalDisplayName").asText()).isEqualTo(user.name().value());
        assertThat(detail.path("AuthPrincipalOwnerId").asText()).isEqualTo(server.tenant.id.value());
        for (String field : new String[] {"AuthPrincipalType", "NoPermissionType", "PolicyType", "EncodedDiagnosticMessage"}) {
            assertThat(detail.path(field).isTextual()).as(field).isTrue();
        }
    }

    @Test
    @DisplayName("answers Product.Unsubscript, InvalidAccessKeyId.Inactive and System.LimitControl")
    void accountStates() {
        server.tenant.unsubscribe();
        assertError(server.call(SignatureScheme.V1_HMAC_SHA1, server.getOwnFlow()), 400, "Product.Unsubscript");

        server.world.app.provision().setAccessKeyStatus(server.rootKey.id(), AccessKeyStatus.INACTIVE);
        assertError(server.call(SignatureScheme.V1_HMAC_SHA1, server.getOwnFlow()), 400, "InvalidAccessKeyId.Inactive");

        RestWorld limited = new RestWorld();
        limited.world.app.provision().saveAccount(Fixtures.account(limited.tenant.id, limited.tenant.space).withQps(1));
        assertThat(limited.call(SignatureScheme.ACS3_HMAC_SHA256, limited.getOwnFlow()).status()).isEqualTo(200);
        assertError(limited.call(SignatureScheme.ACS3_HMAC_SHA256, limited.getOwnFlow()), 400, "System.LimitControl");
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    @DisplayName("answers InvalidAccessKeyId.NotFound to an unknown key")
    void unknownKey(SignatureScheme scheme) {
        CamsHttpResponse response = server.handler.handle(io.flowhex.adapter.rest.client.CamsRequestSigner
                .of("LTAIunknown", "secret", server.world.clock, () -> "n1")
                .sign(scheme, RestWorld.ENDPOINT, server.getOwnFlow()).toCamsHttpRequest("127.0.0.1"));

        assertError(response, 404, "InvalidAccessKeyId.NotFound");
    }
}
