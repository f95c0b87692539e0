package io.flowhex.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the contract suite leaves open and a compact record could get wrong: the expiry kept to the
 * nanosecond over the whole range of {@link Instant}, the scope compared by value, a replaced record
 * surviving the purge of the one it replaced, and records from racing writers all reaching the purge.
 */
class InMemoryNonceStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final AccessKeyId KEY = new AccessKeyId("LTAInonce");

    @Test
    @DisplayName("a record is refused one nanosecond before its expiry and replaceable at it")
    void expiryIsExactToTheNanosecond() {
        NonceStore nonces = InMemoryStores.create().nonces();
        Instant withinASecond = NOW.plus(WINDOW).plusNanos(123_456_789);
        Instant onASecond = NOW.plus(WINDOW);
        nonces.recordIfAbsent(KEY, "within", NOW, withinASecond);
        nonces.recordIfAbsent(KEY, "on", NOW, onASecond);

        assertThat(nonces.recordIfAbsent(KEY, "within", withinASecond.minusNanos(1), withinASecond.plus(WINDOW)))
                .isFalse();
        assertThat(nonces.recordIfAbsent(KEY, "on", onASecond.minusNanos(1), onASecond.plus(WINDOW))).isFalse();
        assertThat(nonces.recordIfAbsent(KEY, "within", withinASecond, withinASecond.plus(WINDOW))).isTrue();
        assertThat(nonces.recordIfAbsent(KEY, "on", onASecond, onASecond.plus(WINDOW))).isTrue();
    }

    @Test
    @DisplayName("instants far from 1970, beyond what a long of nanoseconds holds, compare exactly")
    void expiryIsExactFarFromTheEpoch() {
        NonceStore nonces = InMemoryStores.create().nonces();
        Instant future = Instant.parse("2500-01-01T00:00:00Z");
        nonces.recordIfAbsent(KEY, "far", future, future.plus(WINDOW));
        nonces.recordIfAbsent(KEY, "forever", NOW, Instant.MAX);

        assertThat(nonces.recordIfAbsent(KEY, "far", future.plus(WINDOW).minusNanos(1), Instant.MAX)).isFalse();
        assertThat(nonces.recordIfAbsent(KEY, "far", future.plus(WINDOW), Instant.MAX)).isTrue();
        assertThat(nonces.recordIfAbsent(KEY, "forever", Instant.MAX.minusNanos(1), Instant.MAX)).isFalse();
    }

    @Test
    @DisplayName("one nonce under two AccessKeys is two records, each with its own expiry; equal ids are one scope")
    void sameNonceUnderTwoKeys() {
        NonceStore nonces = InMemoryStores.create().nonces();
        AccessKeyId first = new AccessKeyId("LTAIfirst");
        AccessKeyId second = new AccessKeyId("LTAIsecond");

        assertThat(nonces.recordIfAbsent(first, "shared", NOW, NOW.plus(WINDOW))).isTrue();
        assertThat(nonces.recordIfAbsent(second, "shared", NOW, NOW.plus(WINDOW).plus(WINDOW))).isTrue();
        assertThat(nonces.recordIfAbsent(new AccessKeyId("LTAIfirst"), "shared", NOW, NOW.plus(WINDOW))).isFalse();
        assertThat(nonces.recordIfAbsent(new AccessKeyId("LTAIsecond"), "shared", NOW, NOW.plus(WINDOW))).isFalse();

        Instant firstExpired = NOW.plus(WINDOW);
        assertThat(nonces.recordIfAbsent(first, "shared", firstExpired, firstExpired.plus(WINDOW))).isTrue();
        assertThat(nonces.recordIfAbsent(second, "shared", firstExpired, firstExpired.plus(WINDOW))).isFalse();
    }

    @Test
    @DisplayName("purging the expired record of a nonce leaves the record that replaced it")
    void replacementSurvivesThePurgeOfItsPredecessor() {
        NonceStore nonces = InMemoryStores.create().nonces();
        // recorded first but expiring last: the purge stops at it, so the old record of "again" is
        // still waiting when "again" is recorded anew, and is purged only afterwards
        nonces.recordIfAbsent(KEY, "blocker", NOW, NOW.plus(Duration.ofMinutes(20)));
        nonces.recordIfAbsent(KEY, "again", NOW, NOW.plus(WINDOW));
        Instant reused = NOW.plus(WINDOW);
        assertThat(nonces.recordIfAbsent(KEY, "again", reused, reused.plus(WINDOW))).isTrue();

        Instant blockerGone = NOW.plus(Duration.ofMinutes(21));
        assertThat(nonces.recordIfAbsent(KEY, "other", blockerGone, blockerGone.plus(WINDOW))).isTrue();

        assertThat(nonces.recordIfAbsent(KEY, "again", blockerGone.plusSeconds(1), blockerGone.plus(WINDOW))).isFalse();
    }

    @Test
    @DisplayName("a key at its bound takes new nonces once its records expire, refuses replays as used, and fills again")
    void fullThenPurgedThenFullAgain() {
        NonceStore nonces = InMemoryStores.withMaxNoncesPerKey(3).nonces();
        for (String nonce : List.of("a", "b", "c")) {
            nonces.recordIfAbsent(KEY, nonce, NOW, NOW.plus(WINDOW));
        }
        Instant expired = NOW.plus(WINDOW);

        for (String nonce : List.of("d", "e", "f")) {
            assertThat(nonces.recordIfAbsent(KEY, nonce, expired, expired.plus(WINDOW))).as(nonce).isTrue();
        }
        assertThat(nonces.recordIfAbsent(KEY, "d", expired, expired.plus(WINDOW))).isFalse();
        assertThatThrownBy(() -> nonces.recordIfAbsent(KEY, "a", expired, expired.plus(WINDOW)))
                .isInstanceOf(NonceLimitExceededException.class)
                .hasMessage("this AccessKey holds as many unexpired nonces as one key may");
        assertThat(nonces.recordIfAbsent(KEY, "a", expired.plus(WINDOW), expired.plus(WINDOW).plus(WINDOW))).isTrue();
    }

    @Test
    @DisplayName("every record of four racing writers reaches the purge, so none stays to fill the store")
    void racingWritersLeaveNothingUnpurged() throws Exception {
        int writers = 4;
        int perWriter = 25_000;
        // room for every call of the race, so a purger preempted mid-race cannot make it fail closed
        int bound = writers * perWriter;
        NonceStore nonces = InMemoryStores.withMaxNoncesPerKey(bound).nonces();
        AtomicLong clock = new AtomicLong();
        Race.run(writers, w -> {
            for (int i = 0; i < perWriter; i++) {
                // each record lives 100 ticks of a shared clock, so about 100 are unexpired at a time
                Instant now = NOW.plusNanos(clock.incrementAndGet());
                if (!nonces.recordIfAbsent(KEY, "w" + w + "-" + i, now, now.plusNanos(100))) {
                    throw new AssertionError("fresh nonce w" + w + "-" + i + " refused");
                }
            }
        });

        // only if every record the writers left can be purged is there room for a full bound of new ones
        Instant later = NOW.plus(WINDOW);
        for (int i = 0; i < bound; i++) {
            assertThat(nonces.recordIfAbsent(KEY, "later-" + i, later, later.plus(WINDOW))).isTrue();
        }
    }

    /**
     * Keys that empty and come back while other threads sweep them: each writer turns between two keys
     * of its own and one they share, with records that expire within 100 ticks, so the sweep keeps
     * dropping empty keys that a writer is about to use again. A record made in a key's dropped entry
     * would never be purged; afterwards a fresh key's calls sweep every key, and nothing must be left
     * but that key's own records.
     */
    @Test
    @DisplayName("every record of writers racing the sweep that drops empty keys is reclaimed, and every key dropped")
    void keysDroppedWhileWritersComeBack() throws Exception {
        int writers = 4;
        int perWriter = 25_000;
        InMemoryNonceStore nonces = (InMemoryNonceStore) InMemoryStores.withMaxNoncesPerKey(writers * perWriter).nonces();
        AccessKeyId shared = new AccessKeyId("LTAIshared");
        AtomicLong clock = new AtomicLong();
        Race.run(writers, w -> {
            List<AccessKeyId> keys = List.of(new AccessKeyId("LTAIa" + w), new AccessKeyId("LTAIb" + w), shared);
            for (int i = 0; i < perWriter; i++) {
                Instant now = NOW.plusNanos(clock.incrementAndGet());
                AccessKeyId key = keys.get(i / 50 % keys.size());
                if (!nonces.recordIfAbsent(key, "w" + w + "-" + i, now, now.plusNanos(100))) {
                    throw new AssertionError("fresh nonce w" + w + "-" + i + " refused");
                }
            }
        });

        Instant later = NOW.plus(WINDOW);
        AccessKeyId last = new AccessKeyId("LTAIlast");
        for (int i = 0; i < 2_000; i++) {
            assertThat(nonces.recordIfAbsent(last, "last-" + i, later, later.plus(WINDOW))).isTrue();
        }
        assertThat(nonces.recordsHeld()).as("the last key's records alone").isEqualTo(2_000);
        assertThat(nonces.keysHeld()).as("the last key alone").isOne();
    }
}
