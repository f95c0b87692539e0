package io.flowhex.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.flowhex.domain.policy.AccessRequest;
import io.flowhex.domain.policy.ConditionOperator;
import io.flowhex.domain.policy.Effect;
import io.flowhex.domain.policy.InvalidPolicyException;
import io.flowhex.domain.policy.Policy;
import io.flowhex.domain.policy.RequestContext;
import io.flowhex.domain.policy.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The policy document parser")
class PolicyDocumentParserTest {

    private final PolicyDocumentParser parser = new PolicyDocumentParser();

    /** Policy JSON written with single quotes, for legible test data. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static String withStatement(String statement) {
        return json("{'Version': '1', 'Statement': [" + statement + "]}");
    }

    private static final String ALLOW_GET_FLOW = "{'Effect': 'Allow', 'Action': 'cams:GetFlow', 'Resource': '*'";

    @Test
    @DisplayName("reads a single Statement object as a one-statement policy")
    void readsSingleStatementObject() {
        Policy policy = parser.parse(json("{'Version': '1', 'Statement': " + ALLOW_GET_FLOW + "}}"));

        assertThat(policy.statements()).hasSize(1);
        Statement statement = policy.statements().get(0);
        assertThat(statement.effect()).isEqualTo(Effect.ALLOW);
        assertThat(statement.appliesTo(AccessRequest.onAllResources("cams:getflow", RequestContext.empty()))).isTrue();
    }

    @Test
    @DisplayName("reads NotAction, NotResource, arrays and every operator block into conditions")
    void readsFullStatement() {
        Policy policy = parser.parse(withStatement("{'Effect': 'Deny', 'NotAction': ['cams:Get*', 'cams:List*'],"
                + " 'NotResource': 'acs:cams:*:*:flow/secret',"
                + " 'Condition': {'IpAddress': {'acs:SourceIp': ['192.0.2.0/24', '2001:db8::/32']},"
                + "   'Bool': {'acs:SecureTransport': true}, 'NumericLessThan': {'acs:Count': 10}}}"));

        Statement statement = policy.statements().get(0);
        assertThat(statement.effect()).isEqualTo(Effect.DENY);
        assertThat(statement.action().negated()).isTrue();
        assertThat(statement.action().patterns()).hasSize(2);
        assertThat(statement.resource().negated()).isTrue();
        assertThat(statement.conditions()).extracting(condition -> condition.operator())
                .containsExactly(ConditionOperator.IP_ADDRESS, ConditionOperator.BOOL,
                        ConditionOperator.NUMERIC_LESS_THAN);
        RequestContext context = RequestContext.builder().sourceIp("2001:db8::7").secureTransport(true)
                .put("acs:count", "9").build();
        assertThat(statement.appliesTo(AccessRequest.onAllResources("cams:DeleteFlow", context))).isTrue();
        assertThat(statement.appliesTo(AccessRequest.onAllResources("cams:GetFlow", context))).isFalse();
    }

    @Test
    @DisplayName("reads an empty Statement list as a policy that allows nothing")
    void readsEmptyStatementList() {
        assertThat(parser.parse(json("{'Version': '1', 'Statement': []}")).statements()).isEmpty();
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                arguments("an AWS version", json("{'Version': '2012-10-17', 'Statement': []}"),
                        "Version must be \"1\""),
                arguments("a numeric version", json("{'Version': 1, 'Statement': []}"), "Version must be \"1\""),
                arguments("no version", json("{'Statement': []}"), "Version must be \"1\""),
                arguments("an array document", "[]", "policy document must be a JSON object"),
                arguments("an empty document", "", "policy document must be a JSON object"),
                arguments("broken JSON", "{\"Version\": ", "policy document is not valid JSON"),
                arguments("trailing content", json("{'Version': '1', 'Statement': []} {}"),
                        "policy document is not valid JSON"),
                arguments("an unknown top-level element", json("{'Version': '1', 'Id': 'x', 'Statement': []}"),
                        "unknown policy document element 'Id'"),
                arguments("no statement", json("{'Version': '1'}"), "Statement is required"),
                arguments("a string statement", json("{'Version': '1', 'Statement': 'x'}"),
                        "Statement must be an object or an array of objects"),
                arguments("a number in the statement list", withStatement("1"),
                        "Statement must be an object or an array of objects"),
                arguments("a lower-case effect", withStatement("{'Effect': 'allow', 'Action': '*', 'Resource': '*'}"),
                        "Effect must be \"Allow\" or \"Deny\""),
                arguments("no effect", withStatement("{'Action': '*', 'Resource': '*'}"),
                        "Effect must be \"Allow\" or \"Deny\""),
                arguments("both Action and NotAction",
                        withStatement("{'Effect': 'Allow', 'Action': '*', 'NotAction': 'ram:*', 'Resource': '*'}"),
                        "a statement needs exactly one of Action and NotAction"),
                arguments("no action", withStatement("{'Effect': 'Allow', 'Resource': '*'}"),
                        "a statement needs exactly one of Action and NotAction"),
                arguments("no resource", withStatement("{'Effect': 'Allow', 'Action': '*'}"),
                        "a statement needs exactly one of Resource and NotResource"),
                arguments("both Resource and NotResource",
                        withStatement("{'Effect': 'Allow', 'Action': '*', 'Resource': '*', 'NotResource': 'x'}"),
                        "a statement needs exactly one of Resource and NotResource"),
                arguments("a numeric action", withStatement("{'Effect': 'Allow', 'Action': 5, 'Resource': '*'}"),
                        "Action must be a string or an array of strings"),
                arguments("a number in an action list",
                        withStatement("{'Effect': 'Allow', 'Action': ['cams:GetFlow', 5], 'Resource': '*'}"),
                        "Action must be a string or an array of strings"),
                arguments("an empty NotAction list",
                        withStatement("{'Effect': 'Allow', 'NotAction': [], 'Resource': '*'}"),
                        "NotAction must not be empty"),
                arguments("a misspelt Condition", withStatement(ALLOW_GET_FLOW + ", 'Condtion': {}}"),
                        "unknown statement element 'Condtion'"),
                arguments("a condition that is not an object", withStatement(ALLOW_GET_FLOW + ", 'Condition': []}"),
                        "Condition must be an object of operators"),
                arguments("BoolIfExists",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'BoolIfExists': {'acs:MFAPresent': 'false'}}}"),
                        "unsupported condition operator 'BoolIfExists'"),
                arguments("the Null operator",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'Null': {'acs:SourceVpc': 'true'}}}"),
                        "unsupported condition operator 'Null'"),
                arguments("an unknown operator",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'StringMatches': {'acs:SourceVpc': 'a'}}}"),
                        "unsupported condition operator 'StringMatches'"),
                arguments("an empty operator block",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'StringEquals': {}}}"),
                        "condition operator StringEquals must map condition keys to values"),
                arguments("an operator mapped to a string",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'StringEquals': 'vpc-a'}}"),
                        "condition operator StringEquals must map condition keys to values"),
                arguments("an object as a condition value",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'StringEquals': {'k': {'a': 1}}}}"),
                        "values under StringEquals must be strings, numbers or booleans"),
                arguments("null as a condition value",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'StringEquals': {'k': [null]}}}"),
                        "values under StringEquals must be strings, numbers or booleans"),
                arguments("an empty value list",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'StringEquals': {'k': []}}}"),
                        "condition StringEquals has a key without values"),
                arguments("a malformed network",
                        withStatement(ALLOW_GET_FLOW + ", 'Condition': {'IpAddress': {'acs:SourceIp': '192.0.2/24'}}}"),
                        "IP condition value '192.0.2/24' is not an IP address or CIDR block"),
                arguments("a date without offset",
                        withStatement(ALLOW_GET_FLOW
                                + ", 'Condition': {'DateLessThan': {'acs:CurrentTime': '2030-01-01T00:00:00'}}}"),
                        "DateLessThan value '2030-01-01T00:00:00' is not an ISO 8601 date-time with offset"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    @DisplayName("refuses a document with")
    void refusesInvalidDocument(String description, String document, String reason) {
        assertThatThrownBy(() -> parser.parse(document))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    @DisplayName("refuses a document longer than 6144 characters before reading it")
    void refusesLongDocument() {
        String padding = " ".repeat(PolicyDocumentParser.MAX_DOCUMENT_CHARACTERS);
        String document = json("{'Version': '1', 'Statement': []}") + padding;

        assertThatThrownBy(() -> parser.parse(document))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("policy document exceeds 6144 characters");
    }

    @Test
    @DisplayName("accepts a document of exactly 6144 characters")
    void acceptsDocumentAtLimit() {
        String document = json("{'Version': '1', 'Statement': []}");
        String atLimit = document + " ".repeat(PolicyDocumentParser.MAX_DOCUMENT_CHARACTERS - document.length());

        assertThat(parser.parse(atLimit).statements()).isEmpty();
    }

    @Test
    @DisplayName("refuses duplicate keys, at the top level and inside a statement")
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> parser.parse(json("{'Version': '1', 'Version': '1', 'Statement': []}")))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("policy document is not valid JSON: Duplicate field 'Version'");
        // A second Effect could turn a Deny into an Allow if the last one silently won.
        assertThatThrownBy(() -> parser.parse(
                withStatement("{'Effect': 'Deny', 'Action': '*', 'Resource': '*', 'Effect': 'Allow'}")))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("Duplicate field 'Effect'");
    }

    @Test
    @DisplayName("keeps its reasons short instead of echoing the document")
    void keepsReasonsShort() {
        String secretLooking = "x".repeat(3000);
        String brokenDocument = "{\"Version\": " + secretLooking + "}";

        assertThatThrownBy(() -> parser.parse(brokenDocument))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> parser.parse(withStatement(ALLOW_GET_FLOW + ", 'Condition': {'"
                + secretLooking + "': {}}}")))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
