package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A wildcard pattern")
class WildcardPatternTest {

    @ParameterizedTest(name = "''{0}'' matches ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
            "''     | ''           | true",
            "''     | a            | false",
            "*      | ''           | true",
            "*      | anything     | true",
            "***    | x            | true",
            "a**b   | ab           | true",
            "a**b   | axxb         | true",
            "a*b*c  | abc          | true",
            "a*b*c  | aXbYc        | true",
            "a*b*c  | aXbYcZ       | false",
            "?      | ''           | false",
            "?      | x            | true",
            "?      | xy           | false",
            "??     | xy           | true",
            "a?c    | abc          | true",
            "a?c    | ac           | false",
            "*?     | ''           | false",
            "*?     | z            | true",
            "cams:GetFlow  | cams:GetFlow           | true",
            "cams:GetFlow  | cams:GetFlowJSONAssest | false",
            "cams:GetFlow* | cams:GetFlow           | true",
            "cams:Get*     | cams:GetFlow           | true",
            "*Flow         | cams:GetFlow           | true",
            "*Flow         | cams:GetFlows          | false",
            "a*ab          | aaab                   | true",
            "a*ab          | aaba                   | false",
    })
    @DisplayName("matches wildcards as RAM documents them")
    void matchesWildcards(String pattern, String text, boolean expected) {
        assertThat(WildcardPattern.caseSensitive(pattern).matches(text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("ignores case only when asked to, as for actions")
    void ignoresCaseOnlyWhenAsked() {
        assertThat(WildcardPattern.ignoringCase("CAMS:get*").matches("cams:GetFlow")).isTrue();
        assertThat(WildcardPattern.ignoringCase("cams:getflow").matches("cams:GetFlow")).isTrue();
        assertThat(WildcardPattern.caseSensitive("CAMS:get*").matches("cams:GetFlow")).isFalse();
        assertThat(WildcardPattern.caseSensitive("vpc-ab*").matches("VPC-ABC")).isFalse();
    }

    @Test
    @DisplayName("treats regex metacharacters as plain characters")
    void treatsRegexMetacharactersLiterally() {
        assertThat(WildcardPattern.caseSensitive("a.c").matches("abc")).isFalse();
        assertThat(WildcardPattern.caseSensitive("a.c").matches("a.c")).isTrue();
        assertThat(WildcardPattern.caseSensitive("[a]+").matches("[a]+")).isTrue();
    }

    @Test
    @DisplayName("finishes a pathological pattern quickly instead of backtracking exponentially")
    void finishesPathologicalPatternQuickly() {
        String pattern = "a*".repeat(200) + "b";
        String text = "a".repeat(20_000);

        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> WildcardPattern.caseSensitive(pattern).matches(text));

        assertThat(matched).isFalse();
    }

    @Test
    @DisplayName("is equal to another pattern with the same text and case mode")
    void hasValueEquality() {
        assertThat(WildcardPattern.ignoringCase("cams:*")).isEqualTo(WildcardPattern.ignoringCase("cams:*"))
                .isNotEqualTo(WildcardPattern.caseSensitive("cams:*"))
                .hasToString("cams:*");
    }
}
