package io.flowhex.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowhex.domain.policy.AccessRequest;
import io.flowhex.domain.policy.Decision;
import io.flowhex.domain.policy.InvalidPolicyException;
import io.flowhex.domain.policy.Policy;
import io.flowhex.domain.policy.PolicyEvaluator;
import io.flowhex.domain.policy.PolicySet;
import io.flowhex.domain.policy.PolicyType;
import io.flowhex.domain.policy.PrincipalKind;
import io.flowhex.domain.policy.RequestContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@DisplayName("The 58 RAM policy vectors")
class RamPolicyVectorsTest {

    private static final int VECTOR_COUNT = 58;

    /** Denials not decided by identity policies; every other denial in the vectors is IDENTITY. */
    private static final Map<Integer, PolicyType> DENYING_TYPE_OTHER_THAN_IDENTITY = Map.of(
            52, PolicyType.CONTROL,
            53, PolicyType.CONTROL,
            54, PolicyType.SESSION,
            58, PolicyType.SESSION);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<JsonNode> vectors;

    private final PolicyDocumentParser parser = new PolicyDocumentParser();
    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    @BeforeAll
    static void loadVectors() throws IOException {
        try (InputStream in = RamPolicyVectorsTest.class.getResourceAsStream("/ram-policy-vectors.json")) {
            assertThat(in).as("ram-policy-vectors.json on the test class path").isNotNull();
            vectors = new ArrayList<>();
            MAPPER.readTree(in).get("vectors").forEach(vectors::add);
        }
    }

    @Test
    @DisplayName("the file holds all 58 vectors with distinct ids")
    void holdsAllVectors() {
        assertThat(vectors).hasSize(VECTOR_COUNT);
        assertThat(vectors.stream().map(vector -> vector.get("id").asInt()).distinct()).hasSize(VECTOR_COUNT);
    }

    @TestFactory
    @DisplayName("each vector yields its expected decision")
    Stream<DynamicTest> eachVectorPasses() {
        return vectors.stream().map(vector -> DynamicTest.dynamicTest(
                "#" + vector.get("id").asInt() + " " + vector.get("title").asText() + " -> "
                        + vector.get("expect").asText(),
                () -> check(vector)));
    }

    private void check(JsonNode vector) {
        String expect = vector.get("expect").asText();
        if (expect.equals("INVALID_POLICY")) {
            assertThat(allPolicies(vector))
                    .as("some policy of vector %s is rejected", vector.get("id"))
                    .anySatisfy(document -> assertThatThrownBy(() -> parse(document))
                            .isInstanceOf(InvalidPolicyException.class));
            return;
        }
        Decision decision = evaluator.evaluate(principal(vector), policySet(vector), request(vector.get("request")));

        assertThat(decision.outcome().name()).isEqualTo(expect);
        if (decision.isAllowed()) {
            assertThat(decision.deniedBy()).isEmpty();
        } else {
            PolicyType expectedType = DENYING_TYPE_OTHER_THAN_IDENTITY.getOrDefault(
                    vector.get("id").asInt(), PolicyType.IDENTITY);
            assertThat(decision.deniedBy()).contains(expectedType);
        }
    }

    private static List<JsonNode> allPolicies(JsonNode vector) {
        List<JsonNode> documents = new ArrayList<>();
        for (String field : List.of("identity_policies", "session_policies", "control_policies")) {
            if (vector.has(field)) {
                vector.get(field).forEach(documents::add);
            }
        }
        return documents;
    }

    private PolicySet policySet(JsonNode vector) {
        return new PolicySet(
                policies(vector.get("identity_policies")),
                Optional.ofNullable(vector.get("session_policies")).map(this::policies),
                vector.has("control_policies") ? policies(vector.get("control_policies")) : List.of());
    }

    private List<Policy> policies(JsonNode documents) {
        List<Policy> policies = new ArrayList<>();
        documents.forEach(document -> policies.add(parse(document)));
        return policies;
    }

    private Policy parse(JsonNode document) {
        // The parser reads text, as stored policies arrive: serialize the vector's map first.
        return parser.parse(toJson(document));
    }

    private static String toJson(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new AssertionError("vector document does not serialize", e);
        }
    }

    private static PrincipalKind principal(JsonNode vector) {
        String principal = vector.get("principal").asText();
        return switch (principal) {
            case "root" -> PrincipalKind.ROOT;
            case "user" -> PrincipalKind.RAM_USER;
            case "role" -> PrincipalKind.ROLE_SESSION;
            default -> throw new AssertionError("unknown principal " + principal);
        };
    }

    private static AccessRequest request(JsonNode request) {
        Map<String, String> context = new LinkedHashMap<>();
        request.get("context").properties().forEach(entry -> context.put(entry.getKey(), entry.getValue().asText()));
        return new AccessRequest(
                request.get("action").asText(), request.get("resource").asText(), RequestContext.of(context));
    }
}
