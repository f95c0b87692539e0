package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static io.flowhex.adapter.rest.ResponseAssertions.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.testkit.scenario.World;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("every malformed parameter of every action: HTTP 400 with the parameter's own code, in every transport")
class FlowParameterRejectionTest {

    private static final Set<CamsAction> ON_ONE_FLOW = EnumSet.complementOf(
            EnumSet.of(CamsAction.CREATE_FLOW, CamsAction.LIST_FLOW));
    private static final String CATEGORIES_INVALID = "InvalidParameter.Categories";
    private static final String PAGE_INVALID = "InvalidParameter.PageInvalid";

    private final RestWorld server = new RestWorld();

    /** One bad value of one parameter of one action; a null value leaves the parameter out. */
    record Case(CamsAction action, String kind, String parameter, String value, String code) {

        @Override
        public String toString() {
            return action.wireName() + " " + parameter + " " + kind + " -> " + code;
        }
    }

    /** A kind of bad value for a parameter, and the code it gets. */
    private record Bad(String kind, String value, String code) {
    }

    /** Parameters every action accepts as they are; each case spoils one of them. */
    private Map<String, String> valid(CamsAction action) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (ON_ONE_FLOW.contains(action)) {
            parameters.put("FlowId", server.flow.id().value());
        }
        if (action == CamsAction.CREATE_FLOW || action == CamsAction.MODIFY_FLOW) {
            parameters.put("FlowName", "a valid name");
            parameters.put("Categories", "[\"SIGN_UP\"]");
            parameters.put("EndpointUri", "https://example.com/endpoint");
        }
        if (action == CamsAction.UPDATE_FLOW_JSON_ASSET) {
            parameters.put("FilePath", "https://files.example.com/flow.json");
        }
        parameters.put("CustSpaceId", server.tenant.space.value());
        return parameters;
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (CamsAction action : CamsAction.values()) {
            if (ON_ONE_FLOW.contains(action)) {
                add(cases, action, "FlowId", flowId());
            }
            add(cases, action, "CustSpaceId", custSpaceId());
        }
        for (CamsAction action : List.of(CamsAction.CREATE_FLOW, CamsAction.MODIFY_FLOW)) {
            add(cases, action, "FlowName", required("FlowName", flowName()));
            add(cases, action, "Categories", categories());
            add(cases, action, "EndpointUri", endpointUri());
        }
        add(cases, CamsAction.LIST_FLOW, "FlowName", flowName());
        add(cases, CamsAction.LIST_FLOW, "Page", page());
        add(cases, CamsAction.UPDATE_FLOW_JSON_ASSET, "FilePath", filePath());
        return cases.stream();
    }

    private static void add(List<Case> cases, CamsAction action, String parameter, List<Bad> values) {
        for (Bad bad : values) {
            cases.add(new Case(action, bad.kind(), parameter, bad.value(), bad.code()));
        }
    }

    /** A required parameter's two ways of being missing, before its bad values. */
    private static List<Bad> required(String name, List<Bad> values) {
        List<Bad> all = new ArrayList<>(List.of(new Bad("missing", null, "Missing" + name),
                new Bad("empty", "", "Missing" + name)));
        all.addAll(values);
        return all;
    }

    private static List<Bad> flowId() {
        String invalid = "InvalidFlowId";
        return required("FlowId", List.of(new Bad("wrong type", "12a", invalid), new Bad("JSON", "[123]", invalid),
                new Bad("negative", "-123", invalid), new Bad("too long", "1".repeat(65), invalid),
                new Bad("control character", "12\u00003", invalid)));
    }

    private static List<Bad> custSpaceId() {
        String invalid = "InvalidCustSpaceId";
        return List.of(new Bad("with a space", "cams abc", invalid), new Bad("non-ASCII", "cams-é", invalid),
                new Bad("too long", "c".repeat(65), invalid), new Bad("control character", "cams-\u0001", invalid));
    }

    private static List<Bad> flowName() {
        String invalid = "InvalidFlowName";
        return List.of(new Bad("blank", "   ", invalid),
                new Bad("too long (201 code points)", "é".repeat(200) + "x", invalid),
                new Bad("control character NUL", "a\u0000b", invalid),
                new Bad("control character newline", "a\nb", invalid), new Bad("control character DEL", "a\u007Fb", invalid));
    }

    private static List<Bad> categories() {
        List<Bad> bad = new ArrayList<>(required("Categories", List.of()));
        for (String[] kindAndValue : new String[][] {
                {"not JSON", "SIGN_UP"}, {"a JSON string", "\"SIGN_UP\""}, {"JSON null", "null"},
                {"an array of numbers", "[1]"}, {"an object", "{\"SIGN_UP\":true}"}, {"an empty array", "[]"},
                {"repeated values", "[\"SIGN_UP\",\"SIGN_UP\"]"}, {"an unknown value", "[\"sign_up\"]"},
                {"nested", "[[\"SIGN_UP\"]]"}, {"trailing text", "[\"SIGN_UP\"] x"}, {"unterminated", "[\"SIGN_UP\""},
                {"too many values", "[\"SIGN_UP\",\"SIGN_IN\",\"APPOINTMENT_BOOKING\",\"LEAD_GENERATION\","
                        + "\"CONTACT_US\",\"CUSTOMER_SUPPORT\",\"SURVEY\",\"OTHER\",\"OTHER\"]"},
                {"too long a value", "[\"" + "S".repeat(300) + "\"]"},
                {"control character", "[\"SIGN_UP\u0000\"]"}, {"escaped control character", "[\"SIGN_UP\\u0000\"]"}}) {
            bad.add(new Bad(kindAndValue[0], kindAndValue[1], CATEGORIES_INVALID));
        }
        return bad;
    }

    private static List<Bad> page() {
        List<Bad> bad = new ArrayList<>();
        for (String[] kindAndValue : new String[][] {
                {"not JSON", "Index=1"}, {"an array", "[1,20]"}, {"a number", "1"}, {"a JSON string", "\"1\""},
                {"JSON null", "null"}, {"Index a string", "{\"Index\":\"1\"}"}, {"Index a fraction", "{\"Index\":1.5}"},
                {"Size in exponent form", "{\"Size\":1e2}"}, {"Size a boolean", "{\"Size\":true}"},
                {"nested object", "{\"Index\":{\"Value\":1}}"}, {"nested array", "{\"Index\":[1]}"},
                {"an unknown field", "{\"Index\":1,\"Total\":3}"}, {"a lower-case field", "{\"index\":1}"},
                {"a repeated field", "{\"Index\":1,\"Index\":2}"}, {"trailing text", "{\"Index\":1}x"},
                {"two objects", "{}{}"}, {"unterminated", "{\"Index\":1"}, {"Index 0", "{\"Index\":0}"},
                {"Index negative", "{\"Index\":-1}"}, {"Size 0", "{\"Size\":0}"}, {"Size 101", "{\"Size\":101}"},
                {"Index beyond int", "{\"Index\":2147483648}"}, {"too long a number", "{\"Size\":" + "1".repeat(400) + "}"},
                {"too long a field name", "{\"" + "I".repeat(300) + "\":1}"},
                {"control character", "{\"Index\":1}\u0000"}, {"control character inside", "{\"Index\":\u00011}"}}) {
            bad.add(new Bad(kindAndValue[0], kindAndValue[1], PAGE_INVALID));
        }
        return bad;
    }

    private static List<Bad> endpointUri() {
        String invalid = "InvalidEndpointUri";
        return List.of(new Bad("http, not https", "http://example.com/data", invalid),
                new Bad("not a URL", "not a url", invalid), new Bad("relative", "/data", invalid),
                new Bad("no host", "https:///data", invalid), new Bad("JSON", "{\"url\":\"https://example.com\"}", invalid),
                new Bad("too long", "https://example.com/" + "a".repeat(2030), invalid),
                new Bad("control character", "https://example.com/\u0001", invalid));
    }

    private static List<Bad> filePath() {
        String invalid = "InvalidFilePath";
        return required("FilePath", List.of(new Bad("ftp", "ftp://files.example.com/flow.json", invalid),
                new Bad("file", "file:///etc/passwd", invalid), new Bad("not a URL", "not a url", invalid),
                new Bad("relative", "/flow.json", invalid), new Bad("no host", "https:///flow.json", invalid),
                new Bad("JSON", "[\"https://files.example.com/flow.json\"]", invalid),
                new Bad("too long", "https://files.example.com/" + "a".repeat(2030), invalid),
                new Bad("control character", "https://files.example.com/\u0000.json", invalid)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("refused with the exact code, in either scheme, from the query or a form body, over GET or POST")
    void refused(Case badCase) {
        Map<String, String> parameters = valid(badCase.action());
        if (badCase.value() == null) {
            parameters.remove(badCase.parameter());
        } else {
            parameters.put(badCase.parameter(), badCase.value());
        }

        for (Transport transport : Transport.values()) {
            JsonNode body = assertError(server.call(transport, badCase.action(), parameters), 400, badCase.code());

            // every message names the parameter: "X is mandatory…", "Specified parameter X is not valid…"
            assertThat(body.path("Message").asText()).as("%s", transport).contains(badCase.parameter());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CamsAction.class)
    @DisplayName("the valid parameters of each case are accepted (so each case spoils only its own parameter)")
    void baselineAccepted(CamsAction action) {
        server.world.files.put(URI.create("https://files.example.com/flow.json"),
                FlowActionsOverHandlerTest.FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        Map<String, String> parameters = valid(action);
        if (action == CamsAction.DELETE_FLOW || action == CamsAction.DEPRECATE_FLOW || action == CamsAction.PUBLISH_FLOW) {
            // the lifecycle may refuse these on this flow; that is past the parameters, which is all this checks
            String code = ResponseAssertions.json(server.call(Transport.ACS3_QUERY, action, parameters)).path("Code").asText();
            assertThat(code).isIn("OK", "Flow.CannotDelete", "Flow.CannotDeprecate", "Flow.CannotPublish");
        } else {
            assertOk(server.call(Transport.ACS3_QUERY, action, parameters));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SignatureScheme.class)
    @DisplayName("a call refused for a bad parameter does not use up its nonce: the same nonce with good parameters is served once")
    void badParameterKeepsNonce(SignatureScheme scheme) {
        CamsRequestSigner sameNonce = CamsRequestSigner.of(server.rootKey.id().value(),
                server.rootKey.secret().reveal(), server.world.clock, () -> "the-one-nonce-" + scheme);
        Map<String, String> bad = Map.of("FlowName", "fine", "Categories", "[]");
        Map<String, String> good = Map.of("FlowName", "fine", "Categories", "[\"OTHER\"]",
                "CustSpaceId", server.tenant.space.value());

        CamsHttpResponse refused = send(sameNonce, scheme, bad);
        CamsHttpResponse missing = send(sameNonce, scheme, Map.of("Categories", "[\"OTHER\"]"));
        CamsHttpResponse served = send(sameNonce, scheme, good);
        CamsHttpResponse replayed = send(sameNonce, scheme, good);

        assertError(refused, 400, CATEGORIES_INVALID);
        assertError(missing, 400, "MissingFlowName");
        assertThat(assertOk(served).path("Data").path("FlowName").asText()).isEqualTo("fine");
        assertError(replayed, 400, "SignatureNonceUsed");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Transport.class)
    @DisplayName("a call refused for a bad parameter spends none of the action's quota")
    void badParameterSpendsNoQuota(Transport transport) {
        World.Tenant limited = server.world.tenant(1);
        CamsRequestSigner signer = server.signer(limited.key(limited.root));
        Map<String, String> page = Map.of("CustSpaceId", limited.space.value(), "Page", "{\"Size\":0}");

        CamsHttpResponse refused = server.handler.handle(signer.sign(transport.scheme(), RestWorld.ENDPOINT,
                transport.call(CamsAction.LIST_FLOW, page)).toCamsHttpRequest("127.0.0.1"));
        CamsHttpResponse served = server.handler.handle(signer.sign(transport.scheme(), RestWorld.ENDPOINT,
                transport.call(CamsAction.LIST_FLOW, Map.of("CustSpaceId", limited.space.value())))
                .toCamsHttpRequest("127.0.0.1"));
        CamsHttpResponse overQuota = server.handler.handle(signer.sign(transport.scheme(), RestWorld.ENDPOINT,
                transport.call(CamsAction.LIST_FLOW, Map.of())).toCamsHttpRequest("127.0.0.1"));

        assertError(refused, 400, PAGE_INVALID);
        assertThat(assertOk(served).path("Data").isArray()).isTrue();
        assertError(overQuota, 400, "System.LimitControl");
    }

    private CamsHttpResponse send(CamsRequestSigner signer, SignatureScheme scheme, Map<String, String> parameters) {
        return server.handler.handle(signer.sign(scheme, RestWorld.ENDPOINT,
                RpcCall.of(CamsAction.CREATE_FLOW, parameters))
                .toCamsHttpRequest("127.0.0.1"));
    }
}
