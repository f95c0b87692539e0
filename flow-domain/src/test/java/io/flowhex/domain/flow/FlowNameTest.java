package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A flow name")
class FlowNameTest {

    private static final String GRINNING_FACE = "\uD83D\uDE00";

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"a", "flow_001", "Sign up for the spring sale", " padded ", "Café * ~ + /", "注册流程"})
    @DisplayName("keeps any non-blank text exactly as given")
    void keepsText(String text) {
        assertThat(new FlowName(text).value()).isEqualTo(text);
        assertThat(new FlowName(text)).hasToString(text);
    }

    @Test
    @DisplayName("accepts 200 characters and rejects 201 or none")
    void lengthLimit() {
        LengthBounds.assertBounds(FlowName::new, FlowName::value, "n", 200, "FlowName must be 1 to 200 characters");
    }

    @Test
    @DisplayName("counts an emoji outside the BMP as one character, not two UTF-16 units")
    void countsCodePoints() {
        assertThat(GRINNING_FACE).hasSize(2);
        LengthBounds.assertBounds(FlowName::new, FlowName::value, GRINNING_FACE, 200,
                "FlowName must be 1 to 200 characters");
    }

    @ParameterizedTest(name = "blank #{index}")
    @ValueSource(strings = {" ", "   ", "\t", "\n\r", "\u3000"})
    @DisplayName("rejects blank text, ideographic space included")
    void rejectsBlank(String blank) {
        assertThatThrownBy(() -> new FlowName(blank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FlowName must not be blank");
    }

    @Test
    @DisplayName("rejects null with a message naming FlowName")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new FlowName(null)).withMessage("FlowName must not be null");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a\u0000b", "tab\there", "line\nbreak", "del\u007f"})
    @DisplayName("rejects control characters, NUL above all")
    void rejectsControlCharacters(String name) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FlowName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control characters");
    }

    @ParameterizedTest(name = "#{index}")
    @ValueSource(strings = {"\uD83D", "a\uDE00", "\uDE00\uD83D", "end\uD83D"})
    @DisplayName("rejects half a surrogate pair, which no database can store as given")
    void rejectsUnpairedSurrogates(String name) {
        assertThatThrownBy(() -> new FlowName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FlowName must be well-formed Unicode");
    }

    @Test
    @DisplayName("accepts whole surrogate pairs anywhere")
    void acceptsPairs() {
        assertThat(new FlowName(GRINNING_FACE + "a" + GRINNING_FACE).value()).hasSize(5);
    }
}
