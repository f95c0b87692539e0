package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;

/**
 * Driven port: the per-account call budget. The default is local to one process; a shared-store
 * implementation can replace it when several instances must share one quota.
 */
@FunctionalInterface
public interface CallQuota {

    /**
     * Takes one permit from the account's budget of {@code permitsPerSecond} for the current
     * one-second window, or answers false at once (never waits).
     */
    boolean tryAcquire(AccountId account, int permitsPerSecond);
}
