package io.flowhex.adapter.rest.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.testkit.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("the ten flow actions through unchanged official Alibaba Cloud SDK clients against the Jetty host")
class FlowActionsInteropTest {

    /** A publishable Flow JSON declaring a data API: its versions show in GetFlow, and publishing needs an endpoint. */
    private static final String FLOW_JSON = "{\"version\":\"7.0\",\"data_api_version\":\"3.0\",\"routing_model\":{},"
            + "\"screens\":[{\"id\":\"WELCOME\",\"title\":\"Hi\",\"layout\":{\"type\":\"SingleColumnLayout\","
            + "\"children\":[]}}]}";
    private static final AtomicInteger TAGS = new AtomicInteger();
    @RegisterExtension
    static final InteropServer server = new InteropServer();

    private static SdkReply call(CamsSdk sdk, CamsAction action, Map<String, String> parameters) throws SdkError {
        return call(sdk, server.rootKey, action, parameters);
    }

    private static SdkReply call(CamsSdk sdk, AccessKey key, CamsAction action, Map<String, String> parameters)
            throws SdkError {
        SdkReply reply = sdk.call(server.endpoint(), key.id().value(), key.secret().reveal(), action.wireName(),
                parameters);
        assertThat(reply.code()).isEqualTo("OK");
        assertThat(reply.requestId()).matches(Sdks.UUID);
        return reply;
    }

    /** The exception the SDK raised, asserted to carry the code; returns its message. */
    private static String refused(CamsSdk sdk, AccessKey key, CamsAction action, Map<String, String> parameters,
            String code) {
        SdkError error = catchThrowableOfType(SdkError.class, () -> sdk.call(server.endpoint(), key.id().value(),
                key.secret().reveal(), action.wireName(), parameters));
        assertThat(error).as("%s raised its error exception for %s", sdk, action).isNotNull();
        assertThat(error.code).as(error.getMessage()).isEqualTo(code);
        assertThat(error.requestId).matches(Sdks.UUID);
        return error.getMessage();
    }

    private static String refused(CamsSdk sdk, CamsAction action, Map<String, String> parameters, String code) {
        return refused(sdk, server.rootKey, action, parameters, code);
    }

    private static Map<String, String> flow(String flowId) {
        return Map.of("FlowId", flowId);
    }

    private static Map<String, String> newFlow(String name) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("FlowName", name);
        parameters.put("Categories", "[\"SIGN_UP\",\"OTHER\"]");
        parameters.put("CustSpaceId", server.tenant.space.value());
        parameters.put("EndpointUri", "https://example.com/ep?a=1&b=2");
        return parameters;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("a whole lifecycle: create, modify, upload a file from an HTTP server, get its versions, the asset link, "
            + "the preview, publish, list, deprecate, delete refused")
    void wholeLifecycle(CamsSdk sdk) throws SdkError {
        int number = TAGS.incrementAndGet();
        String tag = "#" + number + "#";
        String name = "My flow *~+/é ✓ & = ? " + tag;
        URI file = server.files.publish("/flows/" + number + ".json", FLOW_JSON.getBytes(StandardCharsets.UTF_8));

        SdkFlow created = call(sdk, CamsAction.CREATE_FLOW, newFlow(name)).data();
        String id = created.flowId();
        SdkFlow modified = call(sdk, CamsAction.MODIFY_FLOW, Map.of("FlowId", id, "FlowName", name, "Categories",
                "[\"SURVEY\"]", "EndpointUri", "https://example.com/data?x=1")).data();
        SdkFlow updated = call(sdk, CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", id, "FilePath",
                file.toString())).data();
        SdkFlow got = call(sdk, CamsAction.GET_FLOW, flow(id)).data();
        SdkFlow asset = call(sdk, CamsAction.GET_FLOW_JSON_ASSET, flow(id)).data();
        SdkFlow preview = call(sdk, CamsAction.GET_FLOW_PREVIEW_URL, flow(id)).data();
        SdkReply published = call(sdk, CamsAction.PUBLISH_FLOW, flow(id));
        SdkReply listed = call(sdk, CamsAction.LIST_FLOW, Map.of("FlowName", tag, "Page", "{\"Index\":1,\"Size\":5}"));
        SdkReply deprecated = call(sdk, CamsAction.DEPRECATE_FLOW, flow(id));
        String deleteRefused = refused(sdk, CamsAction.DELETE_FLOW, flow(id), "Flow.CannotDelete");

        assertThat(id).matches("[0-9]{16}");
        assertThat(created.flowName()).isEqualTo(name);
        assertThat(created.categories()).containsExactly("SIGN_UP", "OTHER");
        assertThat(modified.flowId()).isEqualTo(id);
        assertThat(modified.categories()).containsExactly("SURVEY");
        assertThat(modified.endpointUri()).isEqualTo("https://example.com/data?x=1");
        assertThat(updated.flowId()).isEqualTo(id);
        assertThat(got.status()).isEqualTo("DRAFT");
        assertThat(got.jsonVersion()).isEqualTo("7.0");
        assertThat(got.dataApiVersion()).isEqualTo("3.0");
        assertThat(asset.flowId()).isEqualTo(id);
        assertThat(URI.create(asset.filePath()).isAbsolute()).isTrue();
        assertThat(preview.flowId()).isEqualTo(id);
        assertThat(preview.previewUrl()).isEqualTo(got.previewUrl());
        assertThat(preview.previewUrlExpires()).isEqualTo(got.previewUrlExpires()).isPositive();
        assertThat(published.data()).isNull();
        assertThat(listed.items()).extracting(SdkFlow::flowId).containsExactly(id);
        assertThat(listed.items().get(0).flowName()).isEqualTo(name);
        assertThat(listed.items().get(0).categories()).containsExactly("SURVEY");
        assertThat(deprecated.data()).isNull();
        assertThat(deleteRefused).contains("(#139004) Can't delete deprecated Flow.");
        assertThat(call(sdk, CamsAction.GET_FLOW, flow(id)).data().status()).isEqualTo("DEPRECATED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("DeleteFlow removes a DRAFT: the envelope alone, then Unknown.ResourceOwnerId for its id")
    void deleteDraft(CamsSdk sdk) throws SdkError {
        String id = call(sdk, CamsAction.CREATE_FLOW, newFlow("to delete " + TAGS.incrementAndGet())).data().flowId();

        SdkReply deleted = call(sdk, CamsAction.DELETE_FLOW, flow(id));

        assertThat(deleted.data()).isNull();
        refused(sdk, CamsAction.GET_FLOW, flow(id), "Unknown.ResourceOwnerId");
        refused(sdk, CamsAction.GET_FLOW_PREVIEW_URL, flow(id), "Unknown.ResourceOwnerId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("raises each bad parameter as the SDK's exception with the spec's code")
    void badParameters(CamsSdk sdk) {
        String id = server.flow.id().value();
        Map<String, String> create = newFlow("bad " + TAGS.incrementAndGet());

        refused(sdk, CamsAction.CREATE_FLOW, without(create, "FlowName"), "MissingFlowName");
        refused(sdk, CamsAction.CREATE_FLOW, with(create, "FlowName", "a\u0007b"), "InvalidFlowName");
        refused(sdk, CamsAction.CREATE_FLOW, with(create, "Categories", "SIGN_UP"), "InvalidParameter.Categories");
        refused(sdk, CamsAction.CREATE_FLOW, with(create, "EndpointUri", "http://example.com"), "InvalidEndpointUri");
        refused(sdk, CamsAction.CREATE_FLOW, without(create, "CustSpaceId"), "MissingCustSpaceId");
        refused(sdk, CamsAction.LIST_FLOW, Map.of("Page", "{\"Index\":0,\"Size\":20}"), "InvalidParameter.PageInvalid");
        refused(sdk, CamsAction.MODIFY_FLOW, Map.of("FlowId", id, "FlowName", "n"), "MissingCategories");
        refused(sdk, CamsAction.UPDATE_FLOW_JSON_ASSET, flow(id), "MissingFilePath");
        refused(sdk, CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", id, "FilePath", "file:///etc/passwd"),
                "InvalidFilePath");
        refused(sdk, CamsAction.PUBLISH_FLOW, Map.of(), "MissingFlowId");
        refused(sdk, CamsAction.GET_FLOW_JSON_ASSET, flow("12a"), "InvalidFlowId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(Sdks.ALL)
    @DisplayName("raises the lifecycle's refusals, the file fetch's and RAM's as the SDK's exception with code and message")
    void refusals(CamsSdk sdk) throws SdkError {
        Flow draft = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space).build());
        Flow deprecated = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space)
                .status(FlowStatus.DEPRECATED).build());
        String taken = "taken " + TAGS.incrementAndGet();
        call(sdk, CamsAction.CREATE_FLOW, newFlow(taken));

        assertThat(refused(sdk, CamsAction.CREATE_FLOW, newFlow(taken), "InvalidParameter.FlowNameExist"))
                .contains("(#100) Flow name is not unique.");
        assertThat(refused(sdk, CamsAction.PUBLISH_FLOW, flow(draft.id().value()), "Flow.CannotPublish"))
                .contains("(#139002) Publishing Flow without a Flow JSON.");
        assertThat(refused(sdk, CamsAction.DEPRECATE_FLOW, flow(draft.id().value()), "Flow.CannotDeprecate"))
                .contains("(#139003) Can't deprecate unpublished flow.");
        assertThat(refused(sdk, CamsAction.MODIFY_FLOW, Map.of("FlowId", deprecated.id().value(), "FlowName", "n",
                "Categories", "[\"OTHER\"]"), "Flow.CannotUpdate")).contains("(#139001) Flow can't be updated.");
        assertThat(refused(sdk, CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", draft.id().value(), "FilePath",
                server.files.url("/no-such-file.json").toString()), "InvalidParameter.FilePath")).contains("404");
        refused(sdk, CamsAction.DELETE_FLOW, flow("4040404040404040"), "Unknown.ResourceOwnerId");
        refused(sdk, server.userWithoutPolicyKey, CamsAction.CREATE_FLOW, newFlow("denied"), "Ram.PermissionDeny");
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> parameters, String name) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.remove(name);
        return copy;
    }
}
