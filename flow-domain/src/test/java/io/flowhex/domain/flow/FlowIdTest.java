package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A flow id")
class FlowIdTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1", "0", "926753328126430", "0000000000000000000000000000000000000000000000000000000000000001"})
    @DisplayName("accepts 1 to 64 ASCII digits and keeps them as given")
    void acceptsDigits(String digits) {
        assertThat(FlowId.of(digits).value()).isEqualTo(digits);
        assertThat(new FlowId(digits)).hasToString(digits);
    }

    @Test
    @DisplayName("keeps leading zeros, so 042 and 42 are different flows")
    void keepsLeadingZeros() {
        assertThat(FlowId.of("042").value()).isEqualTo("042");
        assertThat(FlowId.of("042")).isNotEqualTo(FlowId.of("42")).isEqualTo(FlowId.of("042"));
    }

    @Test
    @DisplayName("accepts exactly 64 digits and rejects 65 or none")
    void lengthLimit() {
        LengthBounds.assertBounds(FlowId::of, FlowId::value, "9", 64, "FlowId must be 1 to 64 digits");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"12a", " 12", "12 ", "-1", "+1", "1.5", "1e3", "0x1F", "١٢٣", "１２３", "۱۲۳", "92675332812643****"})
    @DisplayName("rejects anything but the ASCII digits 0-9, Arabic-Indic and full-width digits included")
    void rejectsNonAsciiDigits(String text) {
        assertThatThrownBy(() -> FlowId.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FlowId must contain only the digits 0-9");
    }

    @Test
    @DisplayName("rejects null with a message naming FlowId")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> FlowId.of(null)).withMessage("FlowId must not be null");
    }
}
