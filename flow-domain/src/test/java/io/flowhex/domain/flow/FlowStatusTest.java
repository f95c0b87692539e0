package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A flow status")
class FlowStatusTest {

    @Test
    @DisplayName("is one of CAMS's three lifecycle states or Meta's two health states")
    void fiveValues() {
        assertThat(Arrays.stream(FlowStatus.values()).map(Enum::name))
                .containsExactly("DRAFT", "PUBLISHED", "DEPRECATED", "BLOCKED", "THROTTLED");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FlowStatus.class)
    @DisplayName("is read back from its wire name")
    void readsWireName(FlowStatus status) {
        assertThat(FlowStatus.fromWire(status.name())).isEqualTo(status);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"draft", "Published", "DELETED", "", " DRAFT"})
    @DisplayName("is not read from any other spelling")
    void rejectsOtherSpellings(String wire) {
        assertThatThrownBy(() -> FlowStatus.fromWire(wire))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown flow status");
    }

    @Test
    @DisplayName("is not read from null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> FlowStatus.fromWire(null))
                .withMessage("status must not be null");
    }
}
