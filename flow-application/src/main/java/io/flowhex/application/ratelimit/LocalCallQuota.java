package io.flowhex.application.ratelimit;

import io.flowhex.application.port.out.CallQuota;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * One resilience4j {@link AtomicRateLimiter} per account, never waiting for a permit. Limiters of
 * accounts idle for {@code idleTimeout} are dropped, so memory follows the accounts active in the last
 * moments, not every account ever seen. Dropping is exact: an account idle for at least one window has
 * its whole budget back, which is what a fresh limiter gives.
 *
 * <p>An account's limiter is built on its second call, not its first. Most accounts tracked at any
 * instant have called once (1,000,000 accounts calling once each at 250,000 calls/s leave 250,000 to
 * 500,000 tracked), and for them the limiter is most of the cost: about 340 of the 470 bytes an
 * account with a 16-digit id would cost, 216 of those its event processor, built whether or not anyone
 * listens. A first call needs no limiter: a fresh one always grants its first permit. The entry keeps
 * that call's time and limit, and the second call builds the limiter the first call would have built
 * and replays the first call on it at that time, then carries on as if the limiter had been there all
 * along. This is exact, not an approximation, because an {@code AtomicRateLimiter}'s state is a
 * function of its config and the times its time source returns: it reads it once in its constructor
 * (cycle 0 starts there) and at each attempt to take a permit, and the entry, as that time source,
 * returns the first call's time until the replay is over. What the limiter then holds is what the
 * first call left in it, bit for bit, and every later decision is resilience4j's as before. That
 * includes a second call with another limit: the limiter is built on the first call's limit and then
 * changed, so the first call's permit counts against the new limit as it would have. Concurrent calls
 * keep all this: the first call takes effect when its entry is published, and later ones take their
 * permits from the one limiter built under the entry's monitor. A one-call account costs about 130
 * bytes: the id, the map node and the entry.
 *
 * <p>The default idle timeout is one window, not two. A sweep pass starts at most once per idle
 * timeout, so between one and two timeouts' worth of accounts are held; one second halves that
 * (1,000,000 one-call accounts at 250,000 calls/s: at most about 500,000 tracked instead of 850,000)
 * and halves each pass. The price is churn for accounts whose calls are 1 to 2 s apart, which two
 * seconds would keep: their limiter may be dropped and rebuilt between calls, granting what the kept
 * limiter would have.
 *
 * <p>No background thread, and no call pays for the whole sweep. A pass, due at most once per idle
 * timeout, takes a weakly consistent iterator over the entries and is advanced by the calls that come
 * while it is active: each call that wins the {@code sweeping} flag (one at a time; the others go on
 * without waiting) visits at most {@value #SWEEP_STEP} entries and retires the idle ones, and the pass
 * ends when its iterator runs out. A call with no pass active and none due only reads two volatile
 * fields. A call now pays for at most {@value #SWEEP_STEP} visits. Measured on the 2-core benchmark
 * machine, busy (load average 4 to 5), with 500,000 idle entries: the one call that swept them all
 * took 15 to 86 ms every time; now the 15,626 calls of the pass take 1 to 5 microseconds at the
 * median and 40 to 100 at the 99.9th percentile, and the slowest call of a pass took 0.09 to 1.2 ms
 * in most of 20 repetitions, with outliers up to 48 ms during no GC (the thread descheduled on the
 * busy machine).
 *
 * <p>Eviction stays exact: a pass retires an entry by the same check as before, under the same
 * compare-and-set on its last use, so an entry is retired only if it has been idle for the whole
 * timeout at the moment it is visited, and a call that used it meanwhile either keeps it or finds it
 * retired and starts over; the removal names the retired entry, so a mapping that replaced it stays.
 * An account used during a pass is not idle when the pass reaches it, or was dropped before that use,
 * which then starts it afresh. Memory stays bounded: the iterator sees each entry at most once, the
 * entries present when the pass started and at most the ones created since, and every entry is created
 * by a call. While a pass runs, a call creates at most one entry and advances the pass by
 * {@value #SWEEP_STEP} (when no other call holds the flag), so a pass over {@code M} entries ends within
 * about {@code M / (SWEEP_STEP - 1)} calls: for the 500,000 entries of 250,000 calls/s, about 16,000
 * calls, 65 ms of those calls, well inside the timeout. An entry last used before a pass started minus
 * one timeout cannot survive that pass, so what is held is still the accounts of two timeouts, plus
 * those created during the current pass (at most one in {@code SWEEP_STEP - 1} more).
 */
public final class LocalCallQuota implements CallQuota {

    /**
     * The most entries one call visits for a sweep pass. Small, so that no call pays a noticeable
     * price (a visit is a few tens of nanoseconds); well above 2, since a call may create an entry and
     * the pass must outrun the map's growth, ending within about {@code M / (SWEEP_STEP - 1)} calls for
     * {@code M} entries.
     */
    static final int SWEEP_STEP = 32;

    // keyed by the id's string: one string per account, no wrapper
    private final ConcurrentHashMap<String, AccountLimiter> entries = new ConcurrentHashMap<>();
    // configs are immutable (a limit change copies the limiter's own), so accounts share one per limit
    private final ConcurrentHashMap<Integer, RateLimiterConfig> configs = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final Duration window;
    private final long idleNanos;
    /** When the last pass started; a new one is due one idle timeout later. Written under the flag. */
    private volatile long lastSweep;
    /** The pass under way, or null. Read and advanced only under the flag. */
    private volatile Iterator<Map.Entry<String, AccountLimiter>> pass;
    private final AtomicBoolean sweeping = new AtomicBoolean();

    private LocalCallQuota(Clock clock, Duration window, Duration idleTimeout) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (idleTimeout.compareTo(window) < 0) {
            throw new IllegalArgumentException("idleTimeout must be at least one window, or eviction would be inexact");
        }
        this.nanoTime = () -> toNanos(clock.instant());
        this.window = window;
        this.idleNanos = idleTimeout.toNanos();
        this.lastSweep = nanoTime.getAsLong();
    }

    /** One-second windows; limiters forgotten after one idle second. */
    public static LocalCallQuota create(Clock clock) {
        return new LocalCallQuota(clock, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    public static LocalCallQuota create(Clock clock, Duration window, Duration idleTimeout) {
        return new LocalCallQuota(clock, window, idleTimeout);
    }

    /** Transitional: the GetFlow budget; removed when the quota is keyed by (account, action). */
    public boolean tryAcquire(AccountId account, int permitsPerSecond) {
        return tryAcquire(account, "GetFlow", permitsPerSecond);
    }

    @Override
    public boolean tryAcquire(AccountId account, String action, int permitsPerSecond) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be positive");
        }
        String id = action + ':' + account.value();
        while (true) {
            AccountLimiter entry = entries.get(id);
            if (entry == null) {
                long now = nanoTime.getAsLong();
                entry = entries.putIfAbsent(id, new AccountLimiter(now, config(permitsPerSecond), nanoTime));
                if (entry == null) {
                    // a fresh limiter grants its first permit at any limit: the entry records the call
                    // for the second one to replay
                    maybeSweep(now);
                    return true;
                }
            }
            AtomicRateLimiter limiter = entry.limiter();
            if (limiter.getRateLimiterConfig().getLimitForPeriod() != permitsPerSecond) {
                entry.changeLimit(permitsPerSecond);
            }
            // the limiter reads the clock and records that read as the entry's last use, so one clock
            // read serves both; a permit taken from an entry the sweeper retired first is void
            boolean granted = limiter.acquirePermission(1);
            long lastUsed = entry.lastUsed;
            if (lastUsed == AccountLimiter.RETIRED) {
                entries.remove(id, entry);
                continue;
            }
            maybeSweep(lastUsed);
            return granted;
        }
    }

    /** How many accounts currently hold limiter state (for monitoring and tests). */
    public int trackedAccounts() {
        return entries.size();
    }

    /** How many of the tracked accounts have a limiter built, for tests; visits every entry. */
    int builtLimiters() {
        return (int) entries.values().stream().filter(entry -> entry.limiter != null).count();
    }

    /** Cached up to the domain's highest limit, so the cache stays small whatever callers pass. */
    private RateLimiterConfig config(int permits) {
        return permits <= Account.MAX_QPS ? configs.computeIfAbsent(permits, this::newConfig) : newConfig(permits);
    }

    private RateLimiterConfig newConfig(int permits) {
        return RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO)
                .writableStackTraceEnabled(false)
                .build();
    }

    /**
     * Advances the sweep pass under way by at most {@link #SWEEP_STEP} entries, starting one if none is
     * under way and one is due. Without a pass and with none due, only two volatile reads.
     */
    private void maybeSweep(long now) {
        if (pass == null && now - lastSweep < idleNanos) {
            return;
        }
        if (sweeping.get() || !sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Iterator<Map.Entry<String, AccountLimiter>> visiting = pass;
            if (visiting == null) {
                // another call may have run a whole pass since this one looked
                if (now - lastSweep < idleNanos) {
                    return;
                }
                lastSweep = now;
                visiting = entries.entrySet().iterator();
            }
            for (int visited = 0; visited < SWEEP_STEP && visiting.hasNext(); visited++) {
                Map.Entry<String, AccountLimiter> mapping = visiting.next();
                AccountLimiter entry = mapping.getValue();
                if (entry.retireIfIdle(now, idleNanos)) {
                    entries.remove(mapping.getKey(), entry);
                }
            }
            pass = visiting.hasNext() ? visiting : null;
        } finally {
            sweeping.set(false);
        }
    }

    private static long toNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
