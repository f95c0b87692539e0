package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Replay protection across server instances: threads split over two stores, each on its own
 * DataSource, race on one nonce at the same instant; exactly one may win, every round.
 */
abstract class NonceRaceChecks {

    private static final int THREADS = 8;

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    /** Two stores on the same database through two different DataSources. */
    abstract List<NonceStore> instances();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    @DisplayName("Eight threads on two instances racing on a new nonce: exactly one wins, in each of 200 rounds")
    void newNonce() throws Exception {
        AccessKeyId key = Ids.accessKeyId();
        for (int round = 0; round < 200; round++) {
            String nonce = "race-" + round;

            assertThat(winners(key, nonce, Samples.T0, Samples.T0.plusSeconds(900))).as("winners in round %d", round)
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Eight threads on two instances racing on an expired nonce: exactly one takes it over, in each of 100 rounds")
    void expiredNonce() throws Exception {
        AccessKeyId key = Ids.accessKeyId();
        NonceStore any = instances().get(0);
        for (int round = 0; round < 100; round++) {
            String nonce = "expired-" + round;
            assertThat(any.recordIfAbsent(key, nonce, Samples.T0, Samples.T0.plusSeconds(1))).isTrue();
            Instant later = Samples.T0.plusSeconds(60);

            assertThat(winners(key, nonce, later, later.plusSeconds(900))).as("winners in round %d", round)
                    .isEqualTo(1);
        }
    }

    private long winners(AccessKeyId key, String nonce, Instant now, Instant expiresAt) throws Exception {
        List<NonceStore> stores = instances();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            NonceStore store = stores.get(t % stores.size());
            outcomes.add(threads.submit(() -> {
                start.await();
                return store.recordIfAbsent(key, nonce, now, expiresAt);
            }));
        }
        long wins = 0;
        for (Future<Boolean> outcome : outcomes) {
            if (outcome.get()) {
                wins++;
            }
        }
        return wins;
    }
}
