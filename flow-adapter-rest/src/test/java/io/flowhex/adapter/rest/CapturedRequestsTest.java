package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.adapter.rest.signature.Parameter;
import io.flowhex.domain.flow.FlowId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the 13 requests captured from the official SDKs")
class CapturedRequestsTest {

    static final List<String> CAPTURES = List.of(
            "01-tea-acs3-getflow-query", "02-tea-v1-getflow-query", "03-tea-acs3-createflow-special-chars",
            "04-tea-v1-createflow-special-chars", "05-tea-acs3-listflow-page-json", "06-tea-acs3-getflow-formbody-oldsdk",
            "07-tea-v1-getflow-formbody-oldsdk", "08-core-v1-getflow-GET", "09-core-v1-getflow-POST",
            "10-core-v1-getflow-POST-formbody", "11-core-acs3-getflow", "12-tea-v1-getflow-empty-param",
            "13-tea-acs3-getflow-empty-param");

    static Stream<String> captures() {
        return CAPTURES.stream();
    }

    static Stream<String> getFlowCaptures() {
        return CAPTURES.stream().filter(name -> name.contains("getflow"));
    }

    static RawHttpRequest load(String name) {
        return RawHttpRequest.load("/captures/" + name + ".http");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    @DisplayName("each verifies with its signing time, a fresh nonce store and the test key")
    void verifies(String name) {
        RawHttpRequest capture = load(name);

        assertThat(new CaptureWorld(capture).verify(capture.toCamsRequest())).isEqualTo("OK");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("getFlowCaptures")
    @DisplayName("each GetFlow capture is answered with flow 123 by the whole handler, and refused when replayed")
    void getFlowAnswered(String name) {
        RawHttpRequest capture = load(name);
        CaptureWorld server = new CaptureWorld(capture);

        CamsHttpResponse first = server.handler.handle(capture.toCamsRequest());
        CamsHttpResponse replay = server.handler.handle(capture.toCamsRequest());

        assertThat(first.status()).as(first.bodyText()).isEqualTo(200);
        JsonNode data = ResponseAssertions.json(first).path("Data");
        assertThat(data.path("FlowId").asText()).isEqualTo("123");
        ResponseAssertions.assertError(replay, 400, "SignatureNonceUsed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"03-tea-acs3-createflow-special-chars", "04-tea-v1-createflow-special-chars"})
    @DisplayName("each CreateFlow capture creates the flow, its name and URL-valued endpoint byte for byte")
    void createFlowAnswered(String name) {
        RawHttpRequest capture = load(name);
        CaptureWorld server = new CaptureWorld(capture);

        CamsHttpResponse response = server.handler.handle(capture.toCamsRequest());

        JsonNode data = ResponseAssertions.assertOk(response).path("Data");
        assertThat(ResponseAssertions.fields(data)).containsExactly("FlowId", "FlowName", "Categories");
        assertThat(data.path("FlowName").asText()).isEqualTo("My flow *~+/é");
        assertThat(data.path("Categories").toString()).isEqualTo("[\"SIGN_UP\",\"OTHER\"]");
        assertThat(server.world.app.provision().findFlow(new FlowId(data.path("FlowId").asText())).orElseThrow()
                .endpointUri().orElseThrow().toString()).isEqualTo("https://example.com/ep?a=1&b=2");
    }

    @Test
    @DisplayName("the ListFlow capture, Page as JSON text, is answered with an array holding flow 123")
    void listFlowAnswered() {
        RawHttpRequest capture = load("05-tea-acs3-listflow-page-json");
        CaptureWorld server = new CaptureWorld(capture);

        JsonNode data = ResponseAssertions.assertOk(server.handler.handle(capture.toCamsRequest())).path("Data");

        assertThat(data.isArray()).isTrue();
        assertThat(data).hasSize(1);
        assertThat(data.get(0).path("FlowId").asText()).isEqualTo("123");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    @DisplayName("each fails with SignatureDoesNotMatch when the key's secret is another")
    void wrongSecret(String name) {
        RawHttpRequest capture = load(name);

        CaptureWorld server = new CaptureWorld(capture.signingTime(), CaptureWorld.SECRET + "X");

        assertThat(server.verify(capture.toCamsRequest())).isEqualTo("SignatureDoesNotMatch");
    }

    @TestFactory
    @DisplayName("each fails once any single signed part changes")
    Stream<DynamicTest> everySignedPartMatters() {
        return CAPTURES.stream().flatMap(name -> {
            RawHttpRequest capture = load(name);
            CaptureWorld server = new CaptureWorld(capture);
            return mutations(capture).stream().map(m -> dynamicTest(name + ": " + m.what + " → " + m.expectedCode,
                    () -> assertThat(server.verify(m.request.toCamsRequest())).isEqualTo(m.expectedCode)));
        });
    }

    record Mutation(String what, RawHttpRequest request, String expectedCode) {
    }

    static List<Mutation> mutations(RawHttpRequest capture) {
        List<Mutation> out = new ArrayList<>();
        for (Parameter p : capture.queryParameters()) {
            out.add(new Mutation("query " + p.name() + " changed", capture.withQueryValue(p.name(), CapturedRequestsTest::flip),
                    expectedForParameter(p.name())));
        }
        for (Parameter p : capture.bodyParameters()) {
            out.add(new Mutation("body " + p.name() + " changed", capture.withBodyValue(p.name(), CapturedRequestsTest::flip),
                    "SignatureDoesNotMatch"));
        }
        byte[] longer = (new String(capture.body, StandardCharsets.US_ASCII) + (capture.body.length > 0 ? "&" : "") + "Extra=1")
                .getBytes(StandardCharsets.US_ASCII);
        RawHttpRequest extended = capture.withBody(longer);
        if (capture.header("Content-Type") == null) {
            extended = extended.withHeader("Content-Type", "application/x-www-form-urlencoded");
        }
        out.add(new Mutation("body extended", extended, "SignatureDoesNotMatch"));
        if (capture.isAcs3()) {
            out.addAll(acs3Mutations(capture, longer));
        }
        return out;
    }

    private static List<Mutation> acs3Mutations(RawHttpRequest capture, byte[] longer) {
        List<Mutation> out = new ArrayList<>();
        String authorization = capture.header("Authorization");
        String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]*).*", "$1");
        for (String name : signedHeaders.split(";")) {
            out.add(new Mutation("signed header " + name + " changed",
                    capture.withHeader(name, flip(capture.header(name))), "SignatureDoesNotMatch"));
        }
        String hash = io.flowhex.adapter.rest.signature.Digests.sha256Hex(longer);
        RawHttpRequest consistent = capture.withBody(longer).withHeader("x-acs-content-sha256", hash)
                .withHeader("Content-Type", "application/x-www-form-urlencoded");
        out.add(new Mutation("body extended, x-acs-content-sha256 updated", consistent, "SignatureDoesNotMatch"));
        out.add(new Mutation("AccessKeyId changed",
                capture.withHeader("Authorization", authorization.replace("Credential=t", "Credential=T")),
                "InvalidAccessKeyId.NotFound"));
        out.add(new Mutation("Signature changed",
                capture.withHeader("Authorization", authorization.replaceAll("Signature=(.)", "Signature=0$1")),
                "SignatureDoesNotMatch"));
        return out;
    }

    private static String expectedForParameter(String name) {
        return switch (name) {
            case "AccessKeyId" -> "InvalidAccessKeyId.NotFound";
            case "SignatureMethod" -> "InvalidSignatureMethod";
            case "SignatureVersion" -> "InvalidSignatureVersion";
            default -> "SignatureDoesNotMatch";
        };
    }

    /**
     * Changes the first character and nothing else: letters change case, digits count up, anything
     * else becomes {@code x}; an empty value becomes {@code x}. Formats (dates, hex) stay well formed.
     */
    static String flip(String value) {
        if (value.isEmpty()) {
            return "x";
        }
        char c = value.charAt(0);
        String first;
        if (Character.isLetter(c)) {
            first = Character.isUpperCase(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : String.valueOf(c).toUpperCase(Locale.ROOT);
        } else if (c >= '0' && c <= '9') {
            first = String.valueOf((char) ('0' + (c - '0' + 1) % 10));
        } else {
            first = "x";
        }
        return first + value.substring(1);
    }
}
