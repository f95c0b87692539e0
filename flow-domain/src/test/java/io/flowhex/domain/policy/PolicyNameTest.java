package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A custom policy's name")
class PolicyNameTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"ReadFlows", "only-from-doc-net", "A", "0", "Policy-2"})
    @DisplayName("accepts letters, digits and '-' as given")
    void acceptsNames(String text) {
        assertThat(new PolicyName(text).value()).isEqualTo(text);
        assertThat(new PolicyName(text)).hasToString(text);
    }

    @Test
    @DisplayName("accepts 128 characters and rejects 129 or none")
    void lengthLimit() {
        LengthBounds.assertBounds(PolicyName::new, PolicyName::value, "p", PolicyName.MAX_LENGTH,
                "a policy name must be 1 to 128 characters");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"read flows", "read_flows", "read.flows", "*", "ä", "x\n"})
    @DisplayName("rejects any other character")
    void rejectsOtherCharacters(String text) {
        assertThatThrownBy(() -> new PolicyName(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a policy name may contain only letters, digits and '-'");
    }

    @Test
    @DisplayName("rejects null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new PolicyName(null)).withMessage("policy name must not be null");
    }
}
