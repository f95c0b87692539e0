package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A condition operator")
class ConditionOperatorTest {

    @Test
    @DisplayName("is found by every name RAM documents, and there are exactly 21 of them")
    void isFoundByDocumentedName() {
        assertThat(Arrays.stream(ConditionOperator.values()).map(ConditionOperator::documentName))
                .containsExactlyInAnyOrder("StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
                        "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
                        "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
                        "NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan",
                        "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool", "IpAddress",
                        "NotIpAddress");
        for (ConditionOperator operator : ConditionOperator.values()) {
            assertThat(ConditionOperator.fromName(operator.documentName())).isSameAs(operator);
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"BoolIfExists", "StringEqualsIfExists", "IpAddressIfExists", "Null", "StringMatches",
            "stringequals", "STRINGEQUALS", "ipaddress", "", " StringEquals"})
    @DisplayName("refuses IfExists, Null, unknown and wrongly cased names")
    void refusesUnsupportedNames(String name) {
        assertThatThrownBy(() -> ConditionOperator.fromName(name))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageStartingWith("unsupported condition operator");
    }

    @Test
    @DisplayName("is negated exactly for the Not operators")
    void isNegatedForNotOperators() {
        for (ConditionOperator operator : ConditionOperator.values()) {
            assertThat(operator.negated()).as(operator.documentName())
                    .isEqualTo(operator.documentName().contains("Not"));
        }
    }
}
