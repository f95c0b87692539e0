package io.flowhex.application.ratelimit;

/**
 * The budget of one action of one account: resilience4j's {@code AtomicRateLimiter} with a zero timeout,
 * reduced to the three numbers its decisions depend on, plus one rule of the quota's. Time runs in
 * cycles of one period from the first call on; each cycle grants {@code limit} permits and then
 * refuses, never waits; permits a cycle leaves unused are not carried over. A change of limit keeps
 * resilience4j's rule as the quota applied it: a lowered limit counts the permits already granted in the
 * cycle, a raised one adds nothing to it; the next cycle grants the new limit. The quota's rule: a call
 * that finds the current cycle begun at least the idle timeout ago (at least one period, so the cycle
 * is over) starts the budget over at itself, as the first call of a new budget would. That is what
 * makes forgetting an idle budget change no answer at all: kept or forgotten, the next call starts
 * over. {@link LocalCallQuotaDifferentialTest} compares it, decision by decision, with resilience4j's
 * public {@code RateLimiter}, made anew where this rule starts over.
 *
 * <p>Not thread-safe: every method runs under the monitor of the {@link AccountLimiter} that holds it.
 * Abstract, with two kinds: an {@link ActionLimiter} names its action; an {@link AccountLimiter}, the
 * account's entry, is its first action's budget, so that an account with one action is one object.
 */
abstract class PermitCycle {

    /** When the current cycle began, in the quota's nanoseconds; the first call's time plus whole periods. */
    private long cycleStart;
    private int available;
    private int limit;

    /** The budget as the first call leaves it: that call's cycle begins with it and has granted it. */
    PermitCycle(long firstCall, int permits) {
        restart(firstCall, permits);
    }

    /** Starts over as a budget first called at {@code firstCall}, which is granted. */
    final void restart(long firstCall, int permits) {
        cycleStart = firstCall;
        limit = permits;
        available = permits - 1;
    }

    /**
     * Takes a permit of the cycle {@code now} falls in, or answers false. A clock read earlier than the
     * current cycle's start (a concurrent caller's, or a clock set back) counts in the current cycle,
     * so that no cycle grants more than its limit.
     */
    final boolean tryAcquire(long now, int permits, long period, long idleNanos) {
        long elapsed = now - cycleStart;
        if (elapsed >= idleNanos) {
            restart(now, permits);
            return true;
        }
        if (elapsed >= period) {
            cycleStart = now - elapsed % period;
            limit = permits;
            available = permits;
        } else if (permits != limit) {
            available = Math.min(available, Math.max(0, permits - (limit - available)));
            limit = permits;
        }
        if (available == 0) {
            return false;
        }
        available--;
        return true;
    }

    /**
     * Whether the current cycle began at least {@code idleNanos} ago: the next call starts the budget
     * over, so forgetting it changes nothing.
     */
    final boolean idleFor(long now, long idleNanos) {
        return now - cycleStart >= idleNanos;
    }
}
