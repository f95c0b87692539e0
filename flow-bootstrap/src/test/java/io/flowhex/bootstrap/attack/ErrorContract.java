package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What every error answer must look like, whatever was sent: a documented code with its documented
 * HTTP status, a JSON object body with an upper-case UUID {@code RequestId} (the same as the
 * {@code x-acs-request-id} header), {@code Code} and {@code Message}, the JSON content type, and
 * nothing a client must not see: no stack trace, no class name, no secret.
 *
 * <p>The documented codes are the error catalogue of the README (section 7 of the protocol notes
 * plus the CAMS codes), its {@code Missing<Name>}/{@code Invalid<Name>} patterns spelled out for
 * every name the REST adapter checks (see {@code CamsRpcHandler}, {@code V1Reader},
 * {@code Acs3Reader}, {@code FlowParameters}), and the REST adapter's own transport codes
 * ({@code Rejection}, {@code HostErrors}).
 */
final class ErrorContract {

    private static final Set<Integer> ANY_4XX = IntStream.range(400, 500).boxed().collect(Collectors.toUnmodifiableSet());

    /** Every documented error code and the statuses it may come with. */
    static final Map<String, Set<Integer>> DOCUMENTED = Map.ofEntries(
            // Missing<Name>: the names the adapter requires
            Map.entry("MissingSignature", Set.of(400)),
            Map.entry("MissingVersion", Set.of(400)),
            Map.entry("MissingFlowId", Set.of(400)),
            Map.entry("MissingAccessKeyId", Set.of(400)),
            Map.entry("MissingTimestamp", Set.of(400)),
            Map.entry("MissingSignatureNonce", Set.of(400)),
            Map.entry("MissingSignatureMethod", Set.of(400)),
            Map.entry("MissingSignatureVersion", Set.of(400)),
            Map.entry("MissingFlowName", Set.of(400)),
            Map.entry("MissingCategories", Set.of(400)),
            Map.entry("MissingFilePath", Set.of(400)),
            Map.entry("MissingCustSpaceId", Set.of(400)),
            // Invalid<Name>: the names the adapter parses
            Map.entry("InvalidFlowId", Set.of(400)),
            Map.entry("InvalidCustSpaceId", Set.of(400)),
            Map.entry("InvalidFormat", Set.of(400)),
            Map.entry("InvalidSignatureVersion", Set.of(400)),
            Map.entry("InvalidSignatureNonce", Set.of(400)),
            Map.entry("InvalidFlowName", Set.of(400)),
            Map.entry("InvalidEndpointUri", Set.of(400)),
            Map.entry("InvalidFilePath", Set.of(400)),
            // gateway (protocol section 7)
            Map.entry("InvalidAction.NotFound", Set.of(404)),
            Map.entry("InvalidVersion", Set.of(400)),
            Map.entry("SignatureDoesNotMatch", Set.of(400)),
            Map.entry("IncompleteSignature", Set.of(400)),
            Map.entry("InvalidAccessKeyId.NotFound", Set.of(404)),
            Map.entry("InvalidAccessKeyId.Inactive", Set.of(400)),
            Map.entry("InvalidTimeStamp.Format", Set.of(400)),
            Map.entry("InvalidTimeStamp.Expired", Set.of(400)),
            Map.entry("SignatureNonceUsed", Set.of(400)),
            Map.entry("InvalidSignatureMethod", Set.of(400)),
            Map.entry("InternalError", Set.of(500)),
            Map.entry("ServiceUnavailable", Set.of(503)),
            // CAMS
            Map.entry("Product.Unsubscript", Set.of(400)),
            Map.entry("Ram.PermissionDeny", Set.of(400)),
            Map.entry("System.LimitControl", Set.of(400)),
            Map.entry("Unknown.ResourceOwnerId", Set.of(400)),
            // the lifecycle (flow-lifecycle.md) and the JSON-valued parameters
            Map.entry("InvalidParameter.FlowNameExist", Set.of(400)),
            Map.entry("InvalidParameter.Categories", Set.of(400)),
            Map.entry("InvalidParameter.PageInvalid", Set.of(400)),
            Map.entry("InvalidParameter.FilePath", Set.of(400)),
            Map.entry("Flow.CannotUpdate", Set.of(400)),
            Map.entry("Flow.CannotPublish", Set.of(400)),
            Map.entry("Flow.CannotDeprecate", Set.of(400)),
            Map.entry("Flow.CannotDelete", Set.of(400)),
            // the REST adapter's transport codes
            Map.entry("InvalidParameter.Encoding", Set.of(400)),
            Map.entry("InvalidParameter.Repeated", Set.of(400)),
            Map.entry("InvalidParameter.TooMany", Set.of(400)),
            Map.entry("UnsupportedMediaType", Set.of(415)),
            Map.entry("RequestEntityTooLarge", Set.of(413)),
            Map.entry("RequestHeaderFieldsTooLarge", Set.of(414, 431)),
            Map.entry("RequestTimeout", Set.of(408)),
            // a link the server serves itself that does not open (LinkRoutes)
            Map.entry("Forbidden.InvalidLink", Set.of(403)),
            Map.entry("BadRequest", ANY_4XX));

    /** What a stack trace, an exception or a class name leaves in a body. */
    private static final List<String> INTERNALS = List.of("\tat ", "Exception", "Throwable", "java.", "javax.",
            "io.flowhex", "org.eclipse", "com.zaxxer", "org.postgresql", "org.h2", "SQLState", "PSQLException", "Caused by");
    private static final String ECHO = "server string to sign is:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorContract() {
    }

    /**
     * Asserts the answer is a client error (4xx) in the documented shape, and returns its code.
     *
     * @param secrets strings that must appear in no body (AccessKeySecrets)
     */
    static String assertClientError(RawResponse response, Collection<String> secrets) {
        return assertClientError(response, secrets, "");
    }

    /** The same, with what was sent for the failure message. */
    static String assertClientError(RawResponse response, Collection<String> secrets, Object context) {
        assertThat(response.status()).as("status of %s, for %s", response, context).isBetween(400, 499);
        return assertDocumentedError(response, secrets, context);
    }

    /** Asserts the answer is an error of any status in the documented shape, and returns its code. */
    static String assertDocumentedError(RawResponse response, Collection<String> secrets) {
        return assertDocumentedError(response, secrets, "");
    }

    static String assertDocumentedError(RawResponse response, Collection<String> secrets, Object context) {
        JsonNode body = parse(response);
        String code = body.path("Code").asText(null);
        assertThat(code).as("Code of %s, for %s", response, context).isNotNull();
        assertThat(DOCUMENTED).as("documented codes, for %s, for %s", response, context).containsKey(code);
        assertThat(DOCUMENTED.get(code)).as("statuses documented for %s, for %s", code, context).contains(response.status());
        String requestId = body.path("RequestId").asText("");
        assertThat(requestId).as("RequestId of %s", response)
                .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(response.header("x-acs-request-id")).as("x-acs-request-id of %s", response).isEqualTo(requestId);
        assertThat(body.path("Message").asText("")).as("Message of %s", response).isNotBlank();
        assertThat(response.header("content-type")).as("Content-Type of %s", response)
                .isEqualToIgnoringCase("application/json;charset=utf-8");
        assertNothingLeaks(response, secrets);
        return code;
    }

    /**
     * No internals and no secret in the body. The string-to-sign a signature error echoes is the
     * client's own request text (an attacker's parameters may say anything), so only the server's
     * words around it are searched for internals; secrets are searched everywhere.
     */
    static void assertNothingLeaks(RawResponse response, Collection<String> secrets) {
        StringBuilder serverWords = new StringBuilder();
        parse(response).fields().forEachRemaining(field -> {
            String value = field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString();
            int echo = field.getKey().equals("Message") ? value.indexOf(ECHO) : -1;
            serverWords.append(field.getKey()).append('=').append(echo < 0 ? value : value.substring(0, echo)).append('\n');
        });
        for (String marker : INTERNALS) {
            assertThat(serverWords.toString()).as("internals in %s", response).doesNotContain(marker);
        }
        String text = response.bodyText();
        for (String secret : secrets) {
            assertThat(text).as("a secret in %s", response).doesNotContain(secret);
        }
    }

    /** The body as a JSON object; fails when it is anything else. */
    static JsonNode parse(RawResponse response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("the body is not JSON: " + response, e);
        }
        assertThat(body).as("body of %s", response).isNotNull();
        assertThat(body.isObject()).as("the body of %s is a JSON object", response).isTrue();
        return body;
    }
}
