package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A schema version")
class SchemaVersionTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"3.0", "2.1", "7", "1.2.3", "0.0", "9999.9999.9999"})
    @DisplayName("accepts one to three dotted numbers of up to four digits each")
    void acceptsDottedNumbers(String text) {
        assertThat(new SchemaVersion(text).value()).isEqualTo(text);
        assertThat(new SchemaVersion(text)).hasToString(text);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "3.", ".3", "3..0", "v3.0", "3.0.0.0", "12345", "3.12345", "3,0", " 3.0", "3.0 ",
            "3.0-beta", "٣.٠"})
    @DisplayName("rejects anything else, non-ASCII digits included")
    void rejectsOtherText(String text) {
        assertThatThrownBy(() -> new SchemaVersion(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a version is dotted numbers such as 3.0");
    }

    @Test
    @DisplayName("rejects null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new SchemaVersion(null))
                .withMessage("version must not be null");
    }
}
