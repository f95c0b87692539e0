package io.flowhex.application.ratelimit;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One account tracked by {@link LocalCallQuota}: its resilience4j limiter, once it has called twice,
 * and its last use; and that limiter's time source. resilience4j asks for a {@code Supplier<Long>}; the
 * entry is that supplier itself rather than a lambda beside it.
 */
final class AccountLimiter implements Supplier<Long> {

    /** Marks an entry the sweeper has claimed; a caller that sees it starts over with a new entry. */
    static final long RETIRED = Long.MIN_VALUE;

    // Nothing reads a limiter's name, and the id string a later call brings is not the map's key: naming
    // the limiter after it would keep a second copy of the id per account.
    private static final String LIMITER_NAME = "account";
    private static final VarHandle LAST_USED;

    static {
        try {
            LAST_USED = MethodHandles.lookup().findVarHandle(AccountLimiter.class, "lastUsed", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final LongSupplier nanoTime;
    /** Until the limiter is built, the first call's time: only the limiter's clock reads move it. */
    volatile long lastUsed;
    private final RateLimiterConfig firstConfig;
    volatile AtomicRateLimiter limiter;

    AccountLimiter(long firstCall, RateLimiterConfig firstConfig, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastUsed = firstCall;
        this.firstConfig = firstConfig;
    }

    AtomicRateLimiter limiter() {
        AtomicRateLimiter built = limiter;
        return built != null ? built : build();
    }

    /**
     * Builds the limiter the first call would have built, and takes the first call's permit from it,
     * both at the first call's time ({@link #get} returns it until the limiter is published). Under
     * the monitor, so that concurrent later calls build one limiter and all take from it.
     */
    private synchronized AtomicRateLimiter build() {
        if (limiter == null) {
            AtomicRateLimiter built = new AtomicRateLimiter(LIMITER_NAME, firstConfig, this);
            built.acquirePermission(1);
            limiter = built;
        }
        return limiter;
    }

    /**
     * Reads the clock and records the read as the latest use, unless the sweeper retired this
     * entry first (a caller then finds {@link #RETIRED} and starts over). While the limiter is being
     * built, answers the first call's time instead. Should the sweeper retire the entry meanwhile,
     * that answer is {@link #RETIRED} and the limiter's windows are nonsense, but then every caller
     * that takes a permit from it finds the entry retired afterwards and voids the permit.
     */
    @Override
    public Long get() {
        if (limiter == null) {
            return lastUsed;
        }
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

    /** Claims the entry for removal, built or not, unless a caller used it since it was last seen idle. */
    boolean retireIfIdle(long now, long idleNanos) {
        long seen = lastUsed;
        return seen != RETIRED && now - seen >= idleNanos && LAST_USED.compareAndSet(this, seen, RETIRED);
    }
}
