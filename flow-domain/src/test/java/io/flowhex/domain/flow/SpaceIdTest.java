package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A space id (CustSpaceId)")
class SpaceIdTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"cams-kei****", "cams-abc", "x", "!", "~", "instance_01.prod"})
    @DisplayName("accepts printable ASCII without spaces, as given")
    void acceptsPrintableAscii(String text) {
        assertThat(new SpaceId(text).value()).isEqualTo(text);
        assertThat(new SpaceId(text)).hasToString(text);
    }

    @Test
    @DisplayName("accepts 64 characters and rejects 65 or none")
    void lengthLimit() {
        LengthBounds.assertBounds(SpaceId::new, SpaceId::value, "s", 64, "CustSpaceId must be 1 to 64 characters");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"cams abc", " cams", "cams\t", "cams\u007f", "cams-é", "cams-\u0000"})
    @DisplayName("rejects spaces, control characters and non-ASCII")
    void rejectsOtherCharacters(String text) {
        assertThatThrownBy(() -> new SpaceId(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CustSpaceId must be printable ASCII without spaces");
    }

    @Test
    @DisplayName("rejects null with a message naming CustSpaceId")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new SpaceId(null)).withMessage("CustSpaceId must not be null");
    }
}
