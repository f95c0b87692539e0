package io.flowhex.application.ratelimit;

import java.util.Arrays;

/**
 * One account tracked by {@link LocalCallQuota}: the budgets of the actions it called, at most
 * {@link LocalCallQuota#MAX_ACTIONS_PER_ACCOUNT} of them. The entry is itself the budget of the
 * account's first action, and {@link #actions} is that action's name while it is the only one: most
 * accounts tracked at an instant have called one action once, and for them the entry is one object of
 * 32 bytes. A second action brings a {@link MoreActions} with the others' budgets, each named.
 *
 * <p>Every read and write of the entry and of the budgets it holds is under its monitor. An account's
 * calls are few per second and each is a few field updates, so the lock is rarely contended; it also
 * makes the sweeper's retirement exact: an entry it retires had every cycle over, and a call that finds
 * it {@link #RETIRED} starts over with a new entry.
 */
final class AccountLimiter extends PermitCycle {

    /** {@link #tryAcquire}'s answer when the entry was retired: the caller starts over with a new one. */
    static final int RETIRED_ENTRY = -1;
    static final int REFUSED = 0;
    static final int GRANTED = 1;

    private static final Object RETIRED = new Object();
    private static final ActionLimiter[] NO_OTHERS = {};

    /** The first action's name, or {@link MoreActions} once there are several, or {@link #RETIRED}. */
    private Object actions;

    /** The account's first call, granted. */
    AccountLimiter(String action, long firstCall, int permits) {
        super(firstCall, permits);
        this.actions = action;
    }

    /** The first action's name and the budgets of the others. Replaced, never changed. */
    private static final class MoreActions {
        final String first;
        final ActionLimiter[] others;

        MoreActions(String first, ActionLimiter[] others) {
            this.first = first;
            this.others = others;
        }
    }

    /**
     * Takes a permit from {@code action}'s budget, giving the action one of its own if it has none: a new
     * budget grants its first call. An account that holds the most actions it may and calls another
     * gets the place of one whose cycle is over, or is refused: the bound holds whatever names come.
     */
    synchronized int tryAcquire(String action, long now, int permits, long period, long idleNanos) {
        Object held = actions;
        if (held == RETIRED) {
            return RETIRED_ENTRY;
        }
        PermitCycle budget = find(held, action);
        if (budget != null) {
            return budget.tryAcquire(now, permits, period, idleNanos) ? GRANTED : REFUSED;
        }
        return add(held, action, now, permits, idleNanos) ? GRANTED : REFUSED;
    }

    /** Claims the entry for removal if every cycle it holds began at least {@code idleNanos} ago. */
    synchronized boolean retireIfIdle(long now, long idleNanos) {
        Object held = actions;
        if (held == RETIRED || !idleFor(now, idleNanos)) {
            return false;
        }
        if (held instanceof MoreActions more) {
            for (ActionLimiter other : more.others) {
                if (!other.idleFor(now, idleNanos)) {
                    return false;
                }
            }
        }
        actions = RETIRED;
        return true;
    }

    /** Claims the entry for removal whatever its budgets hold (the operator's reset). */
    synchronized void retire() {
        actions = RETIRED;
    }

    /** How many actions hold a budget here; 0 once retired. */
    synchronized int actionCount() {
        Object held = actions;
        return held == RETIRED ? 0 : held instanceof MoreActions more ? 1 + more.others.length : 1;
    }

    private PermitCycle find(Object held, String action) {
        if (held instanceof MoreActions more) {
            if (more.first.equals(action)) {
                return this;
            }
            for (ActionLimiter other : more.others) {
                if (other.action.equals(action)) {
                    return other;
                }
            }
            return null;
        }
        return held.equals(action) ? this : null;
    }

    private boolean add(Object held, String action, long now, int permits, long idleNanos) {
        MoreActions more = held instanceof MoreActions m ? m : new MoreActions((String) held, NO_OTHERS);
        ActionLimiter[] others = more.others;
        if (others.length + 1 < LocalCallQuota.MAX_ACTIONS_PER_ACCOUNT) {
            ActionLimiter[] grown = Arrays.copyOf(others, others.length + 1);
            grown[others.length] = new ActionLimiter(action, now, permits);
            actions = new MoreActions(more.first, grown);
            return true;
        }
        // at the bound: an idle budget's place, which forgets nothing a fresh budget would not
        if (idleFor(now, idleNanos)) {
            restart(now, permits);
            actions = new MoreActions(action, others);
            return true;
        }
        for (int i = 0; i < others.length; i++) {
            if (others[i].idleFor(now, idleNanos)) {
                ActionLimiter[] replaced = others.clone();
                replaced[i] = new ActionLimiter(action, now, permits);
                actions = new MoreActions(more.first, replaced);
                return true;
            }
        }
        return false;
    }
}
