package io.flowhex.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryNonceStoreBoundTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final AccessKeyId KEY = new AccessKeyId("LTAIbound");

    @Test
    @DisplayName("when full of unexpired nonces a new one is refused as unavailable, never let through")
    void fullStoreFailsClosed() {
        NonceStore nonces = InMemoryStores.withMaxNonces(3).nonces();
        for (int i = 0; i < 3; i++) {
            assertThat(nonces.recordIfAbsent(KEY, "n" + i, NOW, NOW.plusSeconds(900))).isTrue();
        }

        assertThatThrownBy(() -> nonces.recordIfAbsent(KEY, "n3", NOW, NOW.plusSeconds(900)))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(nonces.recordIfAbsent(KEY, "n0", NOW.plusSeconds(1), NOW.plusSeconds(901))).isFalse();
    }

    @Test
    @DisplayName("expired nonces make room again, so a full store recovers by itself")
    void expiredNoncesMakeRoom() {
        NonceStore nonces = InMemoryStores.withMaxNonces(1000).nonces();
        for (int i = 0; i < 1000; i++) {
            nonces.recordIfAbsent(KEY, "old" + i, NOW, NOW.plus(Duration.ofMinutes(15)));
        }
        Instant later = NOW.plus(Duration.ofMinutes(15));

        for (int i = 0; i < 1000; i++) {
            assertThat(nonces.recordIfAbsent(KEY, "new" + i, later, later.plus(Duration.ofMinutes(15)))).isTrue();
        }
    }
}
