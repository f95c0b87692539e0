package io.flowhex.domain.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The values of one condition key, parsed once when the policy is compiled, in the form their
 * operator family compares: text, wildcard patterns, numbers, instants, booleans or networks.
 * A request value that cannot be read in that form matches none of them (see {@link Condition}).
 */
public sealed interface ConditionValues {

    /** Parses document values for {@code operator}; a malformed value is an {@link InvalidPolicyException}. */
    static ConditionValues parse(ConditionOperator operator, List<String> values) {
        return switch (operator.family()) {
            case STRING -> new Texts(values, false);
            case STRING_IGNORE_CASE -> new Texts(values, true);
            case STRING_LIKE -> new Patterns(map(values, WildcardPattern::caseSensitive));
            case NUMERIC -> new Numbers(map(values, value -> require(number(value), value, operator, "a number")));
            case DATE -> new Instants(map(values,
                    value -> require(instant(value), value, operator, "an ISO 8601 date-time with offset")));
            case BOOL -> new Flags(map(values, value -> require(flag(value), value, operator, "true or false")));
            case IP -> new Networks(map(values, CidrBlock::parse));
        };
    }

    /** The parsed values, in document order. */
    List<?> values();

    /** The operator family these values were parsed for. */
    ConditionOperator.Family family();

    /** Whether {@code requestValue} relates to at least one value as {@code operator} asks. */
    boolean anyMatch(ConditionOperator operator, String requestValue);

    /** Exact or case-insensitive text, for {@code String(Not)Equals(IgnoreCase)}. */
    record Texts(List<String> values, boolean ignoreCase) implements ConditionValues {
        public Texts {
            values = List.copyOf(values);
        }

        @Override
        public ConditionOperator.Family family() {
            return ignoreCase ? ConditionOperator.Family.STRING_IGNORE_CASE : ConditionOperator.Family.STRING;
        }

        @Override
        public boolean anyMatch(ConditionOperator operator, String requestValue) {
            for (String value : values) {
                if (ignoreCase ? value.equalsIgnoreCase(requestValue) : value.equals(requestValue)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Case-sensitive wildcard patterns, for {@code StringLike}/{@code StringNotLike}. */
    record Patterns(List<WildcardPattern> values) implements ConditionValues {
        public Patterns {
            values = List.copyOf(values);
        }

        @Override
        public ConditionOperator.Family family() {
            return ConditionOperator.Family.STRING_LIKE;
        }

        @Override
        public boolean anyMatch(ConditionOperator operator, String requestValue) {
            for (WildcardPattern value : values) {
                if (value.matches(requestValue)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Decimal numbers, compared by value ({@code 1.0} equals {@code 1}). */
    record Numbers(List<BigDecimal> values) implements ConditionValues {
        public Numbers {
            values = List.copyOf(values);
        }

        @Override
        public ConditionOperator.Family family() {
            return ConditionOperator.Family.NUMERIC;
        }

        @Override
        public boolean anyMatch(ConditionOperator operator, String requestValue) {
            return anyInOrder(operator, number(requestValue), values);
        }
    }

    /** ISO 8601 date-times with offset, compared as instants. */
    record Instants(List<Instant> values) implements ConditionValues {
        public Instants {
            values = List.copyOf(values);
        }

        @Override
        public ConditionOperator.Family family() {
            return ConditionOperator.Family.DATE;
        }

        @Override
        public boolean anyMatch(ConditionOperator operator, String requestValue) {
            return anyInOrder(operator, instant(requestValue), values);
        }
    }

    /** {@code true}/{@code false}, read without regard to case. */
    record Flags(List<Boolean> values) implements ConditionValues {
        public Flags {
            values = List.copyOf(values);
        }

        @Override
        public ConditionOperator.Family family() {
            return ConditionOperator.Family.BOOL;
        }

        @Override
        public boolean anyMatch(ConditionOperator operator, String requestValue) {
            Boolean actual = flag(requestValue);
            return actual != null && values.contains(actual);
        }
    }

    /** IPv4/IPv6 networks; a request address matches when it lies in one of them. */
    record Networks(List<CidrBlock> values) implements ConditionValues {
        public Networks {
            values = List.copyOf(values);
        }

        @Override
        public ConditionOperator.Family family() {
            return ConditionOperator.Family.IP;
        }

        @Override
        public boolean anyMatch(ConditionOperator operator, String requestValue) {
            byte[] address = CidrBlock.parseAddress(requestValue);
            if (address == null) {
                return false;
            }
            for (CidrBlock value : values) {
                if (value.contains(address)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether {@code actual} (null when unreadable) stands to some value as the operator's comparison asks. */
    private static <T extends Comparable<? super T>> boolean anyInOrder(ConditionOperator operator, T actual,
                                                                      List<T> values) {
        if (actual == null) {
            return false;
        }
        for (T value : values) {
            if (operator.comparison().accepts(actual.compareTo(value))) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> map(List<String> values, Function<String, T> parser) {
        List<T> parsed = new ArrayList<>(values.size());
        for (String value : values) {
            parsed.add(parser.apply(value));
        }
        return parsed;
    }

    private static <T> T require(T parsed, String value, ConditionOperator operator, String expected) {
        if (parsed == null) {
            throw new InvalidPolicyException(operator.documentName() + " value " + InvalidPolicyException.quote(value)
                    + " is not " + expected);
        }
        return parsed;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
