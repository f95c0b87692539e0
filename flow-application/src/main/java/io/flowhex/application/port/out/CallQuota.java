package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;

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
}
