package io.flowhex.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The in-memory nonce store's bound per AccessKey")
class InMemoryNonceStoreBoundTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final AccessKeyId KEY = new AccessKeyId("LTAIbound");
    private static final AccessKeyId FLOODER = new AccessKeyId("LTAIflooder");
    private static final AccessKeyId BYSTANDER = new AccessKeyId("LTAIbystander");

    private static InMemoryNonceStore store(int maxPerKey) {
        return (InMemoryNonceStore) InMemoryStores.withMaxNoncesPerKey(maxPerKey).nonces();
    }

    /** Records nonces {@code prefix + 0} to {@code prefix + (count - 1)} at {@code now}; each must be new. */
    private static void recordNew(InMemoryNonceStore nonces, AccessKeyId key, String prefix, int count, Instant now) {
        for (int i = 0; i < count; i++) {
            assertThat(nonces.recordIfAbsent(key, prefix + i, now, now.plus(WINDOW))).as(prefix + i).isTrue();
        }
    }

    @Test
    @DisplayName("a key at its bound of unexpired nonces is refused as over its limit, never let through")
    void keyAtItsBoundFailsClosed() {
        InMemoryNonceStore nonces = store(3);
        recordNew(nonces, KEY, "n", 3, NOW);

        assertThatThrownBy(() -> nonces.recordIfAbsent(KEY, "n3", NOW, NOW.plus(WINDOW)))
                .isInstanceOf(NonceLimitExceededException.class)
                .hasMessage("this AccessKey holds as many unexpired nonces as one key may");
        assertThat(nonces.recordIfAbsent(KEY, "n0", NOW.plusSeconds(1), NOW.plus(WINDOW))).as("still a replay").isFalse();
        assertThat(nonces.recordsHeld()).isEqualTo(3);
    }

    @Test
    @DisplayName("a key flooding far past its bound leaves another key's nonces recorded and refused as before")
    void floodOfOneKeyLeavesAnotherAlone() {
        InMemoryNonceStore nonces = store(1_000);
        int refused = 0;
        for (int i = 0; i < 50_000; i++) {
            try {
                nonces.recordIfAbsent(FLOODER, "flood-" + i, NOW, NOW.plus(WINDOW));
            } catch (NonceLimitExceededException e) {
                refused++;
            }
        }

        assertThat(refused).isEqualTo(49_000);
        assertThat(nonces.recordIfAbsent(BYSTANDER, "mine", NOW, NOW.plus(WINDOW))).isTrue();
        assertThat(nonces.recordIfAbsent(BYSTANDER, "mine", NOW, NOW.plus(WINDOW))).as("a replay").isFalse();
        recordNew(nonces, BYSTANDER, "more-", 999, NOW);
        assertThat(nonces.recordsHeld()).as("each key at its bound, no more").isEqualTo(2_000);
    }

    @Test
    @DisplayName("a nonce refused as used costs the key nothing of its bound")
    void replaysDoNotCount() {
        InMemoryNonceStore nonces = store(2);
        assertThat(nonces.recordIfAbsent(KEY, "once", NOW, NOW.plus(WINDOW))).isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(nonces.recordIfAbsent(KEY, "once", NOW, NOW.plus(WINDOW))).isFalse();
        }

        assertThat(nonces.recordIfAbsent(KEY, "twice", NOW, NOW.plus(WINDOW))).isTrue();
    }

    @Test
    @DisplayName("expired nonces make room again, so a key at its bound recovers by itself")
    void expiredNoncesMakeRoom() {
        InMemoryNonceStore nonces = store(1000);
        recordNew(nonces, KEY, "old", 1000, NOW);

        recordNew(nonces, KEY, "new", 1000, NOW.plus(WINDOW));
        assertThat(nonces.recordsHeld()).isEqualTo(1000);
    }

    @Test
    @DisplayName("the records of a key that stopped calling are reclaimed by other keys' calls, and the key dropped")
    void idleKeysAreReclaimed() {
        InMemoryNonceStore nonces = store(10_000);
        recordNew(nonces, FLOODER, "old-", 5_000, NOW);
        Instant later = NOW.plus(WINDOW);

        // the sweep takes one key per call and up to 64 of its expired records: 5,000 records of the
        // idle key take about 80 visits, one call in two
        recordNew(nonces, BYSTANDER, "new-", 200, later);

        assertThat(nonces.recordsHeld()).as("the bystander's 200").isEqualTo(200);
        assertThat(nonces.keysHeld()).as("the idle key dropped").isOne();
        assertThat(nonces.recordIfAbsent(FLOODER, "old-0", later, later.plus(WINDOW))).as("forgotten, expired").isTrue();
    }

    @Test
    @DisplayName("a key's record that expires late holds back the purge of that key's younger ones only")
    void lateExpiryHoldsBackItsOwnKeyOnly() {
        InMemoryNonceStore nonces = store(3);
        // signed 15 minutes ahead: kept for 30
        nonces.recordIfAbsent(KEY, "ahead", NOW, NOW.plus(WINDOW).plus(WINDOW));
        nonces.recordIfAbsent(KEY, "a", NOW, NOW.plus(WINDOW));
        nonces.recordIfAbsent(KEY, "b", NOW, NOW.plus(WINDOW));
        nonces.recordIfAbsent(BYSTANDER, "x", NOW, NOW.plus(WINDOW));
        nonces.recordIfAbsent(BYSTANDER, "y", NOW, NOW.plus(WINDOW));
        nonces.recordIfAbsent(BYSTANDER, "z", NOW, NOW.plus(WINDOW));
        Instant later = NOW.plus(WINDOW);

        assertThatThrownBy(() -> nonces.recordIfAbsent(KEY, "c", later, later.plus(WINDOW)))
                .as("a and b have expired, but wait behind the record made before them")
                .isInstanceOf(NonceLimitExceededException.class);
        assertThat(nonces.recordIfAbsent(BYSTANDER, "w", later, later.plus(WINDOW))).as("its expired records purged").isTrue();
        Instant aheadExpired = later.plus(WINDOW);
        assertThat(nonces.recordIfAbsent(KEY, "c", aheadExpired, aheadExpired.plus(WINDOW))).isTrue();
    }

    @Test
    @DisplayName("of four threads racing one key past its bound, exactly the bound's worth is recorded")
    void racingWritersNeverOverfillAKey() throws Exception {
        int bound = 1_000;
        InMemoryNonceStore nonces = store(bound);
        AtomicInteger recorded = new AtomicInteger();
        Race.run(4, w -> {
            for (int i = 0; i < bound; i++) {
                try {
                    if (nonces.recordIfAbsent(KEY, "w" + w + "-" + i, NOW, NOW.plus(WINDOW))) {
                        recorded.incrementAndGet();
                    }
                } catch (NonceLimitExceededException overTheBound) {
                    // counted by what is missing
                }
            }
        });

        assertThat(recorded.get()).isEqualTo(bound);
        assertThat(nonces.recordsHeld()).isEqualTo(bound);
    }

    @Test
    @DisplayName("refuses a bound below one")
    void boundBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> InMemoryStores.withMaxNoncesPerKey(0))
                .withMessage("maxNoncesPerKey must be positive");
    }
}
