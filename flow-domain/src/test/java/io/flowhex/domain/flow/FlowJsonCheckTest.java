package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A Flow JSON check and its errors")
class FlowJsonCheckTest {

    private static final FlowJsonError ERROR = new FlowJsonError(FlowJsonErrorCode.INVALID_FLOW_JSON, "not JSON", "");

    @Test
    @DisplayName("is valid exactly when it has no errors, and copies its list")
    void validity() {
        List<FlowJsonError> errors = new ArrayList<>(List.of(ERROR));
        FlowJsonCheck invalid = new FlowJsonCheck(Optional.empty(), Optional.empty(), errors);
        errors.clear();

        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid.errors()).containsExactly(ERROR);
        assertThat(FlowJsonCheck.valid(new SchemaVersion("7.3"), Optional.empty()).isValid()).isTrue();
    }

    @Test
    @DisplayName("keeps at most MAX_ERRORS errors")
    void boundedErrors() {
        List<FlowJsonError> tooMany = Collections.nCopies(FlowJsonCheck.MAX_ERRORS + 1, ERROR);

        assertThat(new FlowJsonCheck(Optional.empty(), Optional.empty(), tooMany.subList(0, FlowJsonCheck.MAX_ERRORS))
                .errors()).hasSize(FlowJsonCheck.MAX_ERRORS);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FlowJsonCheck(Optional.empty(), Optional.empty(), tooMany))
                .withMessageContaining("at most");
    }

    @ParameterizedTest(name = "pointer \"{0}\"")
    @ValueSource(strings = {"screens", "#/screens", "x"})
    @DisplayName("an error's pointer is empty or starts with a slash")
    void pointerShape(String pointer) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FlowJsonError(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "m", pointer))
                .withMessageContaining("pointer");
        assertThat(new FlowJsonError(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "m", "/" + pointer).pointer())
                .isEqualTo("/" + pointer);
    }

    @Test
    @DisplayName("an error's message is not blank and bounded")
    void messageBounds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FlowJsonError(FlowJsonErrorCode.INVALID_FLOW_JSON, " ", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new FlowJsonError(FlowJsonErrorCode.INVALID_FLOW_JSON,
                "m".repeat(FlowJsonError.MAX_MESSAGE_LENGTH + 1), ""));
    }
}
