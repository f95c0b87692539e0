package io.flowhex.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccountId;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quota counts each (account, action)'s permits itself; this compares it, call by call, with a
 * quota made of resilience4j's {@link RateLimiter}s (public API, on the same clock): one per (account,
 * action), made at its first call and made anew where the quota starts a budget over (a call that finds
 * the window begun at least the idle timeout ago), on random call sequences over several actions,
 * with limits changing between calls.
 *
 * <p>The sweep visits a few accounts per call in the map's order, so which accounts are tracked after
 * a call depends on that order. The oracle keeps its accounts in a {@link ConcurrentHashMap} too, with
 * the same keys, inserted and removed in the same sequence: a map's order is a function of its keys and
 * of that sequence (string hashes, no identity hashes, and one thread, so no contended counters), so the
 * oracle's pass visits the same accounts in the same order and every count can be compared exactly,
 * not just bounded. With 6 accounts a pass ends in one call; with 200 it takes several.
 */
@DisplayName("The local call quota, against resilience4j's rate limiters")
class LocalCallQuotaDifferentialTest {

    private static final int SEEDS = 150;
    private static final int CALLS = 1_500;
    private static final List<String> ACTIONS = List.of("GetFlow", "ListFlow", "PublishFlow");

    @ParameterizedTest(name = "{0} ms windows, forgotten after {1} idle ms, {2} accounts")
    @CsvSource({"1000, 1000, 6", "1000, 2500, 6", "100, 300, 6", "1000, 1000, 200", "100, 300, 200"})
    @DisplayName("grants and refuses the same calls as resilience4j's limiters, and forgets the same accounts")
    void sameDecisionsAsResilience4j(long windowMillis, long idleMillis, int accounts) {
        Duration window = Duration.ofMillis(windowMillis);
        Duration idleTimeout = Duration.ofMillis(idleMillis);
        // steps on, just before and just after window and idle-timeout edges, and between them
        long[] steps = {0, 0, 0, 1, windowMillis / 3, windowMillis / 2, windowMillis - 1, windowMillis,
                windowMillis + 1, 2 * windowMillis, idleMillis - 1, idleMillis, idleMillis + windowMillis / 2};
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            SteppingClock clock = new SteppingClock();
            LocalCallQuota quota = LocalCallQuota.create(clock, window, idleTimeout);
            ResilienceQuota oracle = new ResilienceQuota(clock, window, idleTimeout);
            int[][] permits = new int[accounts][ACTIONS.size()];
            for (int[] limits : permits) {
                for (int action = 0; action < limits.length; action++) {
                    limits[action] = 1 + random.nextInt(10);
                }
            }
            StringBuilder history = new StringBuilder();
            for (int call = 0; call < CALLS; call++) {
                if (random.nextInt(4) == 0) {
                    long step = steps[random.nextInt(steps.length)];
                    clock.advanceMillis(step);
                    history.append(" +").append(step).append("ms");
                }
                int account = random.nextInt(accounts);
                // mostly one action per account, as most callers do, sometimes another
                int action = random.nextInt(3) == 0 ? random.nextInt(ACTIONS.size()) : 0;
                if (random.nextInt(8) == 0) {
                    permits[account][action] = 1 + random.nextInt(10);
                }
                String id = Integer.toString(1_000 + account);
                String name = ACTIONS.get(action);
                int limit = permits[account][action];

                boolean expected = oracle.tryAcquire(id, name, limit);
                boolean actual = quota.tryAcquire(new AccountId(id), name, limit);

                history.append(' ').append(id).append(':').append(name).append('@').append(limit)
                        .append(actual ? "+" : "-");
                String where = "seed " + seed + ", call " + call + ", after:" + tail(history);
                assertThat(actual).as(where).isEqualTo(expected);
                assertThat(quota.trackedAccounts()).as(where).isEqualTo(oracle.trackedAccounts());
                assertThat(quota.trackedActions(new AccountId(id))).as(where).isEqualTo(oracle.trackedActions(id));
            }
        }
    }

    private static String tail(StringBuilder history) {
        return history.substring(Math.max(0, history.length() - 400));
    }

    /**
     * The quota as resilience4j would count it, for one thread: a limiter per (account, action) on the
     * clock, the same limit changes, the same fresh start after an idle window, and accounts forgotten by
     * the same rule: a pass starts at the first call a timeout after the last pass started, when none is
     * under way, and each call then visits up to {@link LocalCallQuota#SWEEP_STEP} accounts in the map's
     * order, forgetting those whose windows all began at least the timeout ago, until the pass has
     * visited them all.
     */
    private static final class ResilienceQuota {

        private static final class Budget {
            final RateLimiter limiter;
            final long created;
            long lastCall;

            Budget(RateLimiter limiter, long created) {
                this.limiter = limiter;
                this.created = created;
                this.lastCall = created;
            }
        }

        private final Map<String, Map<String, Budget>> accounts = new ConcurrentHashMap<>();
        private final Clock clock;
        private final Duration window;
        private final long windowNanos;
        private final long idleNanos;
        private long lastSweep;
        private Iterator<Map.Entry<String, Map<String, Budget>>> pass;

        ResilienceQuota(Clock clock, Duration window, Duration idleTimeout) {
            this.clock = clock;
            this.window = window;
            this.windowNanos = window.toNanos();
            this.idleNanos = idleTimeout.toNanos();
            this.lastSweep = nanos();
        }

        boolean tryAcquire(String id, String action, int permits) {
            long now = nanos();
            Map<String, Budget> budgets = accounts.get(id);
            if (budgets == null) {
                budgets = new HashMap<>();
                accounts.put(id, budgets);
            }
            Budget budget = budgets.get(action);
            if (budget == null || idle(budget, now)) {
                budget = new Budget(RateLimiter.of(id + ":" + action, RateLimiterConfig.custom().limitForPeriod(permits)
                        .limitRefreshPeriod(window).timeoutDuration(Duration.ZERO).build(), this::nanos), now);
                budgets.put(action, budget);
            }
            RateLimiter limiter = budget.limiter;
            int limit = limiter.getRateLimiterConfig().getLimitForPeriod();
            if (limit != permits) {
                // what the window has granted stays granted under the new limit
                int granted = limit - limiter.getMetrics().getAvailablePermissions();
                limiter.changeLimitForPeriod(permits);
                while (limiter.getMetrics().getAvailablePermissions() > Math.max(0, permits - granted)) {
                    limiter.acquirePermission();
                }
            }
            boolean granted = limiter.acquirePermission();
            budget.lastCall = now;
            if (pass == null && now - lastSweep >= idleNanos) {
                lastSweep = now;
                pass = accounts.entrySet().iterator();
            }
            for (int visited = 0; pass != null && visited < LocalCallQuota.SWEEP_STEP && pass.hasNext(); visited++) {
                Map.Entry<String, Map<String, Budget>> account = pass.next();
                if (account.getValue().values().stream().allMatch(tracked -> idle(tracked, now))) {
                    accounts.remove(account.getKey());
                }
            }
            if (pass != null && !pass.hasNext()) {
                pass = null;
            }
            return granted;
        }

        /**
         * Whether the limiter's current window began at least the idle timeout ago. resilience4j's window
         * is {@code (time - creation) / period}, moved on by each attempt to take a permit.
         */
        private boolean idle(Budget budget, long now) {
            long windowStart = budget.created + (budget.lastCall - budget.created) / windowNanos * windowNanos;
            return now - windowStart >= idleNanos;
        }

        int trackedAccounts() {
            return accounts.size();
        }

        int trackedActions(String id) {
            Map<String, Budget> budgets = accounts.get(id);
            return budgets == null ? 0 : budgets.size();
        }

        private long nanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }
}
