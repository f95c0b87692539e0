package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A preview")
class PreviewTest {

    private static final Instant EXPIRY = Instant.parse("2026-01-31T00:00:00Z");
    private static final String URL = "https://preview.example.com/flows/123/preview?expires=1769817600000&token=abc";

    private final Preview preview = Preview.of(URL, EXPIRY);

    @Test
    @DisplayName("keeps its URL and expiry")
    void keepsParts() {
        assertThat(preview.url()).isEqualTo(URI.create(URL));
        assertThat(preview.expiresAt()).isEqualTo(EXPIRY);
    }

    @Test
    @DisplayName("is valid up to one nanosecond before its expiry")
    void validBeforeExpiry() {
        assertThat(preview.isValidAt(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(preview.isValidAt(EXPIRY.minusNanos(1))).isTrue();
    }

    @Test
    @DisplayName("is no longer valid at the instant of its expiry, nor after it")
    void invalidFromExpiry() {
        assertThat(preview.isValidAt(EXPIRY)).isFalse();
        assertThat(preview.isValidAt(EXPIRY.plusNanos(1))).isFalse();
        assertThat(preview.isValidAt(EXPIRY.plusSeconds(86_400))).isFalse();
    }

    @Test
    @DisplayName("rejects a URL that is not absolute http or https")
    void rejectsNonWebUrl() {
        assertThatThrownBy(() -> Preview.of("ftp://preview.example.com/x", EXPIRY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preview URL must be an absolute http or https URI");
        assertThatThrownBy(() -> new Preview(URI.create("/flows/123/preview"), EXPIRY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preview URL must be an absolute http or https URI");
    }

    @Test
    @DisplayName("rejects a missing URL or expiry")
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> new Preview(null, EXPIRY))
                .withMessage("preview URL must not be null");
        assertThatNullPointerException().isThrownBy(() -> Preview.of(URL, null))
                .withMessage("preview expiry must not be null");
    }
}
