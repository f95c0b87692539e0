package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.testkit.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link NonceStore} must do. */
public abstract class NonceStoreContract {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    protected abstract NonceStore nonces();

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
    @DisplayName("of eight threads racing on one nonce exactly one wins, every time")
    void exactlyOneConcurrentWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                AccessKeyId key = Fixtures.accessKeyId();
                String nonce = nonce();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        return nonces().recordIfAbsent(key, nonce, NOW, NOW.plus(WINDOW));
                    };
                    results.add(pool.submit(attempt));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> result : results) {
                    winners += result.get() ? 1 : 0;
                }
                assertThat(winners).as("winners in round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
