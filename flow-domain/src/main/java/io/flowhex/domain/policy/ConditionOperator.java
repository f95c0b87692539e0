package io.flowhex.domain.policy;

import java.util.HashMap;
import java.util.Map;

/**
 * The condition operators RAM documents, and only those. {@code …IfExists}, {@code Null} and any
 * other name are rejected by {@link #fromName(String)}: RAM refuses such policies, and guessing a
 * meaning would let a {@code Deny} silently stop matching (failing open).
 */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", Family.STRING, Comparison.EQUAL, false),
    STRING_NOT_EQUALS("StringNotEquals", Family.STRING, Comparison.EQUAL, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQUAL, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQUAL, true),
    STRING_LIKE("StringLike", Family.STRING_LIKE, Comparison.EQUAL, false),
    STRING_NOT_LIKE("StringNotLike", Family.STRING_LIKE, Comparison.EQUAL, true),
    NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, Comparison.EQUAL, false),
    NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, Comparison.EQUAL, true),
    NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, Comparison.LESS, false),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, Comparison.LESS_OR_EQUAL, false),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, Comparison.GREATER, false),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, Comparison.GREATER_OR_EQUAL, false),
    DATE_EQUALS("DateEquals", Family.DATE, Comparison.EQUAL, false),
    DATE_NOT_EQUALS("DateNotEquals", Family.DATE, Comparison.EQUAL, true),
    DATE_LESS_THAN("DateLessThan", Family.DATE, Comparison.LESS, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, Comparison.LESS_OR_EQUAL, false),
    DATE_GREATER_THAN("DateGreaterThan", Family.DATE, Comparison.GREATER, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE, Comparison.GREATER_OR_EQUAL, false),
    BOOL("Bool", Family.BOOL, Comparison.EQUAL, false),
    IP_ADDRESS("IpAddress", Family.IP, Comparison.EQUAL, false),
    NOT_IP_ADDRESS("NotIpAddress", Family.IP, Comparison.EQUAL, true);

    /** How an operator's values are parsed and compared. */
    public enum Family { STRING, STRING_IGNORE_CASE, STRING_LIKE, NUMERIC, DATE, BOOL, IP }

    /** How the request value must relate to a policy value; {@code EQUAL} means "is in" for IP. */
    enum Comparison {
        EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL;

        /** {@code order} is {@code requestValue.compareTo(policyValue)}. */
        boolean accepts(int order) {
            return switch (this) {
                case EQUAL -> order == 0;
                case LESS -> order < 0;
                case LESS_OR_EQUAL -> order <= 0;
                case GREATER -> order > 0;
                case GREATER_OR_EQUAL -> order >= 0;
            };
        }
    }

    private static final Map<String, ConditionOperator> BY_NAME = new HashMap<>();

    static {
        for (ConditionOperator operator : values()) {
            BY_NAME.put(operator.documentName, operator);
        }
    }

    private final String documentName;
    private final Family family;
    private final Comparison comparison;
    private final boolean negated;

    ConditionOperator(String documentName, Family family, Comparison comparison, boolean negated) {
        this.documentName = documentName;
        this.family = family;
        this.comparison = comparison;
        this.negated = negated;
    }

    /** Looks up an operator by its exact name in a policy document, e.g. {@code "StringEquals"}. */
    public static ConditionOperator fromName(String name) {
        ConditionOperator operator = name == null ? null : BY_NAME.get(name);
        if (operator == null) {
            throw new InvalidPolicyException("unsupported condition operator " + InvalidPolicyException.quote(name));
        }
        return operator;
    }

    /** The name as written in a policy document. */
    public String documentName() {
        return documentName;
    }

    public Family family() {
        return family;
    }

    /**
     * Whether this is a negated operator ({@code …Not…}, {@code NotIpAddress}): its values are
     * combined with NOR instead of OR, and it holds when the request lacks the key.
     */
    public boolean negated() {
        return negated;
    }

    Comparison comparison() {
        return comparison;
    }
}
