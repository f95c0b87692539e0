package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;
import java.util.Optional;

/**
 * Driven port: the call budget of one account for one action (each CAMS action documents its own
 * limit). The default is local to one process; a shared-store implementation can replace it when
 * several instances must share one quota. An implementation bounds what it holds per account, never
 * in one pool that one account can fill.
 */
@FunctionalInterface
public interface CallQuota {

    /**
     * Takes one permit from the budget of {@code permitsPerSecond} that {@code account} has for
     * {@code action} (the action's wire name, e.g. {@code GetFlow}) in the current one-second window,
     * or answers false at once (never waits).
     */
    boolean tryAcquire(AccountId account, String action, int permitsPerSecond);

    /**
     * Forgets what the account's budgets hold, so that its next call starts afresh (the operator's reset
     * of one account). The default holds nothing of its own to forget.
     */
    default void forget(AccountId account) {
    }

    /** Forgets every account's budgets (the operator's reset of everything). */
    default void forgetAll() {
    }

    /**
     * This quota and {@code nonces} as one {@link CallAdmission}, for a quota kept in the same store as
     * those nonces that can decide a call and record its nonce in one round trip; empty (the default)
     * where it cannot, and the application asks the two in turn ({@link CallAdmission#inTurn}). Given
     * the store's own nonce port, never a wrapper of it.
     */
    default Optional<CallAdmission> admissionWith(NonceStore nonces) {
        return Optional.empty();
    }

    /** What the quota holds now, for the operator's summary; empty when it cannot tell cheaply. */
    default Optional<QuotaUsage> usage() {
        return Optional.empty();
    }
}
