package io.flowhex.application.ratelimit;

import io.flowhex.application.port.out.CallQuota;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One resilience4j {@link AtomicRateLimiter} per account, never waiting for a permit. Limiters of
 * accounts idle for {@code idleTimeout} are dropped, so memory follows the accounts active in the last
 * moments, not every account ever seen. Dropping is exact: an account idle for at least one window has
 * its whole budget back, which is what a fresh limiter gives.
 *
 * <p>The default idle timeout is one window, not two. A sweep runs at most once per idle timeout, so
 * between one and two timeouts' worth of accounts are held; one second halves that (1,000,000 one-call
 * accounts at 250,000 calls/s: at most 500,000 tracked instead of 850,000) and halves each sweep. The
 * price is churn for accounts whose calls are 1 to 2 s apart, which two seconds would keep: their
 * limiter may be dropped and rebuilt between calls, about 460 bytes of short-lived garbage each time,
 * granting what the kept limiter would have.
 *
 * <p>No background thread: the sweep runs on the calling thread that finds it due and visits every
 * tracked entry. That is one visit per entry per idle timeout overall, but the one call that sweeps pays
 * for all of them (about 60 ms for 500,000 entries on the 2-core benchmark machine).
 *
 * <p>An account with a 16-digit id costs about 470 bytes, 340 of them resilience4j's limiter (216 of those its event
 * processor, built whether or not anyone listens); the rest is the id, the map node and the entry.
 */
public final class LocalCallQuota implements CallQuota {

    /** Marks an entry the sweeper has claimed; a caller that sees it starts over with a new entry. */
    private static final long RETIRED = Long.MIN_VALUE;

    // keyed by the id's string, which is also the limiter's name: one string per account, no wrapper
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    // configs are immutable (a limit change copies the limiter's own), so accounts share one per limit
    private final ConcurrentHashMap<Integer, RateLimiterConfig> configs = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final Duration window;
    private final long idleNanos;
    private final AtomicLong lastSweep;
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
        this.lastSweep = new AtomicLong(nanoTime.getAsLong());
    }

    /** One-second windows; limiters forgotten after one idle second. */
    public static LocalCallQuota create(Clock clock) {
        return new LocalCallQuota(clock, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    public static LocalCallQuota create(Clock clock, Duration window, Duration idleTimeout) {
        return new LocalCallQuota(clock, window, idleTimeout);
    }

    @Override
    public boolean tryAcquire(AccountId account, int permitsPerSecond) {
        Objects.requireNonNull(account, "account");
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be positive");
        }
        String id = account.value();
        while (true) {
            Entry entry = entries.get(id);
            if (entry == null) {
                entry = entries.computeIfAbsent(id, name -> new Entry(name, config(permitsPerSecond), nanoTime));
            }
            if (entry.limiter.getRateLimiterConfig().getLimitForPeriod() != permitsPerSecond) {
                entry.changeLimit(permitsPerSecond);
            }
            // the limiter reads the clock once and records that read as the entry's last use, so one
            // clock read serves both; a permit taken from an entry the sweeper retired first is void
            boolean granted = entry.limiter.acquirePermission(1);
            long lastUsed = entry.lastUsed;
            if (lastUsed == RETIRED) {
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

    private void maybeSweep(long now) {
        long last = lastSweep.get();
        if (now - last < idleNanos || !sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            lastSweep.set(now);
            entries.values().removeIf(entry -> entry.retireIfIdle(now, idleNanos));
        } finally {
            sweeping.set(false);
        }
    }

    private static long toNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    /**
     * An account's limiter and its last use, and the limiter's time source. resilience4j asks for a
     * {@code Supplier<Long>}; the entry is that supplier itself rather than a lambda beside it.
     */
    private static final class Entry implements Supplier<Long> {
        private static final VarHandle LAST_USED;

        static {
            try {
                LAST_USED = MethodHandles.lookup().findVarHandle(Entry.class, "lastUsed", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final LongSupplier nanoTime;
        volatile long lastUsed;
        final AtomicRateLimiter limiter;

        Entry(String name, RateLimiterConfig config, LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            this.lastUsed = nanoTime.getAsLong();
            // last: the limiter's constructor already reads its time source, which needs the fields above
            this.limiter = new AtomicRateLimiter(name, config, this);
        }

        /**
         * Reads the clock and records the read as the latest use, unless the sweeper retired this
         * entry first (a caller then finds {@link #RETIRED} and starts over).
         */
        @Override
        public Long get() {
            long now = nanoTime.getAsLong();
            long previous = lastUsed;
            while (previous != RETIRED && previous < now && !LAST_USED.compareAndSet(this, previous, now)) {
                previous = lastUsed;
            }
            return now;
        }

        /**
         * Applies a new limit without letting the current window grant more than it allows:
         * resilience4j keeps the window's remaining permits on a change, so the surplus is drained.
         */
        synchronized void changeLimit(int permits) {
            int current = limiter.getRateLimiterConfig().getLimitForPeriod();
            if (current == permits) {
                return;
            }
            // granted is read under the old limit (a window that has just turned reads as full, so 0);
            // what is left is read under the new one (a turned window refills to the new limit).
            int granted = current - limiter.getMetrics().getAvailablePermissions();
            limiter.changeLimitForPeriod(permits);
            int surplus = limiter.getMetrics().getAvailablePermissions() - Math.max(0, permits - granted);
            for (int i = 0; i < surplus; i++) {
                limiter.acquirePermission(1);
            }
        }

        /** Claims the entry for removal, unless a caller used it since it was last seen idle. */
        boolean retireIfIdle(long now, long idleNanos) {
            long seen = lastUsed;
            return seen != RETIRED && now - seen >= idleNanos && LAST_USED.compareAndSet(this, seen, RETIRED);
        }
    }
}
