package io.flowhex.domain.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One key under one operator of a statement's {@code Condition} block, e.g.
 * {@code "IpAddress": {"acs:SourceIp": ["192.0.2.0/24", "203.0.113.2"]}}.
 *
 * <p>The key is kept in lower case because RAM matches condition key names without regard to case;
 * {@link RequestContext} normalizes its keys the same way, so a lookup needs no folding.
 */
public record Condition(ConditionOperator operator, String key, ConditionValues values) {

    public Condition {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(values, "values");
        if (key == null || key.isBlank()) {
            throw new InvalidPolicyException("condition " + operator.documentName() + " has an empty key");
        }
        key = key.toLowerCase(Locale.ROOT);
        if (values.values().isEmpty()) {
            throw new InvalidPolicyException("condition " + operator.documentName() + " has a key without values");
        }
        if (values.family() != operator.family()) {
            throw new IllegalArgumentException(
                    operator.documentName() + " needs " + operator.family() + " values, not " + values.family());
        }
    }

    /** Parses {@code values} as written in a policy document for {@code operator}. */
    public static Condition of(ConditionOperator operator, String key, List<String> values) {
        return new Condition(operator, key, ConditionValues.parse(operator, values));
    }

    /**
     * Whether the request satisfies this condition. A key the request lacks satisfies only a negated
     * operator; otherwise a positive operator needs one value to match (OR) and a negated one needs
     * none to match (NOR). A request value of the wrong form (a source "IP" that is not an address)
     * matches no value: it cannot satisfy {@code IpAddress}, and it does satisfy {@code NotIpAddress},
     * so an Allow does not grant and a Deny does fire — both fail closed.
     */
    public boolean isSatisfiedBy(RequestContext context) {
        String requestValue = context.valueOfNormalizedKey(key);
        if (requestValue == null) {
            return operator.negated();
        }
        return values.anyMatch(operator, requestValue) != operator.negated();
    }
}
