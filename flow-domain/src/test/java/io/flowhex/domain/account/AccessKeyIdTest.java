package io.flowhex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An AccessKey id")
class AccessKeyIdTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"LTAI5tExampleKeyId", "testAccessKeyId", "STS.NUgYrLnoC37mZZCNnAbez2", "a", "a.b_c-D9"})
    @DisplayName("accepts letters, digits, dots, underscores and hyphens as given")
    void acceptsIds(String text) {
        assertThat(new AccessKeyId(text).value()).isEqualTo(text);
        assertThat(new AccessKeyId(text)).hasToString(text);
    }

    @Test
    @DisplayName("accepts 128 characters and rejects 129 or none")
    void lengthLimit() {
        LengthBounds.assertBounds(AccessKeyId::new, AccessKeyId::value, "K", 128,
                "AccessKeyId must be 1 to 128 characters");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"key id", "key/id", "key+id", "key=id", "key&id", "ключ", "key\n"})
    @DisplayName("rejects any other character, so an id never needs encoding")
    void rejectsOtherCharacters(String text) {
        assertThatThrownBy(() -> new AccessKeyId(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AccessKeyId may contain only letters, digits, '.', '_' and '-'");
    }

    @Test
    @DisplayName("rejects null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new AccessKeyId(null))
                .withMessage("AccessKeyId must not be null");
    }
}
