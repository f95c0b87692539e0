package io.flowhex.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A RAM principal name")
class PrincipalNameTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"alice", "alice@example.onaliyun.com", "flow-reader_1.x", "A", "0"})
    @DisplayName("accepts letters, digits, '.', '@', '_' and '-' as given")
    void acceptsNames(String text) {
        assertThat(new PrincipalName(text).value()).isEqualTo(text);
        assertThat(new PrincipalName(text)).hasToString(text);
    }

    @Test
    @DisplayName("accepts 64 characters and rejects 65 or none")
    void lengthLimit() {
        LengthBounds.assertBounds(PrincipalName::new, PrincipalName::value, "n", 64,
                "a RAM name must be 1 to 64 characters");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"alice smith", "alice/bob", "*", "role:admin", "ä", "alice\n"})
    @DisplayName("rejects any other character")
    void rejectsOtherCharacters(String text) {
        assertThatThrownBy(() -> new PrincipalName(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a RAM name may contain only letters, digits, '.', '@', '_' and '-'");
    }

    @Test
    @DisplayName("rejects null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new PrincipalName(null)).withMessage("name must not be null");
    }
}
