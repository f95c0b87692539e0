package io.flowhex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An account id")
class AccountIdTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1234567890123456", "0", "0012", "12345678901234567890123456789012"})
    @DisplayName("accepts 1 to 32 ASCII digits as given")
    void acceptsDigits(String digits) {
        assertThat(new AccountId(digits).value()).isEqualTo(digits);
        assertThat(new AccountId(digits)).hasToString(digits);
    }

    @Test
    @DisplayName("rejects 33 digits and the empty string")
    void lengthLimit() {
        LengthBounds.assertBounds(AccountId::new, AccountId::value, "1", 32, "AccountId must be 1 to 32 digits");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"12a4", "-1", " 1", "1 ", "١٢٣", "１２３"})
    @DisplayName("rejects anything but the ASCII digits 0-9")
    void rejectsNonDigits(String text) {
        assertThatThrownBy(() -> new AccountId(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AccountId must contain only the digits 0-9");
    }

    @Test
    @DisplayName("rejects null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new AccountId(null)).withMessage("AccountId must not be null");
    }
}
