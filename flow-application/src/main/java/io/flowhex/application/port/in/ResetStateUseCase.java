package io.flowhex.application.port.in;

import io.flowhex.domain.account.AccountId;

/**
 * Driving port: the operator's reset between tests, as LocalStack's and moto's reset endpoints. A
 * reset clears the stores and the call quota's budgets; fixtures are imported again through
 * {@link ProvisionUseCase}. Idempotent: resetting what is already empty changes nothing.
 */
public interface ResetStateUseCase {

    /** Forgets every account and everything it owns, and every call budget. */
    void resetAll() throws ProvisioningException;

    /**
     * Forgets the account with its flows, AccessKeys (and their nonces), RAM users, policies and call
     * budgets; no other account is touched.
     *
     * @return whether the stores held the account
     */
    boolean resetAccount(AccountId account) throws ProvisioningException;
}
