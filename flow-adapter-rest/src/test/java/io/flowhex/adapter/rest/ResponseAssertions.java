package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

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

    static void assertNoInternals(CamsHttpResponse response) {
        assertThat(response.bodyText()).doesNotContain("Exception", "\tat ", "java.", "io.flowhex", "jetty");
    }
}
