package io.flowhex.adapter.rest.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.domain.account.AccessKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("unchanged official Alibaba Cloud SDK clients against the Jetty host")
class OfficialSdkInteropTest {

    @RegisterExtension
    static final InteropServer server = new InteropServer();

    private static SdkReply getFlow(CamsSdk sdk, AccessKey key, Map<String, String> parameters) throws SdkError {
        return getFlow(sdk, server.endpoint(), key, parameters);
    }

    private static SdkReply getFlow(CamsSdk sdk, String endpoint, AccessKey key, Map<String, String> parameters)
            throws SdkError {
        return sdk.call(endpoint, key.id().value(), key.secret().reveal(), "GetFlow", parameters);
    }

    private static Map<String, String> flowId(String id) {
        return Map.of("FlowId", id);
    }

    private static SdkError failure(CamsSdk sdk, AccessKey key, Map<String, String> parameters) {
        return catchThrowableOfType(SdkError.class, () -> getFlow(sdk, key, parameters));
    }

    private static void assertCode(SdkError error, String code) {
        assertThat(error).as("the SDK raised its error exception").isNotNull();
        assertThat(error.code).as(error.getMessage()).isEqualTo(code);
        assertThat(error.requestId).matches(Sdks.UUID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("reads every field of a successful GetFlow through its own parsing")
    void success(CamsSdk sdk) throws SdkError {
        SdkReply reply = getFlow(sdk, server.rootKey, flowId(server.flow.id().value()));

        assertThat(reply.requestId()).matches(Sdks.UUID);
        assertThat(reply.code()).isEqualTo("OK");
        assertThat(reply.data().flowId()).isEqualTo(server.flow.id().value());
        assertThat(reply.data().flowName()).isEqualTo("My flow *~+/é ✓");
        assertThat(reply.data().categories()).containsExactly("SIGN_UP", "APPOINTMENT_BOOKING");
        assertThat(reply.data().status()).isEqualTo("PUBLISHED");
        assertThat(reply.data().jsonVersion()).isEqualTo("2.1");
        assertThat(reply.data().dataApiVersion()).isEqualTo("3.0");
        assertThat(reply.data().endpointUri()).isEqualTo("https://example.com/data?x=1");
        assertThat(reply.data().previewUrl()).isEqualTo("https://example.com/preview");
        assertThat(reply.data().previewUrlExpires())
                .isEqualTo(server.world.clock.instant().plus(Duration.ofDays(20)).toEpochMilli());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("round-trips parameters with spaces, * ~ + / ! ' ( ), non-ASCII characters and empty values")
    void oddCharacters(CamsSdk sdk) throws SdkError {
        Map<String, String> odd = new LinkedHashMap<>();
        odd.put("FlowId", server.oddSpaceFlow.id().value());
        odd.put("CustSpaceId", InteropServer.ODD_SPACE);
        odd.put("FlowName", "My flow *~+/é 名字 & = ?");
        odd.put("OwnerId", "");

        assertThat(getFlow(sdk, server.oddSpaceKey, odd).data().flowId()).isEqualTo(server.oddSpaceFlow.id().value());

        Map<String, String> empty = new LinkedHashMap<>(flowId(server.flow.id().value()));
        empty.put("CustSpaceId", "");
        assertThat(getFlow(sdk, server.rootKey, empty).data().flowId()).isEqualTo(server.flow.id().value());

        for (String rejected : List.of("cams abc", "cams-é")) {
            Map<String, String> parameters = new LinkedHashMap<>(flowId(server.flow.id().value()));
            parameters.put("CustSpaceId", rejected);
            // the signature verified (else SignatureDoesNotMatch), then the value was refused
            assertCode(failure(sdk, server.rootKey, parameters), "InvalidCustSpaceId");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("raises MissingFlowId, InvalidAction.NotFound, Unknown.ResourceOwnerId")
    void requestErrors(CamsSdk sdk) {
        assertCode(failure(sdk, server.rootKey, Map.of("CustSpaceId", "cams-abc")), "MissingFlowId");
        assertCode(catchThrowableOfType(SdkError.class, () -> sdk.call(server.endpoint(), server.rootKey.id().value(),
                server.rootKey.secret().reveal(), "GetFlows", flowId("1"))), "InvalidAction.NotFound");
        assertCode(failure(sdk, server.rootKey, flowId("404404404")), "Unknown.ResourceOwnerId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("raises InvalidAccessKeyId.NotFound, InvalidAccessKeyId.Inactive and SignatureDoesNotMatch for a wrong secret")
    void keyErrors(CamsSdk sdk) {
        String id = server.flow.id().value();
        assertCode(catchThrowableOfType(SdkError.class,
                () -> sdk.call(server.endpoint(), "LTAIunknownKey", "secret", "GetFlow", flowId(id))),
                "InvalidAccessKeyId.NotFound");
        assertCode(failure(sdk, server.inactiveKey, flowId(id)), "InvalidAccessKeyId.Inactive");
        SdkError wrongSecret = catchThrowableOfType(SdkError.class, () -> sdk.call(server.endpoint(),
                server.rootKey.id().value(), server.rootKey.secret().reveal() + "x", "GetFlow", flowId(id)));
        assertCode(wrongSecret, "SignatureDoesNotMatch");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("raises SignatureDoesNotMatch for a request changed in flight, SignatureNonceUsed for a replayed one")
    void tamperedAndReplayed(CamsSdk sdk) throws Exception {
        String id = server.flow.id().value();
        Map<String, String> parameters = flowId(id);
        String changed = (id.charAt(0) == '9' ? "8" : "9") + id.substring(1);
        // the same length, so a Content-Length stays right
        try (ForwardingProxy tamper = new ForwardingProxy(server.jetty.port(),
                raw -> raw.replace("FlowId=" + id, "FlowId=" + changed), 1)) {
            assertCode(catchThrowableOfType(SdkError.class,
                    () -> getFlow(sdk, "127.0.0.1:" + tamper.port(), server.rootKey, parameters)), "SignatureDoesNotMatch");
        }
        try (ForwardingProxy replay = new ForwardingProxy(server.jetty.port(), raw -> raw, 2)) {
            assertCode(catchThrowableOfType(SdkError.class,
                    () -> getFlow(sdk, "127.0.0.1:" + replay.port(), server.rootKey, parameters)), "SignatureNonceUsed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("raises InvalidTimeStamp.Expired when the server's clock is 20 minutes ahead")
    void expired(CamsSdk sdk) {
        server.world.clock.advance(Duration.ofMinutes(20));
        try {
            assertCode(failure(sdk, server.rootKey, flowId(server.flow.id().value())), "InvalidTimeStamp.Expired");
        } finally {
            server.world.clock.advance(Duration.ofMinutes(-20));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("raises Product.Unsubscript, System.LimitControl, and Ram.PermissionDeny with its AccessDeniedDetail")
    void camsErrors(CamsSdk sdk) throws SdkError {
        String id = server.flow.id().value();
        assertCode(failure(sdk, server.unsubscribedKey, flowId(id)), "Product.Unsubscript");

        AccessKey limited = server.limitedKey();
        assertCode(failure(sdk, limited, flowId(id)), "Unknown.ResourceOwnerId");
        assertCode(failure(sdk, limited, flowId(id)), "System.LimitControl");

        SdkError denied = failure(sdk, server.userWithoutPolicyKey, flowId(id));
        assertCode(denied, "Ram.PermissionDeny");
        assertThat(denied.accessDeniedDetail).containsEntry("AuthAction", "cams:GetFlow")
                .containsKeys("AuthPrincipalType", "AuthPrincipalOwnerId", "AuthPrincipalDisplayName", "NoPermissionType",
                        "PolicyType", "EncodedDiagnosticMessage");
    }
}
