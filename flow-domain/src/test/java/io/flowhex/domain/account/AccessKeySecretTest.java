package io.flowhex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.LengthBounds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An AccessKey secret")
class AccessKeySecretTest {

    private static final String SECRET = "ExampleSecret/+~*2025";

    @Test
    @DisplayName("is masked by toString and never shows any of its text")
    void toStringIsMasked() {
        AccessKeySecret secret = AccessKeySecret.of(SECRET);

        assertThat(secret).hasToString("AccessKeySecret[******]");
        assertThat(secret.toString()).doesNotContain(SECRET).doesNotContain("Example").doesNotContain("2025");
        assertThat(AccessKeySecret.of("x")).hasToString("AccessKeySecret[******]");
    }

    @Test
    @DisplayName("gives its text back only through reveal()")
    void reveals() {
        assertThat(AccessKeySecret.of(SECRET).reveal()).isEqualTo(SECRET);
    }

    @Test
    @DisplayName("equals another secret with the same text and no other")
    void equality() {
        AccessKeySecret secret = AccessKeySecret.of(SECRET);

        assertThat(secret).isEqualTo(AccessKeySecret.of(SECRET)).hasSameHashCodeAs(AccessKeySecret.of(SECRET));
        assertThat(secret).isNotEqualTo(AccessKeySecret.of(SECRET + "x"));
        assertThat(secret).isNotEqualTo(AccessKeySecret.of(SECRET.toLowerCase()));
        assertThat(secret).isNotEqualTo(SECRET);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"!", "~", "testAccessKeySecret", "ExampleSecret/+~*2025", "a&b=c%d\"e'f\\g"})
    @DisplayName("accepts printable ASCII from '!' to '~'")
    void acceptsPrintableAscii(String text) {
        assertThat(AccessKeySecret.of(text).reveal()).isEqualTo(text);
    }

    @ParameterizedTest(name = "#{index}")
    @ValueSource(strings = {"with space", "tab\tinside", "line\n", "café", "\u007f", "\u0000", "秘密"})
    @DisplayName("rejects spaces, control characters and non-ASCII, without echoing the secret")
    void rejectsOtherCharacters(String text) {
        assertThatThrownBy(() -> AccessKeySecret.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AccessKeySecret must be printable ASCII without spaces");
    }

    @Test
    @DisplayName("accepts 256 characters and rejects 257 or none")
    void lengthLimit() {
        LengthBounds.assertBounds(AccessKeySecret::of, AccessKeySecret::reveal, "s", 256,
                "AccessKeySecret must be 1 to 256 characters");
    }

    @Test
    @DisplayName("rejects null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> AccessKeySecret.of(null))
                .withMessage("AccessKeySecret must not be null");
    }
}
