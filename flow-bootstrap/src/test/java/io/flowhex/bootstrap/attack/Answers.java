package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;

/** Reads any GetFlow answer: a success in the documented shape, or an error that keeps {@link ErrorContract}. */
final class Answers {

    private Answers() {
    }

    /** {@code OK} for a 200 with a flow in it, else the error's documented code. */
    static String codeOf(RawResponse response, Collection<String> secrets, Object context) {
        if (response.status() != 200) {
            return ErrorContract.assertDocumentedError(response, secrets, context);
        }
        JsonNode body = ErrorContract.parse(response);
        assertThat(body.path("Code").asText()).as("Code of a 200, for %s", context).isEqualTo("OK");
        assertThat(body.path("RequestId").asText()).as("RequestId, for %s", context)
                .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(body.path("Data").path("FlowId").asText()).as("FlowId, for %s", context).isNotEmpty();
        ErrorContract.assertNothingLeaks(response, secrets);
        return "OK";
    }

    /** Asserts a 200 carrying this flow, and returns the body. */
    static JsonNode assertServes(RawResponse response, AttackFixture.FlowRef flow, Object context) {
        assertThat(response.status()).as("status of %s, for %s", response, context).isEqualTo(200);
        JsonNode body = ErrorContract.parse(response);
        assertThat(body.path("Code").asText()).as("Code, for %s", context).isEqualTo("OK");
        assertThat(body.path("Data").path("FlowId").asText()).as("FlowId, for %s", context).isEqualTo(flow.flowId());
        assertThat(body.path("Data").path("FlowName").asText()).as("FlowName, for %s", context).isEqualTo(flow.flowName());
        return body;
    }
}
