package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Checks every response makes: JSON, a request id in body and header, and, for errors, the code. */
final class ResponseAssertions {

    static final String REQUEST_ID = "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseAssertions() {
    }

    static JsonNode json(CamsHttpResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts an error answer and returns its body. */
    static JsonNode assertError(CamsHttpResponse response, int status, String code) {
        JsonNode body = json(response);
        assertThat(body.path("Code").asText()).as("Code of %s", response.bodyText()).isEqualTo(code);
        assertThat(response.status()).as("status of %s", response.bodyText()).isEqualTo(status);
        assertThat(response.headers()).containsEntry("Content-Type", "application/json;charset=utf-8");
        assertThat(body.path("RequestId").asText()).matches(REQUEST_ID)
                .isEqualTo(response.headers().get("x-acs-request-id"));
        assertThat(body.path("HostId").asText()).isEqualTo("cams.ap-southeast-1.aliyuncs.com");
        assertThat(body.path("Message").asText()).isNotBlank();
        assertThat(body.path("Recommend").asText()).contains(code);
        assertNoInternals(response);
        return body;
    }

    /** Asserts a success answer (200, {@code Code} OK, a request id in body and header) and returns its body. */
    static JsonNode assertOk(CamsHttpResponse response) {
        JsonNode body = json(response);
        assertThat(response.status()).as("status of %s", response.bodyText()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Type", "application/json;charset=utf-8");
        assertThat(body.path("Code").asText()).isEqualTo("OK");
        assertThat(body.path("RequestId").asText()).matches(REQUEST_ID)
                .isEqualTo(response.headers().get("x-acs-request-id"));
        return body;
    }

    /** The field names of a JSON object, in order. */
    static List<String> fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static void assertNoInternals(CamsHttpResponse response) {
        assertThat(response.bodyText()).doesNotContain("Exception", "\tat ", "java.", "io.flowhex", "jetty");
    }
}
