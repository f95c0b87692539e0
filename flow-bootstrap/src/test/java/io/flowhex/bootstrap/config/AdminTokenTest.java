package io.flowhex.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The admin token")
class AdminTokenTest {

    private static final String TOKEN = "a-long-enough-admin-token";

    @Test
    @DisplayName("matches itself only: not a prefix, not one character more or different, not null")
    void matchesItselfOnly() {
        AdminToken token = AdminToken.of(TOKEN);

        assertThat(token.matches(TOKEN)).isTrue();
        assertThat(token.matches(TOKEN.substring(0, TOKEN.length() - 1))).isFalse();
        assertThat(token.matches(TOKEN + "x")).isFalse();
        assertThat(token.matches(TOKEN.replace('a', 'b'))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    @DisplayName("shows nothing of itself")
    void masked() {
        assertThat(AdminToken.of(TOKEN).toString()).isEqualTo("AdminToken[****]");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"short-token", "a token with spaces", "tab\tseparated-token-value", "non-ascii-tökenvalue"})
    @DisplayName("is refused when short or not visible ASCII, without repeating it")
    void refused(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> AdminToken.of(value))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value));
    }

    @Test
    @DisplayName("is refused over 256 characters")
    void tooLong() {
        assertThatIllegalArgumentException().isThrownBy(() -> AdminToken.of("x".repeat(257)));
        assertThat(AdminToken.of("x".repeat(256)).matches("x".repeat(256))).isTrue();
    }

    @Test
    @DisplayName("as a setting: off by default, on when given, and a bad one names the setting, never the value")
    void asASetting() {
        assertThat(ServerSettings.from(RawSettings.resolve(List.of(), Map.of())).adminToken()).isEmpty();
        ServerSettings on = ServerSettings.from(RawSettings.resolve(List.of("--admin-token", TOKEN), Map.of()));
        assertThat(on.adminToken()).hasValueSatisfying(token -> assertThat(token.matches(TOKEN)).isTrue());
        assertThat(on.toString()).contains("adminToken=****").doesNotContain(TOKEN);
        assertThatThrownBy(() -> ServerSettings.from(RawSettings.resolve(List.of(), Map.of("FLOWHEX_ADMIN_TOKEN", "tiny-token"))))
                .hasMessageContaining("--admin-token").hasMessageContaining("FLOWHEX_ADMIN_TOKEN")
                .hasMessageContaining("16 to 256").hasMessageNotContaining("tiny-token");
        assertThat(Setting.ADMIN_TOKEN.isSecret()).isTrue();
    }
}
