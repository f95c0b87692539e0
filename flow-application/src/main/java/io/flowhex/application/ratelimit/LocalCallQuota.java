package io.flowhex.application.ratelimit;

import io.flowhex.application.port.out.CallQuota;
import io.flowhex.domain.account.AccountId;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One resilience4j {@link AtomicRateLimiter} per account, never waiting for a permit. Limiters of
 * accounts idle for longer than {@code idleTimeout} are dropped, so memory follows the accounts active
 * in the last few seconds, not every account ever seen. Dropping is exact: an account idle for at
 * least one window has its whole budget back, which is what a fresh limiter gives. No background
 * thread: a sweep runs on a calling thread at most once per {@code idleTimeout}.
 */
public final class LocalCallQuota implements CallQuota {

    /** Marks an entry the sweeper has claimed; a caller that sees it starts over with a new entry. */
    private static final long RETIRED = Long.MIN_VALUE;

    private final ConcurrentHashMap<AccountId, Entry> entries = new ConcurrentHashMap<>();
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

    /** One-second windows; limiters forgotten after two idle seconds. */
    public static LocalCallQuota create(Clock clock) {
        return new LocalCallQuota(clock, Duration.ofSeconds(1), Duration.ofSeconds(2));
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
        while (true) {
            Entry entry = entries.get(account);
            if (entry == null) {
                entry = entries.computeIfAbsent(account, a -> newEntry(a, permitsPerSecond));
            }
            if (entry.limiter.getRateLimiterConfig().getLimitForPeriod() != permitsPerSecond) {
                entry.changeLimit(permitsPerSecond);
            }
            // the limiter reads the clock once and records that read as the entry's last use, so one
            // clock read serves both; a permit taken from an entry the sweeper retired first is void
            boolean granted = entry.limiter.acquirePermission(1);
            long lastUsed = entry.lastUsed.get();
            if (lastUsed == RETIRED) {
                entries.remove(account, entry);
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

    private Entry newEntry(AccountId account, int permits) {
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO)
                .writableStackTraceEnabled(false)
                .build();
        return new Entry(account.value(), config, nanoTime);
    }

    private void maybeSweep(long now) {
        long last = lastSweep.get();
        if (now - last < idleNanos || !sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            lastSweep.set(now);
            entries.forEach((account, entry) -> {
                if (entry.retireIfIdle(now, idleNanos)) {
                    entries.remove(account, entry);
                }
            });
        } finally {
            sweeping.set(false);
        }
    }

    private static long toNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static final class Entry {
        final AtomicLong lastUsed;
        final AtomicRateLimiter limiter;
        private final LongSupplier nanoTime;

        Entry(String name, RateLimiterConfig config, LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            this.lastUsed = new AtomicLong(nanoTime.getAsLong());
            this.limiter = new AtomicRateLimiter(name, config, this::readAndTouch);
        }

        /**
         * The limiter's time source: reads the clock and records the read as the latest use, unless
         * the sweeper retired this entry first (a caller then finds {@link #RETIRED} and starts over).
         */
        private long readAndTouch() {
            long now = nanoTime.getAsLong();
            long previous = lastUsed.get();
            while (previous != RETIRED && previous < now && !lastUsed.compareAndSet(previous, now)) {
                previous = lastUsed.get();
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
            long seen = lastUsed.get();
            return seen != RETIRED && now - seen >= idleNanos && lastUsed.compareAndSet(seen, RETIRED);
        }
    }
}
