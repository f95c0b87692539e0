package io.flowhex.application.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowhex.domain.policy.Condition;
import io.flowhex.domain.policy.ConditionOperator;
import io.flowhex.domain.policy.Effect;
import io.flowhex.domain.policy.InvalidPolicyException;
import io.flowhex.domain.policy.PatternClause;
import io.flowhex.domain.policy.Policy;
import io.flowhex.domain.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a RAM policy document (JSON text) into a compiled {@link Policy}, refusing whatever RAM
 * would refuse with an {@link InvalidPolicyException} that says why in a few words.
 *
 * <p>Unknown elements are refused too, not skipped: a misspelt {@code "Condtion"} in an Allow
 * would otherwise grant without its condition. Thread-safe; create one and share it.
 */
public final class PolicyDocumentParser {

    /** RAM's limit on the length of one policy document. */
    public static final int MAX_DOCUMENT_CHARACTERS = 6144;

    private static final int MAX_QUOTED_PARSER_MESSAGE = 80;
    private static final Set<String> DOCUMENT_ELEMENTS = Set.of("Version", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS =
            Set.of("Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public Policy parse(String documentText) {
        Objects.requireNonNull(documentText, "documentText");
        if (documentText.length() > MAX_DOCUMENT_CHARACTERS) {
            throw new InvalidPolicyException("policy document exceeds " + MAX_DOCUMENT_CHARACTERS + " characters");
        }
        JsonNode document = readTree(documentText);
        if (document == null || !document.isObject()) {
            throw new InvalidPolicyException("policy document must be a JSON object");
        }
        requireKnownElements(document, DOCUMENT_ELEMENTS, "policy document");
        JsonNode version = document.get("Version");
        if (version == null || !version.isTextual() || !"1".equals(version.textValue())) {
            throw new InvalidPolicyException("Version must be \"1\"");
        }
        return new Policy(statements(document.get("Statement")));
    }

    private JsonNode readTree(String documentText) {
        try {
            return mapper.readTree(documentText);
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote a token of the document: keep only its first words.
            String message = e.getOriginalMessage();
            if (message.length() > MAX_QUOTED_PARSER_MESSAGE) {
                message = message.substring(0, MAX_QUOTED_PARSER_MESSAGE) + "...";
            }
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidPolicyException("policy document is not valid JSON: " + message + where);
        }
    }

    private static List<Statement> statements(JsonNode element) {
        if (element == null) {
            throw new InvalidPolicyException("Statement is required");
        }
        if (element.isObject()) {
            // RAM accepts a single statement object in place of a one-element list.
            return List.of(statement(element));
        }
        if (!element.isArray()) {
            throw new InvalidPolicyException("Statement must be an object or an array of objects");
        }
        List<Statement> statements = new ArrayList<>(element.size());
        for (JsonNode statement : element) {
            if (!statement.isObject()) {
                throw new InvalidPolicyException("Statement must be an object or an array of objects");
            }
            statements.add(statement(statement));
        }
        return statements;
    }

    private static Statement statement(JsonNode statement) {
        requireKnownElements(statement, STATEMENT_ELEMENTS, "statement");
        return new Statement(
                effect(statement.get("Effect")),
                clause(statement, "Action", "NotAction", PatternClause::actions),
                clause(statement, "Resource", "NotResource", PatternClause::resources),
                conditions(statement.get("Condition")));
    }

    private static Effect effect(JsonNode element) {
        String effect = element != null && element.isTextual() ? element.textValue() : "";
        return switch (effect) {
            case "Allow" -> Effect.ALLOW;
            case "Deny" -> Effect.DENY;
            default -> throw new InvalidPolicyException("Effect must be \"Allow\" or \"Deny\"");
        };
    }

    private static PatternClause clause(JsonNode statement, String name, String negatedName,
                                        BiFunction<List<String>, Boolean, PatternClause> factory) {
        JsonNode listed = statement.get(name);
        JsonNode excluded = statement.get(negatedName);
        if ((listed == null) == (excluded == null)) {
            throw new InvalidPolicyException("a statement needs exactly one of " + name + " and " + negatedName);
        }
        boolean negated = listed == null;
        String element = negated ? negatedName : name;
        List<String> patterns = strings(negated ? excluded : listed, element);
        if (patterns.isEmpty()) {
            throw new InvalidPolicyException(element + " must not be empty");
        }
        return factory.apply(patterns, negated);
    }

    private static List<String> strings(JsonNode element, String name) {
        if (element.isTextual()) {
            return List.of(element.textValue());
        }
        if (!element.isArray()) {
            throw new InvalidPolicyException(name + " must be a string or an array of strings");
        }
        List<String> values = new ArrayList<>(element.size());
        for (JsonNode value : element) {
            if (!value.isTextual()) {
                throw new InvalidPolicyException(name + " must be a string or an array of strings");
            }
            values.add(value.textValue());
        }
        return values;
    }

    private static List<Condition> conditions(JsonNode block) {
        if (block == null) {
            return List.of();
        }
        if (!block.isObject()) {
            throw new InvalidPolicyException("Condition must be an object of operators");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operatorEntry : block.properties()) {
            ConditionOperator operator = ConditionOperator.fromName(operatorEntry.getKey());
            JsonNode keys = operatorEntry.getValue();
            if (!keys.isObject() || keys.isEmpty()) {
                // An empty block would put no condition on an Allow: refuse rather than widen it.
                throw new InvalidPolicyException(
                        "condition operator " + operator.documentName() + " must map condition keys to values");
            }
            for (Map.Entry<String, JsonNode> entry : keys.properties()) {
                conditions.add(Condition.of(operator, entry.getKey(), conditionValues(entry.getValue(), operator)));
            }
        }
        return conditions;
    }

    private static List<String> conditionValues(JsonNode element, ConditionOperator operator) {
        if (!element.isArray()) {
            return List.of(scalar(element, operator));
        }
        List<String> values = new ArrayList<>(element.size());
        for (JsonNode value : element) {
            values.add(scalar(value, operator));
        }
        return values;
    }

    private static String scalar(JsonNode value, ConditionOperator operator) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            // asText, not toPlainString: 1e999999999 must not expand into a billion digits.
            return value.asText();
        }
        throw new InvalidPolicyException(
                "values under " + operator.documentName() + " must be strings, numbers or booleans");
    }

    private static void requireKnownElements(JsonNode object, Set<String> known, String where) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            if (!known.contains(name)) {
                throw new InvalidPolicyException("unknown " + where + " element " + InvalidPolicyException.quote(name));
            }
        }
    }
}
