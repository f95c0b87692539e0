package io.flowhex.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccountId;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quota builds an account's limiter on its second call and replays the first call on it; this
 * compares it, call by call, with a limiter built at the first call, on random call sequences.
 *
 * <p>The sweep visits a few accounts per call in the map's order, so which accounts are tracked after
 * a call depends on that order. The oracle keeps its accounts in a {@link ConcurrentHashMap} too, with
 * the same keys, inserted and removed in the same sequence: a map's order is a function of its keys and
 * of that sequence (string hashes, no identity hashes, and one thread, so no contended counters), so the
 * oracle's pass visits the same accounts in the same order and every count can be compared exactly,
 * not just bounded. With 6 accounts a pass ends in one call; with 200 it takes several.
 */
@DisplayName("The local call quota, against a limiter built at each account's first call")
class LocalCallQuotaDifferentialTest {

    private static final int SEEDS = 150;
    private static final int CALLS = 1_500;

    @ParameterizedTest(name = "{0} ms windows, forgotten after {1} idle ms, {2} accounts")
    @CsvSource({"1000, 1000, 6", "1000, 2500, 6", "100, 300, 6", "1000, 1000, 200", "100, 300, 200"})
    @DisplayName("grants and refuses the same calls, forgets the same accounts, and builds limiters only for accounts called twice")
    void sameDecisionsAsAnEagerLimiter(long windowMillis, long idleMillis, int accounts) {
        Duration window = Duration.ofMillis(windowMillis);
        Duration idleTimeout = Duration.ofMillis(idleMillis);
        // steps on, just before and just after window and idle-timeout edges, and between them
        long[] steps = {0, 0, 0, 1, windowMillis / 3, windowMillis / 2, windowMillis - 1, windowMillis,
                windowMillis + 1, 2 * windowMillis, idleMillis - 1, idleMillis, idleMillis + windowMillis / 2};
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            SteppingClock clock = new SteppingClock();
            LocalCallQuota quota = LocalCallQuota.create(clock, window, idleTimeout);
            EagerQuota eager = new EagerQuota(clock, window, idleTimeout);
            int[] permits = new int[accounts];
            for (int account = 0; account < accounts; account++) {
                permits[account] = 1 + random.nextInt(10);
            }
            StringBuilder history = new StringBuilder();
            for (int call = 0; call < CALLS; call++) {
                if (random.nextInt(4) == 0) {
                    long step = steps[random.nextInt(steps.length)];
                    clock.advanceMillis(step);
                    history.append(" +").append(step).append("ms");
                }
                int account = random.nextInt(accounts);
                if (random.nextInt(8) == 0) {
                    permits[account] = 1 + random.nextInt(10);
                }
                String id = Integer.toString(1_000 + account);

                boolean expected = eager.tryAcquire(id, permits[account]);
                boolean actual = quota.tryAcquire(new AccountId(id), permits[account]);

                history.append(' ').append(id).append('@').append(permits[account]).append(actual ? "+" : "-");
                String where = "seed " + seed + ", call " + call + ", after:" + tail(history);
                assertThat(actual).as(where).isEqualTo(expected);
                assertThat(quota.trackedAccounts()).as(where).isEqualTo(eager.trackedAccounts());
                assertThat(quota.builtLimiters()).as(where).isEqualTo(eager.accountsCalledTwice());
            }
        }
    }

    private static String tail(StringBuilder history) {
        return history.substring(Math.max(0, history.length() - 400));
    }

    /**
     * The quota as it was before limiters were built lazily, for one thread: each account's limiter
     * built at its first call on the clock, the same limit changes, and accounts forgotten by the same
     * rule: a pass starts at the first call a timeout after the last pass started, when none is under
     * way, and each call then visits up to {@link LocalCallQuota#SWEEP_STEP} accounts in the map's
     * order, forgetting those idle for the timeout, until the pass has visited them all.
     */
    private static final class EagerQuota {

        private static final class Tracked {
            final AtomicRateLimiter limiter;
            long lastUsed;
            int calls;

            Tracked(AtomicRateLimiter limiter) {
                this.limiter = limiter;
            }
        }

        private final Map<String, Tracked> accounts = new ConcurrentHashMap<>();
        private final Clock clock;
        private final Duration window;
        private final long idleNanos;
        private long lastSweep;
        private Iterator<Map.Entry<String, Tracked>> pass;

        EagerQuota(Clock clock, Duration window, Duration idleTimeout) {
            this.clock = clock;
            this.window = window;
            this.idleNanos = idleTimeout.toNanos();
            this.lastSweep = nanos();
        }

        boolean tryAcquire(String id, int permits) {
            long now = nanos();
            Tracked tracked = accounts.get(id);
            if (tracked == null) {
                tracked = new Tracked(new AtomicRateLimiter(id, RateLimiterConfig.custom().limitForPeriod(permits)
                        .limitRefreshPeriod(window).timeoutDuration(Duration.ZERO).build(), this::nanos));
                accounts.put(id, tracked);
            }
            AtomicRateLimiter limiter = tracked.limiter;
            int limit = limiter.getRateLimiterConfig().getLimitForPeriod();
            if (limit != permits) {
                // what the window has granted stays granted under the new limit
                int granted = limit - limiter.getMetrics().getAvailablePermissions();
                limiter.changeLimitForPeriod(permits);
                while (limiter.getMetrics().getAvailablePermissions() > Math.max(0, permits - granted)) {
                    limiter.acquirePermission(1);
                }
            }
            boolean granted = limiter.acquirePermission(1);
            tracked.lastUsed = now;
            tracked.calls++;
            if (pass == null && now - lastSweep >= idleNanos) {
                lastSweep = now;
                pass = accounts.entrySet().iterator();
            }
            for (int visited = 0; pass != null && visited < LocalCallQuota.SWEEP_STEP && pass.hasNext(); visited++) {
                Map.Entry<String, Tracked> account = pass.next();
                if (now - account.getValue().lastUsed >= idleNanos) {
                    accounts.remove(account.getKey());
                }
            }
            if (pass != null && !pass.hasNext()) {
                pass = null;
            }
            return granted;
        }

        int trackedAccounts() {
            return accounts.size();
        }

        int accountsCalledTwice() {
            return (int) accounts.values().stream().filter(account -> account.calls >= 2).count();
        }

        private long nanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }
}
