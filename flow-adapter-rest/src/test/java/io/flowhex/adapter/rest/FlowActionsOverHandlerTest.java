package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static io.flowhex.adapter.rest.ResponseAssertions.assertOk;
import static io.flowhex.adapter.rest.ResponseAssertions.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.testkit.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("the nine lifecycle actions through the handler and the real application: Data shaped as §1")
class FlowActionsOverHandlerTest {

    /** A publishable Flow JSON that declares a data API, so publishing it needs an endpoint. */
    static final String FLOW_JSON = "{\"version\":\"7.0\",\"data_api_version\":\"3.0\",\"routing_model\":{\"WELCOME\":[]},"
            + "\"screens\":[{\"id\":\"WELCOME\",\"title\":\"Hi\",\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}}]}";
    static final URI FILE = URI.create("https://files.example.com/flows/welcome.json");
    static final String ODD_NAME = "My flow *~+/é ✓ & = ?";

    private final RestWorld server = new RestWorld();

    private JsonNode ok(Transport transport, CamsAction action, Map<String, String> parameters) {
        return assertOk(server.call(transport, action, parameters));
    }

    private JsonNode ok(CamsAction action, Map<String, String> parameters) {
        return ok(Transport.ACS3_QUERY, action, parameters);
    }

    private Map<String, String> own(String flowId) {
        return Map.of("FlowId", flowId);
    }

    private String create(String name, String categories) {
        return ok(CamsAction.CREATE_FLOW, Map.of("FlowName", name, "Categories", categories, "CustSpaceId",
                server.tenant.space.value())).path("Data").path("FlowId").asText();
    }

    private String status(String flowId) {
        return ok(CamsAction.GET_FLOW, own(flowId)).path("Data").path("Status").asText();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("CreateFlow answers FlowId, FlowName and Categories, nothing else, the name byte for byte")
    void createFlow(Transport transport) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("FlowName", ODD_NAME);
        parameters.put("Categories", "[\"SIGN_UP\",\"OTHER\"]");
        parameters.put("CustSpaceId", server.tenant.space.value());
        parameters.put("EndpointUri", "https://example.com/ep?a=1&b=2");

        JsonNode body = ok(transport, CamsAction.CREATE_FLOW, parameters);

        assertThat(fields(body)).containsExactly("RequestId", "Code", "Message", "Data");
        JsonNode data = body.path("Data");
        assertThat(fields(data)).containsExactly("FlowId", "FlowName", "Categories");
        assertThat(data.path("FlowId").asText()).matches("[0-9]{16}");
        assertThat(data.path("FlowName").asText()).isEqualTo(ODD_NAME);
        assertThat(data.path("Categories").toString()).isEqualTo("[\"SIGN_UP\",\"OTHER\"]");
        JsonNode created = ok(CamsAction.GET_FLOW, own(data.path("FlowId").asText())).path("Data");
        assertThat(created.path("Status").asText()).isEqualTo("DRAFT");
        assertThat(created.path("EndpointUri").asText()).isEqualTo("https://example.com/ep?a=1&b=2");
    }

    @Test
    @DisplayName("CreateFlow without CustSpaceId takes the account's only space")
    void createInOnlySpace() {
        RestWorld single = new RestWorld();
        single.world.app.provision().saveAccount(Fixtures.account(single.tenant.id, single.tenant.space).withQps(10_000));

        JsonNode data = assertOk(single.call(Transport.V1_QUERY, CamsAction.CREATE_FLOW,
                Map.of("FlowName", "only", "Categories", "[\"SURVEY\"]"))).path("Data");

        assertThat(data.path("FlowName").asText()).isEqualTo("only");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("ListFlow answers an array of {FlowId, FlowName, Categories}, newest first, paged and filtered")
    void listFlow(Transport transport) {
        String older = create("report alpha", "[\"SURVEY\"]");
        server.world.clock.advance(Duration.ofSeconds(1));
        String newer = create("report beta", "[\"CONTACT_US\",\"OTHER\"]");
        Map<String, String> filter = Map.of("FlowName", "report", "CustSpaceId", server.tenant.space.value());

        JsonNode all = ok(transport, CamsAction.LIST_FLOW, filter).path("Data");
        JsonNode second = ok(transport, CamsAction.LIST_FLOW, with(filter, "Page", "{\"Index\":2,\"Size\":1}")).path("Data");
        JsonNode beyond = ok(transport, CamsAction.LIST_FLOW, with(filter, "Page", "{\"Size\":20,\"Index\":2}")).path("Data");

        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).path("FlowId").asText()).isEqualTo(newer);
        assertThat(fields(all.get(0))).containsExactly("FlowId", "FlowName", "Categories");
        assertThat(all.get(0).path("FlowName").asText()).isEqualTo("report beta");
        assertThat(all.get(0).path("Categories").toString()).isEqualTo("[\"CONTACT_US\",\"OTHER\"]");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("FlowId").asText()).isEqualTo(older);
        assertThat(beyond.isArray()).isTrue();
        assertThat(beyond).isEmpty();
    }

    @Test
    @DisplayName("ListFlow without parameters lists every space of the account, 20 to a page; empty Page is the default")
    void listDefaults() {
        for (int i = 0; i < 21; i++) {
            server.tenant.save(Fixtures.flow(server.tenant.id, i % 2 == 0 ? server.tenant.space : server.tenant.otherSpace)
                    .build());
        }

        assertThat(ok(CamsAction.LIST_FLOW, Map.of()).path("Data")).hasSize(20);
        assertThat(ok(CamsAction.LIST_FLOW, Map.of("Page", "", "FlowName", "", "CustSpaceId", "")).path("Data")).hasSize(20);
        assertThat(ok(CamsAction.LIST_FLOW, Map.of("Page", "{\"Index\":2}")).path("Data")).hasSize(2);
        assertThat(ok(CamsAction.LIST_FLOW, Map.of("Page", "{\"Index\":null,\"Size\":100}")).path("Data")).hasSize(22);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("ModifyFlow answers FlowId, FlowName, Categories and the EndpointUri it keeps")
    void modifyFlow(Transport transport) {
        String id = create("before", "[\"SIGN_IN\"]");

        JsonNode withEndpoint = ok(transport, CamsAction.MODIFY_FLOW, Map.of("FlowId", id, "FlowName", ODD_NAME,
                "Categories", "[\"LEAD_GENERATION\"]", "EndpointUri", "https://example.com/data")).path("Data");
        JsonNode kept = ok(transport, CamsAction.MODIFY_FLOW, Map.of("FlowId", id, "FlowName", "after",
                "Categories", "[\"SIGN_IN\",\"SURVEY\"]", "EndpointUri", "")).path("Data");

        assertThat(fields(withEndpoint)).containsExactly("FlowId", "FlowName", "Categories", "EndpointUri");
        assertThat(withEndpoint.path("FlowId").asText()).isEqualTo(id);
        assertThat(withEndpoint.path("FlowName").asText()).isEqualTo(ODD_NAME);
        assertThat(withEndpoint.path("Categories").toString()).isEqualTo("[\"LEAD_GENERATION\"]");
        assertThat(withEndpoint.path("EndpointUri").asText()).isEqualTo("https://example.com/data");
        assertThat(kept.path("FlowName").asText()).isEqualTo("after");
        assertThat(kept.path("EndpointUri").asText()).isEqualTo("https://example.com/data");
    }

    @Test
    @DisplayName("ModifyFlow leaves EndpointUri out of Data when the flow has none")
    void modifyWithoutEndpoint() {
        String id = create("no endpoint", "[\"SIGN_IN\"]");

        JsonNode data = ok(CamsAction.MODIFY_FLOW, Map.of("FlowId", id, "FlowName", "still none",
                "Categories", "[\"SIGN_IN\"]")).path("Data");

        assertThat(fields(data)).containsExactly("FlowId", "FlowName", "Categories");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("UpdateFlowJSONAsset answers {FlowId}; GetFlow then shows the file's versions")
    void updateFlowJsonAsset(Transport transport) {
        server.world.files.put(FILE, FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        String id = create("with file", "[\"OTHER\"]");

        JsonNode data = ok(transport, CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", id, "FilePath",
                FILE.toString())).path("Data");

        assertThat(fields(data)).containsExactly("FlowId");
        assertThat(data.path("FlowId").asText()).isEqualTo(id);
        JsonNode flow = ok(CamsAction.GET_FLOW, own(id)).path("Data");
        assertThat(flow.path("JSONVersion").asText()).isEqualTo("7.0");
        assertThat(flow.path("DataApiVersion").asText()).isEqualTo("3.0");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("GetFlowJSONAssest answers {FlowId} without a file and {FlowId, FilePath} with one")
    void getFlowJsonAsset(Transport transport) {
        server.world.files.put(FILE, FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        String id = create("asset", "[\"OTHER\"]");

        JsonNode before = ok(transport, CamsAction.GET_FLOW_JSON_ASSET, own(id)).path("Data");
        ok(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", id, "FilePath", FILE.toString()));
        JsonNode after = ok(transport, CamsAction.GET_FLOW_JSON_ASSET, own(id)).path("Data");

        assertThat(fields(before)).containsExactly("FlowId");
        assertThat(before.path("FlowId").asText()).isEqualTo(id);
        assertThat(fields(after)).containsExactly("FlowId", "FilePath");
        URI link = URI.create(after.path("FilePath").asText());
        assertThat(link.isAbsolute()).isTrue();
        assertThat(link.getScheme()).isIn("http", "https");
        assertThat(link.toString()).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("GetFlowPreviewUrl answers FlowId, PreviewUrl and PreviewUrlExpires in epoch ms, as GetFlow does")
    void getFlowPreviewUrl(Transport transport) {
        Flow flow = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space)
                .preview("https://example.com/p?t=1", server.world.clock.instant().plus(Duration.ofDays(3))).build());

        JsonNode data = ok(transport, CamsAction.GET_FLOW_PREVIEW_URL, own(flow.id().value())).path("Data");

        assertThat(fields(data)).containsExactly("FlowId", "PreviewUrl", "PreviewUrlExpires");
        assertThat(data.path("FlowId").asText()).isEqualTo(flow.id().value());
        assertThat(data.path("PreviewUrl").asText()).isEqualTo("https://example.com/p?t=1");
        assertThat(data.path("PreviewUrlExpires").isIntegralNumber()).isTrue();
        assertThat(data.path("PreviewUrlExpires").asLong())
                .isEqualTo(server.world.clock.instant().plus(Duration.ofDays(3)).toEpochMilli());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("PublishFlow, DeprecateFlow and DeleteFlow answer the envelope alone, and change the status")
    void transitions(Transport transport) {
        Flow draft = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space).status(FlowStatus.DRAFT)
                .build());
        Flow published = server.tenant.save(Fixtures.flow(server.tenant.id, server.tenant.space)
                .status(FlowStatus.PUBLISHED).build());
        server.world.files.put(FILE, FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        String toPublish = create("to publish", "[\"OTHER\"]");
        ok(CamsAction.MODIFY_FLOW, Map.of("FlowId", toPublish, "FlowName", "to publish", "Categories", "[\"OTHER\"]",
                "EndpointUri", "https://example.com/data"));
        ok(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", toPublish, "FilePath", FILE.toString()));

        List<JsonNode> bodies = List.of(ok(transport, CamsAction.PUBLISH_FLOW, own(toPublish)),
                ok(transport, CamsAction.DEPRECATE_FLOW, own(published.id().value())),
                ok(transport, CamsAction.DELETE_FLOW, own(draft.id().value())));

        for (JsonNode body : bodies) {
            assertThat(fields(body)).containsExactly("RequestId", "Code", "Message");
        }
        assertThat(status(toPublish)).isEqualTo("PUBLISHED");
        assertThat(status(published.id().value())).isEqualTo("DEPRECATED");
        assertError(server.call(Transport.ACS3_QUERY, CamsAction.GET_FLOW, own(draft.id().value())), 400,
                "Unknown.ResourceOwnerId");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("a whole lifecycle: create, upload, get, publish, list, deprecate, delete refused")
    void wholeLifecycle(Transport transport) {
        server.world.files.put(FILE, FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        String id = ok(transport, CamsAction.CREATE_FLOW, Map.of("FlowName", ODD_NAME, "Categories",
                "[\"APPOINTMENT_BOOKING\"]", "CustSpaceId", server.tenant.space.value(), "EndpointUri",
                "https://example.com/endpoint")).path("Data").path("FlowId").asText();
        ok(transport, CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", id, "FilePath", FILE.toString()));
        JsonNode flow = ok(transport, CamsAction.GET_FLOW, own(id)).path("Data");
        assertThat(flow.path("JSONVersion").asText()).isEqualTo("7.0");
        assertThat(flow.path("DataApiVersion").asText()).isEqualTo("3.0");
        ok(transport, CamsAction.PUBLISH_FLOW, own(id));
        JsonNode listed = ok(transport, CamsAction.LIST_FLOW, Map.of("FlowName", "é ✓")).path("Data");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("FlowId").asText()).isEqualTo(id);
        ok(transport, CamsAction.DEPRECATE_FLOW, own(id));

        JsonNode refused = assertError(server.call(transport, CamsAction.DELETE_FLOW, own(id)), 400, "Flow.CannotDelete");

        assertThat(refused.path("Message").asText()).isEqualTo("(#139004) Can't delete deprecated Flow.");
        assertThat(status(id)).isEqualTo("DEPRECATED");
    }

    @Test
    @DisplayName("a table of GetFlow alone still answers 404 InvalidAction.NotFound to the other nine actions")
    void onlyRoutedActionsAnswer() {
        CamsRpcHandler getFlowOnly = new CamsRpcHandler(server.world.app.authenticate(),
                ActionRoutes.custom().getFlow(server.world.app.getFlow()).build(), server.world.app.health(),
                RestSettings.ofDefaults());

        for (CamsAction action : CamsAction.values()) {
            CamsHttpResponse response = getFlowOnly.handle(server.signer(server.rootKey)
                    .sign(Transport.V1_QUERY.scheme(), RestWorld.ENDPOINT,
                            Transport.V1_QUERY.call(action, own(server.flow.id().value())))
                    .toCamsHttpRequest("127.0.0.1"));
            if (action == CamsAction.GET_FLOW) {
                assertOk(response);
            } else {
                assertError(response, 404, "InvalidAction.NotFound");
            }
        }
    }

    @Test
    @DisplayName("categories come back in the order given")
    void categoryOrder() {
        String id = create("ordered", "[\"SURVEY\",\"SIGN_UP\",\"OTHER\"]");

        assertThat(ok(CamsAction.GET_FLOW, own(id)).path("Data").path("Categories").toString())
                .isEqualTo("[\"SURVEY\",\"SIGN_UP\",\"OTHER\"]");
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.put(name, value);
        return copy;
    }
}
