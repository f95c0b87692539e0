package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static io.flowhex.adapter.rest.ResponseAssertions.assertOk;
import static io.flowhex.adapter.rest.ResponseAssertions.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.out.FetchRefusedException.Reason;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.scenario.World;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("the lifecycle's refusals end to end: HTTP 400, the code and the message that says why")
class LifecycleRefusalsOverHandlerTest {

    private static final URI FILE = URI.create("https://files.example.com/flow.json");

    private final RestWorld server = new RestWorld();

    private CamsHttpResponse call(CamsAction action, Map<String, String> parameters) {
        return server.call(Transport.V1_FORM_BODY, action, parameters);
    }

    private void assertRefused(CamsAction action, Map<String, String> parameters, String code, String message) {
        JsonNode body = assertError(call(action, parameters), 400, code);
        assertThat(body.path("Message").asText()).isEqualTo(message);
    }

    private Map<String, String> id(Flow flow) {
        return Map.of("FlowId", flow.id().value());
    }

    private Flow flowIn(FlowStatus status) {
        return server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space).status(status).build());
    }

    /** A new DRAFT without a Flow JSON, made through the API. */
    private Flow created(String endpoint) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("FlowName", "flow " + Fixtures.next(),
                "Categories", "[\"OTHER\"]", "CustSpaceId", server.tenant.space.value()));
        if (endpoint != null) {
            parameters.put("EndpointUri", endpoint);
        }
        String flowId = assertOk(call(CamsAction.CREATE_FLOW, parameters)).path("Data").path("FlowId").asText();
        return server.world.app.provision().findFlow(new FlowId(flowId)).orElseThrow();
    }

    private void upload(Flow flow, String json) {
        server.world.files.put(FILE, json.getBytes(StandardCharsets.UTF_8));
        assertOk(call(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", flow.id().value(), "FilePath", FILE.toString())));
    }

    private String status(Flow flow) {
        return assertOk(call(CamsAction.GET_FLOW, id(flow))).path("Data").path("Status").asText();
    }

    @Test
    @DisplayName("PublishFlow: Flow.CannotPublish without a Flow JSON, with validation errors, an old version, no endpoint, or not a DRAFT")
    void cannotPublish() {
        Flow noJson = created("https://example.com/data");
        Flow invalid = created("https://example.com/data");
        upload(invalid, "{\"version\":\"7.0\"}");
        Flow oldVersion = created("https://example.com/data");
        upload(oldVersion, FlowActionsOverHandlerTest.FLOW_JSON.replace("\"7.0\"", "\"2.1\""));
        Flow noEndpoint = created(null);
        upload(noEndpoint, FlowActionsOverHandlerTest.FLOW_JSON);

        assertRefused(CamsAction.PUBLISH_FLOW, id(noJson), "Flow.CannotPublish", "(#139002) Publishing Flow without a Flow JSON.");
        assertRefused(CamsAction.PUBLISH_FLOW, id(invalid), "Flow.CannotPublish",
                "(#139002) Publishing Flow with validation errors.");
        assertRefused(CamsAction.PUBLISH_FLOW, id(oldVersion), "Flow.CannotPublish",
                "(#139002) Versions in Flow JSON file are not available for publishing.");
        assertRefused(CamsAction.PUBLISH_FLOW, id(noEndpoint), "Flow.CannotPublish",
                "(#139002) Publishing Flow without endpoint_uri.");
        assertRefused(CamsAction.PUBLISH_FLOW, id(flowIn(FlowStatus.PUBLISHED)), "Flow.CannotPublish",
                "(#139002) Publishing Flow in invalid state.");
        assertThat(status(noJson)).isEqualTo("DRAFT");
    }

    @Test
    @DisplayName("DeprecateFlow: Flow.CannotDeprecate for a DRAFT and for a DEPRECATED flow")
    void cannotDeprecate() {
        assertRefused(CamsAction.DEPRECATE_FLOW, id(flowIn(FlowStatus.DRAFT)), "Flow.CannotDeprecate",
                "(#139003) Can't deprecate unpublished flow.");
        assertRefused(CamsAction.DEPRECATE_FLOW, id(flowIn(FlowStatus.DEPRECATED)), "Flow.CannotDeprecate",
                "(#139003) Flow is already deprecated.");
    }

    @Test
    @DisplayName("DeleteFlow: Flow.CannotDelete for a PUBLISHED and a DEPRECATED flow, which stay")
    void cannotDelete() {
        Flow published = flowIn(FlowStatus.PUBLISHED);

        assertRefused(CamsAction.DELETE_FLOW, id(published), "Flow.CannotDelete", "(#139004) Can't delete published Flow.");
        assertRefused(CamsAction.DELETE_FLOW, id(flowIn(FlowStatus.DEPRECATED)), "Flow.CannotDelete",
                "(#139004) Can't delete deprecated Flow.");
        assertThat(status(published)).isEqualTo("PUBLISHED");
    }

    @Test
    @DisplayName("ModifyFlow and UpdateFlowJSONAsset: Flow.CannotUpdate for a DEPRECATED flow")
    void cannotUpdateDeprecated() {
        Flow deprecated = flowIn(FlowStatus.DEPRECATED);
        server.world.files.put(FILE, FlowActionsOverHandlerTest.FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        String message = "(#139001) Flow can't be updated. The flow is deprecated.";

        assertRefused(CamsAction.MODIFY_FLOW, Map.of("FlowId", deprecated.id().value(), "FlowName", "new name",
                "Categories", "[\"OTHER\"]"), "Flow.CannotUpdate", message);
        assertRefused(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", deprecated.id().value(), "FilePath",
                FILE.toString()), "Flow.CannotUpdate", message);
    }

    @Test
    @DisplayName("an edit of a PUBLISHED flow takes it back to DRAFT by default, and is refused under the other setting")
    void editPublished() {
        Flow published = flowIn(FlowStatus.PUBLISHED);
        RestWorld refusing = new RestWorld(new World(InMemoryStores.create(), EditPublishedRule.REFUSE),
                RestSettings.ofDefaults());
        Flow refusedFlow = refusing.tenant.save(Fixtures.flow(refusing.tenant.id, refusing.tenant.space)
                .status(FlowStatus.PUBLISHED).build());
        Map<String, String> edit = Map.of("FlowName", "edited", "Categories", "[\"OTHER\"]");

        assertOk(call(CamsAction.MODIFY_FLOW, with(edit, "FlowId", published.id().value())));
        JsonNode refused = assertError(refusing.call(Transport.ACS3_QUERY, CamsAction.MODIFY_FLOW,
                with(edit, "FlowId", refusedFlow.id().value())), 400, "Flow.CannotUpdate");

        assertThat(status(published)).isEqualTo("DRAFT");
        assertThat(refused.path("Message").asText()).isEqualTo("(#139001) Flow can't be updated. The flow is published.");
    }

    @Test
    @DisplayName("CreateFlow and ModifyFlow: InvalidParameter.FlowNameExist for a name taken in the space")
    void nameTaken() {
        Map<String, String> create = Map.of("FlowName", "taken", "Categories", "[\"OTHER\"]", "CustSpaceId",
                server.tenant.space.value());
        assertOk(call(CamsAction.CREATE_FLOW, create));
        Flow other = created(null);

        assertRefused(CamsAction.CREATE_FLOW, create, "InvalidParameter.FlowNameExist", "(#100) Flow name is not unique.");
        assertRefused(CamsAction.MODIFY_FLOW, Map.of("FlowId", other.id().value(), "FlowName", "taken",
                "Categories", "[\"OTHER\"]"), "InvalidParameter.FlowNameExist", "(#100) Flow name is not unique.");
        assertOk(call(CamsAction.CREATE_FLOW, with(create, "CustSpaceId", server.tenant.otherSpace.value())));
    }

    @Test
    @DisplayName("CreateFlow: MissingCustSpaceId when the account has two spaces, Unknown.ResourceOwnerId for another's space")
    void createSpace() {
        World.Tenant stranger = server.world.tenant();

        assertRefused(CamsAction.CREATE_FLOW, Map.of("FlowName", "x", "Categories", "[\"OTHER\"]"), "MissingCustSpaceId",
                "CustSpaceId is mandatory for this action.");
        assertRefused(CamsAction.CREATE_FLOW, Map.of("FlowName", "x", "Categories", "[\"OTHER\"]", "CustSpaceId",
                stranger.space.value()), "Unknown.ResourceOwnerId", "The resource does not belong to the current user.");
        assertRefused(CamsAction.LIST_FLOW, Map.of("CustSpaceId", stranger.space.value()), "Unknown.ResourceOwnerId",
                "The resource does not belong to the current user.");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CamsAction.class, mode = EnumSource.Mode.EXCLUDE, names = {"CREATE_FLOW", "LIST_FLOW"})
    @DisplayName("every action on one flow answers Unknown.ResourceOwnerId for an unknown, a foreign, a deleted flow, or the wrong space")
    void notOwned(CamsAction action) {
        World.Tenant stranger = server.world.tenant();
        Flow foreign = stranger.flow();
        Flow deleted = flowIn(FlowStatus.DRAFT);
        assertOk(call(CamsAction.DELETE_FLOW, id(deleted)));
        server.world.files.put(FILE, FlowActionsOverHandlerTest.FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        Map<String, String> extra = Map.of("FlowName", "n", "Categories", "[\"OTHER\"]", "FilePath", FILE.toString());

        for (Map<String, String> target : List.of(Map.of("FlowId", "4040404040404040"), id(foreign), id(deleted),
                Map.of("FlowId", server.flow.id().value(), "CustSpaceId", server.tenant.otherSpace.value()))) {
            Map<String, String> parameters = new LinkedHashMap<>(extra);
            parameters.putAll(target);
            assertError(call(action, parameters), 400, "Unknown.ResourceOwnerId");
        }
    }

    @Test
    @DisplayName("UpdateFlowJSONAsset: InvalidParameter.FilePath saying why the file was not taken; nothing is stored")
    void fileNotTaken() {
        Flow flow = created(null);
        URI missing = URI.create("https://files.example.com/missing.json");
        URI huge = URI.create("https://files.example.com/huge.json");
        server.world.files.refuse(huge, Reason.TOO_LARGE, "the file at FilePath is larger than 10485760 bytes");

        JsonNode notFound = assertError(call(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", flow.id().value(),
                "FilePath", missing.toString())), 400, "InvalidParameter.FilePath");
        JsonNode tooLarge = assertError(call(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", flow.id().value(),
                "FilePath", huge.toString())), 400, "InvalidParameter.FilePath");

        assertThat(notFound.path("Message").asText()).startsWith("Specified parameter FilePath is not valid: ")
                .contains("404");
        assertThat(tooLarge.path("Message").asText()).contains("larger than 10485760 bytes");
        assertThat(fields(assertOk(call(CamsAction.GET_FLOW_JSON_ASSET, id(flow))).path("Data"))).containsExactly("FlowId");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CamsAction.class)
    @DisplayName("a RAM user without a policy gets Ram.PermissionDeny naming cams:<Action>")
    void permissionDenied(CamsAction action) {
        RamUser user = server.tenant.user();
        Map<String, String> parameters = new LinkedHashMap<>(id(server.flow));
        parameters.putAll(Map.of("FlowName", "n", "Categories", "[\"OTHER\"]", "FilePath", FILE.toString(),
                "CustSpaceId", server.tenant.space.value()));

        JsonNode body = assertError(server.handler.handle(server.signer(server.tenant.key(user))
                .sign(Transport.ACS3_QUERY.scheme(), RestWorld.ENDPOINT, Transport.ACS3_QUERY.call(action, parameters))
                .toCamsHttpRequest("127.0.0.1")), 400, "Ram.PermissionDeny");

        assertThat(body.path("AccessDeniedDetail").path("AuthAction").asText()).isEqualTo(action.ramAction());
    }

    @ParameterizedTest(name = "allowed {0}, denied {1}")
    @CsvSource({"LIST_FLOW, CREATE_FLOW", "GET_FLOW_PREVIEW_URL, GET_FLOW"})
    @DisplayName("a RAM user allowed one action is served it and denied another")
    void policyPerAction(CamsAction allowed, CamsAction denied) {
        RamUser user = server.tenant.user();
        server.tenant.attach(PolicyHolder.user(user.name()), "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"" + allowed.ramAction() + "\",\"Resource\":\"*\"}]}");
        AccessKey key = server.tenant.key(user);
        Map<String, String> parameters = Map.of("FlowId", server.flow.id().value(), "FlowName", "n", "Categories",
                "[\"OTHER\"]", "CustSpaceId", server.tenant.space.value());
        Map<String, String> listParameters = Map.of("CustSpaceId", server.tenant.space.value());

        assertOk(signedBy(key, allowed, allowed == CamsAction.LIST_FLOW ? listParameters : id(server.flow)));
        assertError(signedBy(key, denied, denied == CamsAction.GET_FLOW ? id(server.flow) : parameters), 400,
                "Ram.PermissionDeny");
    }

    @Test
    @DisplayName("each action has its own quota: CreateFlow over its limit gets System.LimitControl while GetFlow is served")
    void quotaPerAction() {
        World.Tenant limited = server.world.tenant(1);
        AccessKey key = limited.key(limited.root);
        Flow flow = limited.flow();
        Map<String, String> create = Map.of("FlowName", "once", "Categories", "[\"OTHER\"]", "CustSpaceId",
                limited.space.value());

        assertOk(signedBy(key, CamsAction.CREATE_FLOW, create));
        assertError(signedBy(key, CamsAction.CREATE_FLOW, with(create, "FlowName", "twice")), 400, "System.LimitControl");
        assertOk(signedBy(key, CamsAction.GET_FLOW, id(flow)));
    }

    private CamsHttpResponse signedBy(AccessKey key, CamsAction action, Map<String, String> parameters) {
        return server.handler.handle(server.signer(key).sign(Transport.V1_GET.scheme(), RestWorld.ENDPOINT,
                Transport.V1_GET.call(action, parameters)).toCamsHttpRequest("127.0.0.1"));
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.put(name, value);
        return copy;
    }
}
