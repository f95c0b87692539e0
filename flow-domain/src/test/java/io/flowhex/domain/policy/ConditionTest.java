package io.flowhex.domain.policy;

import static io.flowhex.domain.policy.ConditionOperator.BOOL;
import static io.flowhex.domain.policy.ConditionOperator.DATE_EQUALS;
import static io.flowhex.domain.policy.ConditionOperator.DATE_LESS_THAN;
import static io.flowhex.domain.policy.ConditionOperator.DATE_LESS_THAN_EQUALS;
import static io.flowhex.domain.policy.ConditionOperator.IP_ADDRESS;
import static io.flowhex.domain.policy.ConditionOperator.NOT_IP_ADDRESS;
import static io.flowhex.domain.policy.ConditionOperator.NUMERIC_EQUALS;
import static io.flowhex.domain.policy.ConditionOperator.NUMERIC_GREATER_THAN_EQUALS;
import static io.flowhex.domain.policy.ConditionOperator.NUMERIC_LESS_THAN;
import static io.flowhex.domain.policy.ConditionOperator.STRING_EQUALS;
import static io.flowhex.domain.policy.ConditionOperator.STRING_EQUALS_IGNORE_CASE;
import static io.flowhex.domain.policy.ConditionOperator.STRING_LIKE;
import static io.flowhex.domain.policy.ConditionOperator.STRING_NOT_EQUALS;
import static io.flowhex.domain.policy.ConditionOperator.STRING_NOT_LIKE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A condition")
class ConditionTest {

    private static boolean holds(ConditionOperator operator, String key, List<String> values, String requestValue) {
        return Condition.of(operator, key, values).isSatisfiedBy(RequestContext.of(Map.of(key, requestValue)));
    }

    @Nested
    @DisplayName("parses its values when it is built")
    class Parsing {

        @Test
        @DisplayName("into the form its operator family compares")
        void parsesPerFamily() {
            assertThat(Condition.of(NUMERIC_EQUALS, "k", List.of("1.50", "-3")).values())
                    .isEqualTo(new ConditionValues.Numbers(List.of(new BigDecimal("1.50"), new BigDecimal("-3"))));
            assertThat(Condition.of(DATE_EQUALS, "k", List.of("2030-01-01T08:00:00+08:00")).values())
                    .isEqualTo(new ConditionValues.Instants(List.of(Instant.parse("2030-01-01T00:00:00Z"))));
            assertThat(Condition.of(BOOL, "k", List.of("TRUE", "false")).values())
                    .isEqualTo(new ConditionValues.Flags(List.of(true, false)));
            assertThat(Condition.of(IP_ADDRESS, "k", List.of("192.0.2.0/24")).values())
                    .isEqualTo(new ConditionValues.Networks(List.of(CidrBlock.parse("192.0.2.0/24"))));
            assertThat(Condition.of(STRING_LIKE, "k", List.of("vpc-*")).values())
                    .isEqualTo(new ConditionValues.Patterns(List.of(WildcardPattern.caseSensitive("vpc-*"))));
        }

        @Test
        @DisplayName("and keeps its key in lower case, since key names match without regard to case")
        void keepsKeyInLowerCase() {
            assertThat(Condition.of(IP_ADDRESS, "ACS:SourceIp", List.of("192.0.2.0/24")).key())
                    .isEqualTo("acs:sourceip");
        }

        @ParameterizedTest(name = "{0} ''{1}''")
        @CsvSource(delimiter = '|', value = {
                "NUMERIC_EQUALS        | ten          | NumericEquals value 'ten' is not a number",
                "NUMERIC_LESS_THAN     | 1,5          | NumericLessThan value '1,5' is not a number",
                "DATE_LESS_THAN        | 2030-01-01   | DateLessThan value '2030-01-01' is not an ISO 8601 date-time",
                "DATE_EQUALS           | 2030-01-01T00:00:00 | DateEquals value '2030-01-01T00:00:00' is not an ISO 8601",
                "BOOL                  | yes          | Bool value 'yes' is not true or false",
                "IP_ADDRESS            | 192.0.2.0/33 | IP condition value '192.0.2.0/33' has a prefix length outside 0..32",
                "NOT_IP_ADDRESS        | intranet     | IP condition value 'intranet' is not an IP address or CIDR block",
        })
        @DisplayName("and refuses a malformed value with a reason")
        void refusesMalformedValues(ConditionOperator operator, String value, String reason) {
            assertThatThrownBy(() -> Condition.of(operator, "k", List.of(value)))
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageStartingWith(reason);
        }

        @Test
        @DisplayName("and refuses a key without values or an empty key")
        void refusesMissingValuesAndKeys() {
            assertThatThrownBy(() -> Condition.of(STRING_EQUALS, "k", List.of()))
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessage("condition StringEquals has a key without values");
            assertThatThrownBy(() -> Condition.of(STRING_EQUALS, " ", List.of("v")))
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessage("condition StringEquals has an empty key");
        }

        @Test
        @DisplayName("and refuses values parsed for another operator family")
        void refusesValuesOfAnotherFamily() {
            ConditionValues texts = new ConditionValues.Texts(List.of("192.0.2.1"), false);

            assertThatThrownBy(() -> new Condition(IP_ADDRESS, "k", texts))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("IpAddress needs IP values");
        }
    }

    @Nested
    @DisplayName("when the request lacks its key")
    class AbsentKey {

        @Test
        @DisplayName("does not hold for a positive operator")
        void positiveOperatorIsFalse() {
            assertThat(Condition.of(STRING_EQUALS, "acs:SourceVpc", List.of("vpc-a"))
                    .isSatisfiedBy(RequestContext.empty())).isFalse();
            assertThat(Condition.of(BOOL, "acs:MFAPresent", List.of("false"))
                    .isSatisfiedBy(RequestContext.empty())).isFalse();
        }

        @Test
        @DisplayName("holds for a negated operator")
        void negatedOperatorIsTrue() {
            assertThat(Condition.of(NOT_IP_ADDRESS, "acs:SourceIp", List.of("192.0.2.0/24"))
                    .isSatisfiedBy(RequestContext.empty())).isTrue();
            assertThat(Condition.of(STRING_NOT_EQUALS, "acs:SourceVpc", List.of("vpc-a"))
                    .isSatisfiedBy(RequestContext.empty())).isTrue();
        }
    }

    @Nested
    @DisplayName("with several values")
    class SeveralValues {

        @Test
        @DisplayName("holds for a positive operator when any value matches")
        void positiveOperatorIsOr() {
            assertThat(holds(STRING_EQUALS, "vpc", List.of("vpc-a", "vpc-b"), "vpc-b")).isTrue();
            assertThat(holds(STRING_EQUALS, "vpc", List.of("vpc-a", "vpc-b"), "vpc-c")).isFalse();
        }

        @Test
        @DisplayName("holds for a negated operator only when no value matches")
        void negatedOperatorIsNor() {
            assertThat(holds(STRING_NOT_EQUALS, "vpc", List.of("vpc-a", "vpc-b"), "vpc-b")).isFalse();
            assertThat(holds(STRING_NOT_EQUALS, "vpc", List.of("vpc-a", "vpc-b"), "vpc-c")).isTrue();
            assertThat(holds(NOT_IP_ADDRESS, "ip", List.of("192.0.2.0/24", "203.0.113.2"), "203.0.113.2")).isFalse();
            assertThat(holds(NOT_IP_ADDRESS, "ip", List.of("192.0.2.0/24", "203.0.113.2"), "203.0.113.3")).isTrue();
        }
    }

    @Nested
    @DisplayName("compares")
    class Comparing {

        @Test
        @DisplayName("strings exactly, ignoring case, or as case-sensitive wildcards")
        void comparesStrings() {
            assertThat(holds(STRING_EQUALS, "k", List.of("LTAI5t"), "ltai5t")).isFalse();
            assertThat(holds(STRING_EQUALS_IGNORE_CASE, "k", List.of("LTAI5t"), "ltai5t")).isTrue();
            assertThat(holds(STRING_LIKE, "k", List.of("vpc-ab*"), "vpc-ab")).isTrue();
            assertThat(holds(STRING_LIKE, "k", List.of("vpc-ab*"), "VPC-ABC")).isFalse();
            assertThat(holds(STRING_NOT_LIKE, "k", List.of("vpc-ab*"), "VPC-ABC")).isTrue();
        }

        @Test
        @DisplayName("numbers by value")
        void comparesNumbers() {
            assertThat(holds(NUMERIC_EQUALS, "k", List.of("1"), "1.00")).isTrue();
            assertThat(holds(NUMERIC_LESS_THAN, "k", List.of("10"), "9.99")).isTrue();
            assertThat(holds(NUMERIC_LESS_THAN, "k", List.of("10"), "10")).isFalse();
            assertThat(holds(NUMERIC_GREATER_THAN_EQUALS, "k", List.of("10"), "10")).isTrue();
            assertThat(holds(NUMERIC_EQUALS, "k", List.of("1"), "one")).isFalse();
        }

        @Test
        @DisplayName("dates as instants, LessThan strictly")
        void comparesDates() {
            assertThat(holds(DATE_LESS_THAN, "t", List.of("2030-01-01T00:00:00Z"), "2029-12-31T23:59:59Z")).isTrue();
            assertThat(holds(DATE_LESS_THAN, "t", List.of("2030-01-01T00:00:00Z"), "2030-01-01T00:00:00Z")).isFalse();
            assertThat(holds(DATE_LESS_THAN_EQUALS, "t", List.of("2030-01-01T00:00:00Z"), "2030-01-01T00:00:00Z"))
                    .isTrue();
            assertThat(holds(DATE_LESS_THAN, "t", List.of("2030-01-01T08:00:00+08:00"), "2030-01-01T00:00:00Z"))
                    .isFalse();
            assertThat(holds(DATE_EQUALS, "t", List.of("2030-01-01T08:00:00+08:00"), "2030-01-01T00:00:00.000Z"))
                    .isTrue();
        }

        @Test
        @DisplayName("booleans without regard to case")
        void comparesBooleans() {
            assertThat(holds(BOOL, "acs:SecureTransport", List.of("true"), "TRUE")).isTrue();
            assertThat(holds(BOOL, "acs:SecureTransport", List.of("True"), "true")).isTrue();
            assertThat(holds(BOOL, "acs:SecureTransport", List.of("true"), "false")).isFalse();
            assertThat(holds(BOOL, "acs:SecureTransport", List.of("true"), "yes")).isFalse();
        }

        @Test
        @DisplayName("a malformed request address as outside every network, so both IP operators fail closed")
        void malformedRequestAddressMatchesNothing() {
            assertThat(holds(IP_ADDRESS, "acs:SourceIp", List.of("0.0.0.0/0"), "unknown")).isFalse();
            assertThat(holds(NOT_IP_ADDRESS, "acs:SourceIp", List.of("0.0.0.0/0"), "unknown")).isTrue();
        }

        @Test
        @DisplayName("key names without regard to case")
        void matchesKeyNamesIgnoringCase() {
            Condition condition = Condition.of(IP_ADDRESS, "ACS:SOURCEIP", List.of("192.0.2.0/24"));

            assertThat(condition.isSatisfiedBy(RequestContext.builder().sourceIp("192.0.2.9").build())).isTrue();
        }
    }
}
