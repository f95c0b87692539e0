package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;

/**
 * Driven port: the operator's wholesale operations on a store, behind the admin API's resets and
 * summary (what LocalStack's and moto's reset endpoints do for the test suites that run against them).
 * Every store implements it; the testkit's {@code StoreAdministrationContract} says what each must do.
 */
public interface StoreAdministration {

    /**
     * Removes everything the store holds: accounts with their spaces and QPS overrides, flows with their
     * Flow JSON, AccessKeys, RAM users, policies with their attachments, and nonces. The store is as new
     * afterwards (schema and settings stay).
     *
     * @throws StoreUnavailableException if the store does not answer; a database store then changed nothing
     */
    void clearAll();

    /**
     * Removes the account and everything it owns: its spaces and QPS overrides, its flows with their Flow
     * JSON, its AccessKeys (root, RAM users' and role sessions') and the nonces recorded for them, its
     * RAM users, its policies and their attachments. Nothing of another account is touched.
     *
     * @return whether the store held the account
     * @throws StoreUnavailableException if the store does not answer; a database store then changed nothing
     */
    boolean clearAccount(AccountId account);

    /** How much the store holds now; each count is read at about the same time, not in one snapshot. */
    StoreCounts counts();
}
