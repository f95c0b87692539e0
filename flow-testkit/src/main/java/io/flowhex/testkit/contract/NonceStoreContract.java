package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.testkit.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NonceStore} must do. A store that bounds the nonces one AccessKey holds also offers
 * a small-bounded instance ({@link #noncesBoundedPerKey}), and the checks of that bound run on it; they
 * are skipped, as such, for a store without one.
 */
public abstract class NonceStoreContract {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int SMALL_BOUND = 50;

    protected abstract NonceStore nonces();

    /**
     * A store like {@link #nonces()} that holds at most {@code maxPerKey} nonces per AccessKey, or empty
     * if this store does not bound what one key holds.
     */
    protected Optional<NonceStore> noncesBoundedPerKey(int maxPerKey) {
        return Optional.empty();
    }

    private NonceStore bounded(int maxPerKey) {
        Optional<NonceStore> bounded = noncesBoundedPerKey(maxPerKey);
        assumeTrue(bounded.isPresent(), "this store does not bound the nonces of one key");
        return bounded.get();
    }

    private static String nonce() {
        return "nonce-" + Fixtures.next();
    }

    @Test
    @DisplayName("a new nonce is recorded; the same nonce again is refused")
    void secondUseIsRefused() {
        AccessKeyId key = Fixtures.accessKeyId();
        String nonce = nonce();

        assertThat(nonces().recordIfAbsent(key, nonce, NOW, NOW.plus(WINDOW))).isTrue();
        assertThat(nonces().recordIfAbsent(key, nonce, NOW.plusSeconds(60), NOW.plus(WINDOW))).isFalse();
    }

    @Test
    @DisplayName("nonces are scoped by AccessKey")
    void noncesAreScopedByKey() {
        String nonce = nonce();

        assertThat(nonces().recordIfAbsent(Fixtures.accessKeyId(), nonce, NOW, NOW.plus(WINDOW))).isTrue();
        assertThat(nonces().recordIfAbsent(Fixtures.accessKeyId(), nonce, NOW, NOW.plus(WINDOW))).isTrue();
    }

    @Test
    @DisplayName("a nonce is still refused just before it expires and accepted from its expiry on")
    void expiryIsExact() {
        AccessKeyId key = Fixtures.accessKeyId();
        String nonce = nonce();
        Instant expires = NOW.plus(WINDOW);
        nonces().recordIfAbsent(key, nonce, NOW, expires);

        assertThat(nonces().recordIfAbsent(key, nonce, expires.minusMillis(1), expires.plus(WINDOW))).isFalse();
        assertThat(nonces().recordIfAbsent(key, nonce, expires, expires.plus(WINDOW))).isTrue();
        assertThat(nonces().recordIfAbsent(key, nonce, expires.plusSeconds(1), expires.plus(WINDOW))).isFalse();
    }

    @Test
    @DisplayName("nonces of any shape are data: quotes, LIKE wildcards, backslashes, unicode, 128 characters")
    void hostileNoncesAreData() {
        AccessKeyId key = Fixtures.accessKeyId();
        List<String> hostile = List.of("'; DELETE FROM nonces;--" + Fixtures.next(), "%" + Fixtures.next(),
                "_" + Fixtures.next(), "\\" + Fixtures.next(), "\u00e9\u4e2d\ud83d\ude00" + Fixtures.next(),
                ("n" + Fixtures.next()).repeat(20).substring(0, 128));

        for (String nonce : hostile) {
            assertThat(nonces().recordIfAbsent(key, nonce, NOW, NOW.plus(WINDOW))).as(nonce).isTrue();
        }
        for (String nonce : hostile) {
            assertThat(nonces().recordIfAbsent(key, nonce, NOW, NOW.plus(WINDOW))).as(nonce).isFalse();
        }
        assertThat(nonces().recordIfAbsent(key, "%", NOW, NOW.plus(WINDOW))).isTrue();
    }

    @Test
    @DisplayName("one key's nonces, however many, never cost another key its own")
    void oneKeysFloodLeavesAnotherAlone() {
        NonceStore nonces = noncesBoundedPerKey(SMALL_BOUND).orElseGet(this::nonces);
        AccessKeyId flooder = Fixtures.accessKeyId();
        int refused = 0;
        for (int i = 0; i < 10 * SMALL_BOUND; i++) {
            try {
                assertThat(nonces.recordIfAbsent(flooder, nonce(), NOW, NOW.plus(WINDOW))).isTrue();
            } catch (NonceLimitExceededException overItsBound) {
                refused++;
            }
        }
        AccessKeyId bystander = Fixtures.accessKeyId();
        String nonce = nonce();

        assertThat(nonces.recordIfAbsent(bystander, nonce, NOW, NOW.plus(WINDOW))).isTrue();
        assertThat(nonces.recordIfAbsent(bystander, nonce, NOW, NOW.plus(WINDOW))).isFalse();
        assertThat(refused).as("refused the flooder: none, or all past the bound")
                .isIn(0, 10 * SMALL_BOUND - SMALL_BOUND);
    }

    @Test
    @DisplayName("a key at its bound is refused as over its limit, and its refused nonce is not recorded")
    void keyAtItsBoundIsRefused() {
        NonceStore nonces = bounded(3);
        AccessKeyId key = Fixtures.accessKeyId();
        Instant soon = NOW.plus(Duration.ofMinutes(1));
        nonces.recordIfAbsent(key, nonce(), NOW, soon);
        nonces.recordIfAbsent(key, nonce(), NOW, soon);
        nonces.recordIfAbsent(key, nonce(), NOW, NOW.plus(WINDOW));
        String refused = nonce();

        assertThatThrownBy(() -> nonces.recordIfAbsent(key, refused, NOW, NOW.plus(WINDOW)))
                .isInstanceOf(NonceLimitExceededException.class);
        assertThat(nonces.recordIfAbsent(Fixtures.accessKeyId(), nonce(), NOW, NOW.plus(WINDOW)))
                .as("another key").isTrue();
        assertThat(nonces.recordIfAbsent(key, refused, soon, NOW.plus(WINDOW)))
                .as("once two records have expired: new, so never recorded").isTrue();
    }

    @Test
    @DisplayName("a nonce refused as used costs its key nothing of the bound")
    void replaysDoNotCountAgainstTheBound() {
        NonceStore nonces = bounded(2);
        AccessKeyId key = Fixtures.accessKeyId();
        String once = nonce();
        nonces.recordIfAbsent(key, once, NOW, NOW.plus(WINDOW));
        for (int i = 0; i < 5; i++) {
            assertThat(nonces.recordIfAbsent(key, once, NOW, NOW.plus(WINDOW))).isFalse();
        }

        assertThat(nonces.recordIfAbsent(key, nonce(), NOW, NOW.plus(WINDOW))).isTrue();
    }

    @Test
    @DisplayName("of eight threads racing on one nonce exactly one wins, every time")
    void exactlyOneConcurrentWinner() throws Exception {
        for (int round = 0; round < 50; round++) {
            AccessKeyId key = Fixtures.accessKeyId();
            String nonce = nonce();

            List<Boolean> recorded = Race.among(8,
                    thread -> () -> nonces().recordIfAbsent(key, nonce, NOW, NOW.plus(WINDOW)));

            assertThat(recorded.stream().filter(Boolean::booleanValue).count()).as("winners in round %d", round)
                    .isEqualTo(1);
        }
    }
}
