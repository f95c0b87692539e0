package io.flowhex.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.StoreHealth;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The store timers")
class StoreTimersTest {

    private record Call(String store, String operation, Duration duration, boolean failed) {
    }

    private final List<Call> calls = new ArrayList<>();
    /** A ticker that advances 250 ns each time it is read: every call lasts exactly 250 ns. */
    private final AtomicLong nanos = new AtomicLong();
    private final StoreTimers timers = StoreTimers.of(new FlowMetrics() {
        @Override
        public void actionFinished(CamsAction action, String code, Duration duration) {
            throw new AssertionError("no action here");
        }

        @Override
        public void quotaDenied(CamsAction action) {
            throw new AssertionError("no denial here");
        }

        @Override
        public void authenticationFailed(String code) {
            throw new AssertionError("no authentication here");
        }

        @Override
        public void storeCallFinished(String store, String operation, Duration duration, boolean failed) {
            calls.add(new Call(store, operation, duration, failed));
        }
    }, () -> nanos.getAndAdd(250));

    @Test
    @DisplayName("pass the answer through and report the call with its duration")
    void answerPassedThrough() {
        NonceStore nonces = timers.nonces((key, nonce, now, expiresAt) -> nonce.equals("fresh"));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(nonces.recordIfAbsent(new AccessKeyId("LTAI5tExampleKeyId"), "fresh", now, now)).isTrue();
        assertThat(nonces.recordIfAbsent(new AccessKeyId("LTAI5tExampleKeyId"), "spent", now, now)).isFalse();

        assertThat(calls).containsExactly(new Call("nonces", "recordIfAbsent", Duration.ofNanos(250), false),
                new Call("nonces", "recordIfAbsent", Duration.ofNanos(250), false));
    }

    @Test
    @DisplayName("report a call that threw as failed, and let the failure through unchanged")
    void failureReported() {
        StoreUnavailableException down = new StoreUnavailableException("down");
        StoreHealth health = timers.health(() -> {
            throw down;
        });

        assertThatThrownBy(health::isAvailable).isSameAs(down);

        assertThat(calls).containsExactly(new Call("health", "isAvailable", Duration.ofNanos(250), true));
    }

    @Test
    @DisplayName("refuse a missing store by its name")
    void missingStore() {
        assertThatThrownBy(() -> timers.flows(null)).isInstanceOf(NullPointerException.class).hasMessage("flows");
        assertThatThrownBy(() -> StoreTimers.of(null, System::nanoTime)).hasMessage("metrics");
    }
}
