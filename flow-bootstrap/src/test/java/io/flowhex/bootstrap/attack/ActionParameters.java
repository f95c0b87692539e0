package io.flowhex.bootstrap.attack;

import io.flowhex.application.port.in.CamsAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The table the attack suite spoils the flow API's parameters from: for each of the ten actions, the
 * parameters it reads, and for each parameter the kinds of bad value that apply to it ({@link Kind}),
 * each a generator of values and the one code the protocol notes and the lifecycle spec give it
 * ({@code Missing<Name>}, {@code Invalid<Name>}, {@code InvalidParameter.Categories},
 * {@code InvalidParameter.PageInvalid}). A parameter is defined once, by its type, and shared by
 * every action that reads it; an optional parameter has no "missing" or "empty" kind, since leaving
 * it out is valid.
 */
final class ActionParameters {

    /** The kinds of bad value, as the suite reports them. */
    enum Kind { MISSING, EMPTY, WRONG_TYPE, WRONG_SHAPE, TOO_LONG, CONTROL_CHARACTERS }

    /** Values of one kind for one parameter, and their code; a null value leaves the parameter out. */
    record Bad(Kind kind, Arbitrary<String> values, String code) {
    }

    /** A parameter of an action: its name, a valid value, and what spoils it. */
    record Parameter(String name, String validValue, List<Bad> bad) {
        Parameter {
            bad = List.copyOf(bad);
        }
    }

    /** One spoiled parameter of one action, drawn from the table. */
    record Spoiled(CamsAction action, String parameter, Kind kind, String value, String code) {
        /** The action's valid parameters with this one spoiled (removed when its value is null). */
        Map<String, String> parameters(Map<String, String> valid) {
            Map<String, String> spoiled = new LinkedHashMap<>(valid);
            if (value == null) {
                spoiled.remove(parameter);
            } else {
                spoiled.put(parameter, value);
            }
            return spoiled;
        }

        String describe() {
            String shown = value == null ? "left out" : value.length() > 60 ? value.length() + " characters"
                    : "'" + value + "'";
            return action.wireName() + " " + parameter + " " + kind + " (" + shown + ")";
        }
    }

    private static final Set<CamsAction> ON_ONE_FLOW = EnumSet.complementOf(
            EnumSet.of(CamsAction.CREATE_FLOW, CamsAction.LIST_FLOW));
    private static final List<String> CATEGORIES = List.of("SIGN_UP", "SIGN_IN", "APPOINTMENT_BOOKING",
            "LEAD_GENERATION", "CONTACT_US", "CUSTOMER_SUPPORT", "SURVEY", "OTHER");

    private final AttackFixture.FlowRef flow;

    ActionParameters(AttackFixture.FlowRef flow) {
        this.flow = flow;
    }

    /** The parameters {@code action} reads, in the order of the table. */
    List<Parameter> of(CamsAction action) {
        List<Parameter> parameters = new ArrayList<>();
        if (ON_ONE_FLOW.contains(action)) {
            parameters.add(flowId());
        }
        switch (action) {
            case CREATE_FLOW, MODIFY_FLOW -> {
                parameters.add(flowName());
                parameters.add(categories());
                parameters.add(endpointUri());
            }
            case LIST_FLOW -> {
                parameters.add(nameFilter());
                parameters.add(page());
            }
            case UPDATE_FLOW_JSON_ASSET -> parameters.add(filePath());
            default -> { }
        }
        parameters.add(custSpaceId());
        return parameters;
    }

    /** Every parameter of {@code action} with a valid value: what each spoiled call starts from. */
    Map<String, String> valid(CamsAction action) {
        Map<String, String> valid = new LinkedHashMap<>();
        of(action).forEach(p -> valid.put(p.name(), p.validValue()));
        return valid;
    }

    /** Any action, any of its parameters, any kind that applies, any value of that kind. */
    Arbitrary<Spoiled> spoiled() {
        return Arbitraries.of(CamsAction.values()).flatMap(action -> Arbitraries.of(of(action))
                .flatMap(parameter -> Arbitraries.of(parameter.bad()).flatMap(bad -> bad.values()
                        .map(value -> new Spoiled(action, parameter.name(), bad.kind(), value, bad.code())))));
    }

    // ---- the parameters, by type ----------------------------------------------------------------

    private Parameter flowId() {
        String invalid = "InvalidFlowId";
        return new Parameter("FlowId", flow.flowId(), required("FlowId", List.of(
                new Bad(Kind.WRONG_TYPE, Arbitraries.of("12a", "abc", "1.5", "-1", "+1", "true", "0x1F", "1e5", "١٢٣"), invalid),
                new Bad(Kind.WRONG_SHAPE, Arbitraries.of("[" + flow.flowId() + "]", "{\"FlowId\":" + flow.flowId() + "}",
                        "\"" + flow.flowId() + "\""), invalid),
                new Bad(Kind.TOO_LONG, lengths(65, 2_000).map("1"::repeat), invalid),
                new Bad(Kind.CONTROL_CHARACTERS, controlIn(flow.flowId()), invalid))));
    }

    private Parameter custSpaceId() {
        String invalid = "InvalidCustSpaceId";
        return new Parameter("CustSpaceId", flow.spaceId(), List.of(
                new Bad(Kind.WRONG_TYPE, Arbitraries.of("cams fuzz", "cams-é", "中文", flow.spaceId() + " "), invalid),
                new Bad(Kind.TOO_LONG, lengths(65, 2_000).map("c"::repeat), invalid),
                new Bad(Kind.CONTROL_CHARACTERS, controlIn(flow.spaceId()), invalid)));
    }

    private static Parameter flowName() {
        return new Parameter("FlowName", "attack_valid_name", required("FlowName", nameValues()));
    }

    /** ListFlow's {@code FlowName} filter: optional, held to a name's rules. */
    private static Parameter nameFilter() {
        return new Parameter("FlowName", "flow", nameValues());
    }

    private static List<Bad> nameValues() {
        String invalid = "InvalidFlowName";
        return List.of(new Bad(Kind.WRONG_TYPE, Arbitraries.of(" ", "   ", "\u3000"), invalid),
                new Bad(Kind.TOO_LONG, Arbitraries.oneOf(lengths(201, 1_000).map("n"::repeat),
                        lengths(101, 500).map(n -> "\uD83D\uDE00".repeat(2 * n - 1))).filter(s -> s.codePointCount(0,
                        s.length()) > 200), invalid),
                new Bad(Kind.CONTROL_CHARACTERS, controlIn("name"), invalid));
    }

    private static Parameter categories() {
        String invalid = "InvalidParameter.Categories";
        return new Parameter("Categories", "[\"SIGN_UP\"]", required("Categories", List.of(
                new Bad(Kind.WRONG_TYPE, Arbitraries.of("SIGN_UP", "1", "true", "null", "\"SIGN_UP\"", "[1]", "[true]",
                        "[null]", "[\"sign_up\"]", "[\"UNKNOWN\"]"), invalid),
                new Bad(Kind.WRONG_SHAPE, Arbitraries.of("{\"SIGN_UP\":true}", "[]", "[[\"SIGN_UP\"]]",
                        "[\"SIGN_UP\",\"SIGN_UP\"]", "[\"SIGN_UP\"] x", "[\"SIGN_UP\"", "[\"SIGN_UP\",]",
                        "{\"Categories\":[\"SIGN_UP\"]}", "[\"SIGN_UP\"][\"OTHER\"]"), invalid),
                new Bad(Kind.TOO_LONG, Arbitraries.oneOf(lengths(257, 2_000).map(n -> "[\"" + "S".repeat(n) + "\"]"),
                        lengths(9, 60).map(ActionParameters::manyCategories)), invalid),
                new Bad(Kind.CONTROL_CHARACTERS, Arbitraries.oneOf(controlIn("SIGN_UP").map(s -> "[\"" + s + "\"]"),
                        Arbitraries.of("[\"SIGN_UP\\u0000\"]", "[\"SIGN_UP\\n\"]", "[\"SIGN_UP\"]\u0000")), invalid))));
    }

    /** {@code n} known categories: more than eight can never be distinct. */
    private static String manyCategories(int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add("\"" + CATEGORIES.get(i % CATEGORIES.size()) + "\"");
        }
        return "[" + String.join(",", values) + "]";
    }

    private static Parameter page() {
        String invalid = "InvalidParameter.PageInvalid";
        return new Parameter("Page", "{\"Index\":1,\"Size\":20}", List.of(
                new Bad(Kind.WRONG_TYPE, Arbitraries.of("1", "\"1\"", "Index=1", "null", "true", "{\"Index\":\"1\"}",
                        "{\"Index\":1.5}", "{\"Size\":1e2}", "{\"Size\":true}", "{\"Index\":0}", "{\"Size\":101}",
                        "{\"Index\":-1}", "{\"Index\":2147483648}"), invalid),
                new Bad(Kind.WRONG_SHAPE, Arbitraries.of("[1,20]", "{\"Index\":{\"Value\":1}}", "{\"Index\":[1]}",
                        "{\"Index\":1,\"Total\":3}", "{\"index\":1}", "{\"Index\":1,\"Index\":2}", "{\"Index\":1}x",
                        "{}{}", "{\"Index\":1", "{\"Page\":{\"Index\":1}}"), invalid),
                new Bad(Kind.TOO_LONG, Arbitraries.oneOf(lengths(11, 2_000).map(n -> "{\"Size\":" + "1".repeat(n) + "}"),
                        lengths(257, 2_000).map(n -> "{\"" + "I".repeat(n) + "\":1}")), invalid),
                new Bad(Kind.CONTROL_CHARACTERS, Arbitraries.of("{\"Index\":1}\u0000", "{\"Index\":\u00011}",
                        "{\"Ind\u0000ex\":1}", "\u0007{\"Index\":1}"), invalid)));
    }

    private static Parameter endpointUri() {
        String invalid = "InvalidEndpointUri";
        return new Parameter("EndpointUri", "https://example.com/endpoint", List.of(
                new Bad(Kind.WRONG_TYPE, Arbitraries.of("http://example.com/data", "not a url", "/data", "https:///data",
                        "ftp://example.com/data", "12345", "javascript:alert(1)"), invalid),
                new Bad(Kind.WRONG_SHAPE, Arbitraries.of("{\"url\":\"https://example.com\"}", "[\"https://example.com\"]"),
                        invalid),
                new Bad(Kind.TOO_LONG, lengths(2_030, 4_000).map(n -> "https://example.com/" + "a".repeat(n)), invalid),
                new Bad(Kind.CONTROL_CHARACTERS, controlIn("https://example.com/data"), invalid)));
    }

    private static Parameter filePath() {
        String invalid = "InvalidFilePath";
        return new Parameter("FilePath", "https://files.example.com/flow.json", required("FilePath", List.of(
                new Bad(Kind.WRONG_TYPE, Arbitraries.of("ftp://files.example.com/flow.json", "file:///etc/passwd",
                        "jar:file:/x.jar!/a", "not a url", "/flow.json", "https:///flow.json", "42"), invalid),
                new Bad(Kind.WRONG_SHAPE, Arbitraries.of("[\"https://files.example.com/flow.json\"]",
                        "{\"FilePath\":\"https://files.example.com/flow.json\"}"), invalid),
                new Bad(Kind.TOO_LONG, lengths(2_030, 4_000).map(n -> "https://files.example.com/" + "a".repeat(n)), invalid),
                new Bad(Kind.CONTROL_CHARACTERS, controlIn("https://files.example.com/flow.json"), invalid))));
    }

    // ---- values ---------------------------------------------------------------------------------

    /** A required parameter's two ways of being missing, before its bad values. */
    private static List<Bad> required(String name, List<Bad> values) {
        List<Bad> all = new ArrayList<>(List.of(new Bad(Kind.MISSING, Arbitraries.just(null), "Missing" + name),
                new Bad(Kind.EMPTY, Arbitraries.just(""), "Missing" + name)));
        all.addAll(values);
        return all;
    }

    private static Arbitrary<Integer> lengths(int min, int max) {
        return Arbitraries.integers().between(min, max);
    }

    /** {@code text} with a C0 control character or DEL put in at some position. */
    private static Arbitrary<String> controlIn(String text) {
        Arbitrary<Character> controls = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'),
                Arbitraries.just('\u007f'));
        return Combinators.combine(controls, Arbitraries.integers().between(0, text.length()))
                .as((control, at) -> text.substring(0, at) + control + text.substring(at));
    }
}
