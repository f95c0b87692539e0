package io.flowhex.application.ratelimit;

import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.QuotaUsage;
import io.flowhex.domain.account.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The call quota of each (account, action) in this process, never waiting for a permit: each action of
 * an account has its own budget of {@code permitsPerSecond} calls per window, in windows that follow
 * one another from the action's first call, as resilience4j's {@code AtomicRateLimiter} with a zero
 * timeout would count them, decision for decision ({@link PermitCycle}, a few fields instead of a
 * library object), but for one rule after an idle window, below. Budgets nobody uses are forgotten, so
 * memory follows the accounts active in the last moments, not every account ever seen.
 *
 * <h2>What one account can hold</h2>
 * One map entry per account, keyed by the id's string: the {@link AccountLimiter}, which holds the
 * budgets of at most {@value #MAX_ACTIONS_PER_ACCOUNT} actions (CAMS's ten flow actions, and room). An
 * account at that bound that calls yet another action takes the place of one of its budgets whose
 * window is over, or is refused (the call answers false, as a throttled one): a flood of action names
 * costs the account its own calls and nothing else, and adds nothing to what it holds. The names are
 * the callers' strings (the application passes its constants), held by reference. So what one account
 * holds is bounded whatever it sends, and no call of one account reads or changes another's budgets:
 * the only thing accounts share is the sweep below, and what it does changes no answer.
 *
 * <p>Most accounts tracked at an instant have called one action once (1,000,000 accounts calling once
 * each at 250,000 calls/s leave 250,000 to 500,000 tracked), so that case is the one made small: the
 * entry is itself the budget of the account's first action, with that action's name in the field that
 * later holds the others, 32 bytes; with the id's string and the map's node such an account costs
 * about 132 bytes (measured with 16-digit ids, the map's table included). A second action adds a small
 * holder and 32 bytes per further action.
 *
 * <h2>Forgetting, exactly</h2>
 * A call that finds its action's window begun at least {@code idleTimeout} ago starts the budget over at
 * itself, as the first call of a budget never used would (the idle timeout is at least one window, so
 * that window is over). An account is forgotten once every window it holds began that long ago: its
 * next call would start over anyway, so forgetting changes no answer, not even where later windows
 * begin. This is what keeps accounts apart: the sweep that forgets them is run by every account's calls,
 * but which calls an account is granted depends on its own calls and the clock alone, never on when the
 * sweep came by. The default timeout is one window, which makes every window begin at a call: the
 * first one after the previous window ended. A longer timeout keeps windows on their one-period grid
 * across short pauses, and holds the accounts longer.
 *
 * <p>No background thread, and no call pays for the whole sweep. A pass, due at most once per idle
 * timeout, takes a weakly consistent iterator over the entries and is advanced by the calls that come
 * while it is active: each call that wins the {@code sweeping} flag (one at a time; the others go on
 * without waiting) visits at most {@value #SWEEP_STEP} entries and retires the idle ones, and the pass
 * ends when its iterator runs out. A call with no pass active and none due only reads two volatile
 * fields. A visit takes the entry's monitor, uncontended but for a call of that very account.
 *
 * <p>Retirement is exact: the sweeper checks an entry and marks it retired under its monitor, the lock
 * every call of the account takes, so an entry is retired only if every window it holds is idle at the
 * moment it is visited, and a call either comes first and keeps the entry or finds it retired and starts
 * over with a new one; the removal names the retired entry, so a mapping that replaced it stays. Memory
 * stays bounded: the iterator sees each entry at most once, the entries present when the pass started
 * and at most the ones created since, and every entry is created by a call. While a pass runs, a call
 * creates at most one entry and advances the pass by {@value #SWEEP_STEP} (when no other call holds the
 * flag), so a pass over {@code M} entries ends within about {@code M / (SWEEP_STEP - 1)} calls: for the
 * 500,000 entries of 250,000 calls/s, about 16,000 calls, well inside the timeout. An entry whose windows
 * all began before a pass started minus one timeout cannot survive that pass, so what is held is at most
 * the accounts of two timeouts, plus those created during the current pass (at most one in
 * {@code SWEEP_STEP - 1} more).
 */
public final class LocalCallQuota implements CallQuota {

    /**
     * The most actions one account holds a budget for at a time. CAMS's flow API has ten; the rest is
     * room for an embedder's own. Bounds what one account can make the quota hold.
     */
    public static final int MAX_ACTIONS_PER_ACCOUNT = 16;

    /**
     * The most entries one call visits for a sweep pass. Small, so that no call pays a noticeable
     * price; well above 2, since a call may create an entry and the pass must outrun the map's growth,
     * ending within about {@code M / (SWEEP_STEP - 1)} calls for {@code M} entries.
     */
    static final int SWEEP_STEP = 32;

    // keyed by the id's string: one string per account, no wrapper
    private final ConcurrentHashMap<String, AccountLimiter> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long windowNanos;
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
        this.clock = clock;
        this.windowNanos = window.toNanos();
        this.idleNanos = idleTimeout.toNanos();
        this.lastSweep = now();
    }

    /** One-second windows; an account forgotten once its windows are over. */
    public static LocalCallQuota create(Clock clock) {
        return new LocalCallQuota(clock, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    public static LocalCallQuota create(Clock clock, Duration window, Duration idleTimeout) {
        return new LocalCallQuota(clock, window, idleTimeout);
    }

    @Override
    public boolean tryAcquire(AccountId account, String action, int permitsPerSecond) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        if (action.isEmpty()) {
            throw new IllegalArgumentException("action must not be empty");
        }
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be positive");
        }
        String id = account.value();
        while (true) {
            AccountLimiter entry = entries.get(id);
            long now = now();
            if (entry == null) {
                entry = entries.putIfAbsent(id, new AccountLimiter(action, now, permitsPerSecond));
                if (entry == null) {
                    maybeSweep(now);
                    return true;
                }
            }
            int answer = entry.tryAcquire(action, now, permitsPerSecond, windowNanos, idleNanos);
            if (answer == AccountLimiter.RETIRED_ENTRY) {
                entries.remove(id, entry);
                continue;
            }
            maybeSweep(now);
            return answer == AccountLimiter.GRANTED;
        }
    }

    /**
     * Retires the account's entry under its monitor, as the sweep does, so that a call racing with it
     * either came first or starts over with a fresh entry: the next call starts a new budget.
     */
    @Override
    public void forget(AccountId account) {
        String id = Objects.requireNonNull(account, "account").value();
        AccountLimiter entry = entries.get(id);
        if (entry != null) {
            entry.retire();
            entries.remove(id, entry);
        }
    }

    /** Every entry retired and removed as {@link #forget} does; calls made meanwhile start afresh. */
    @Override
    public void forgetAll() {
        for (Map.Entry<String, AccountLimiter> mapping : entries.entrySet()) {
            mapping.getValue().retire();
            entries.remove(mapping.getKey(), mapping.getValue());
        }
    }

    /** One pass over the entries: for the operator's summary, never on a call's path. */
    @Override
    public Optional<QuotaUsage> usage() {
        long accounts = 0;
        long actions = 0;
        for (AccountLimiter entry : entries.values()) {
            int held = entry.actionCount();
            if (held > 0) {
                accounts++;
                actions += held;
            }
        }
        return Optional.of(new QuotaUsage(accounts, actions));
    }

    /** How many accounts currently hold budgets (for monitoring and tests). */
    public int trackedAccounts() {
        return entries.size();
    }

    /** How many actions {@code account} holds a budget for, for tests. */
    int trackedActions(AccountId account) {
        AccountLimiter entry = entries.get(account.value());
        return entry == null ? 0 : entry.actionCount();
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

    private long now() {
        Instant instant = clock.instant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
