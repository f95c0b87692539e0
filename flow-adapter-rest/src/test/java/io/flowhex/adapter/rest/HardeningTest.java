package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("a malformed, oversized or misrouted request")
class HardeningTest {

    private final CamsRpcHandler handler = new RestWorld().handler;

    private CamsHttpResponse post(String query, String contentType, String body) {
        CamsHttpRequest.Builder request = CamsHttpRequest.builder("POST", "/").rawQuery(query)
                .body(body.getBytes(StandardCharsets.ISO_8859_1)).remoteAddress("127.0.0.1");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return handler.handle(request.build());
    }

    @ParameterizedTest(name = "query {0}")
    @ValueSource(strings = {"FlowId=%zz", "FlowId=%4", "FlowId=12%", "FlowName=%C3%28", "FlowName=%ED%A0%80",
            "FlowName=\u00e9", "=value", "FlowId=1 2"})
    @DisplayName("with malformed percent-encoding, invalid UTF-8, raw non-ASCII or a nameless parameter gets InvalidParameter.Encoding")
    void malformedQuery(String query) {
        assertError(post(query, null, ""), 400, "InvalidParameter.Encoding");
    }

    @Test
    @DisplayName("with a malformed form body gets InvalidParameter.Encoding")
    void malformedBody() {
        assertError(post("", "application/x-www-form-urlencoded", "FlowId=%G1"), 400, "InvalidParameter.Encoding");
    }

    @Test
    @DisplayName("with a parameter repeated in the query gets InvalidParameter.Repeated")
    void repeatedInQuery() {
        assertError(post("FlowId=1&FlowId=2", null, ""), 400, "InvalidParameter.Repeated");
    }

    @Test
    @DisplayName("with a parameter in both the query and the body gets InvalidParameter.Repeated")
    void repeatedAcrossQueryAndBody() {
        assertError(post("FlowId=1", "application/x-www-form-urlencoded", "FlowId=1"), 400, "InvalidParameter.Repeated");
    }

    @Test
    @DisplayName("with a repeated signature header gets InvalidParameter.Repeated")
    void repeatedHeader() {
        CamsHttpRequest request = CamsHttpRequest.builder("POST", "/").header("Authorization", "ACS3-HMAC-SHA256 x")
                .header("Authorization", "ACS3-HMAC-SHA256 y").build();

        assertError(handler.handle(request), 400, "InvalidParameter.Repeated");
    }

    @Test
    @DisplayName("with more than 100 parameters gets InvalidParameter.TooMany")
    void tooManyParameters() {
        String query = IntStream.rangeClosed(1, 101).mapToObj(i -> "P" + i + "=" + i).collect(Collectors.joining("&"));

        assertError(post(query, null, ""), 400, "InvalidParameter.TooMany");
    }

    @Test
    @DisplayName("with request line and headers over 16 KiB gets 431")
    void headersTooLarge() {
        char[] filler = new char[16 * 1024];
        Arrays.fill(filler, 'a');
        CamsHttpRequest request = CamsHttpRequest.builder("POST", "/").header("x-filler", new String(filler)).build();

        assertError(handler.handle(request), 431, "RequestHeaderFieldsTooLarge");
    }

    @Test
    @DisplayName("with a body over 64 KiB gets 413")
    void bodyTooLarge() {
        assertError(post("", "application/x-www-form-urlencoded", "a".repeat(64 * 1024 + 1)), 413, "RequestEntityTooLarge");
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @ValueSource(strings = {"application/json", "text/plain", "multipart/form-data; boundary=x"})
    @DisplayName("with a body of another type gets 415")
    void wrongContentType(String type) {
        assertError(post("", type, "{\"FlowId\":\"1\"}"), 415, "UnsupportedMediaType");
    }

    @Test
    @DisplayName("with a body and no Content-Type gets 415")
    void bodyWithoutContentType() {
        assertError(post("", null, "FlowId=1"), 415, "UnsupportedMediaType");
    }

    @Test
    @DisplayName("with a form body typed with a charset parameter is read (and then needs a signature)")
    void formBodyWithCharset() {
        assertError(post("", "Application/X-WWW-Form-Urlencoded; charset=UTF-8", "FlowId=1"), 400, "MissingSignature");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PUT /", "DELETE /", "POST /health", "GET /flows", "POST /index.html", "GET //"})
    @DisplayName("on another path or method gets 404 InvalidAction.NotFound")
    void notFound(String line) {
        String[] parts = line.split(" ");
        CamsHttpRequest request = CamsHttpRequest.builder(parts[0], parts[1]).build();

        assertError(handler.handle(request), 404, "InvalidAction.NotFound");
    }

    @Test
    @DisplayName("without any signature gets MissingSignature")
    void unsigned() {
        assertError(post("Action=GetFlow&Version=2020-06-06&FlowId=1", null, ""), 400, "MissingSignature");
    }
}
