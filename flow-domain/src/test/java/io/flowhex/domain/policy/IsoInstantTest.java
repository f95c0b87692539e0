package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The current-time text of a request context")
class IsoInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-06-01T00:00:00Z", "2026-06-01T09:08:07.100Z",
            "2026-12-31T23:59:59.000001Z", "2024-02-29T12:00:00.120300Z", "2026-01-01T00:00:00.000000001Z",
            "2026-01-01T00:00:00.999999999Z", "9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z",
            "1969-12-31T23:59:59.5Z", "-0001-01-01T00:00:00Z"})
    @DisplayName("is exactly what Instant.toString() writes, at the edges of each form")
    void matchesToStringAtTheEdges(String text) {
        Instant instant = Instant.parse(text);

        assertThat(IsoInstant.format(instant)).isEqualTo(instant.toString());
    }

    @Test
    @DisplayName("is exactly what Instant.toString() writes for instants spread over 1970 to 9999")
    void matchesToStringEverywhere() {
        long step = 7_919_777_773L; // seconds and nanoseconds that visit every form of the fraction
        for (long i = 0; i < 40_000; i++) {
            Instant instant = Instant.ofEpochSecond(i * step % 253_402_300_800L, (i * 1_000_003L) % 1_000_000_000L);
            if (i % 3 == 0) {
                instant = Instant.ofEpochSecond(instant.getEpochSecond(), (i % 1000) * 1_000_000L);
            }
            assertThat(IsoInstant.format(instant)).isEqualTo(instant.toString());
        }
    }
}
