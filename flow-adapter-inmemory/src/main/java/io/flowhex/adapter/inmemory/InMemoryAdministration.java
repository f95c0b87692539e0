package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreCounts;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import java.util.Set;

/**
 * The operator's resets over the in-memory maps. Each map is cleared on its own, so a call running at
 * the same moment may see some of an account's data gone and some not yet; every such state is one a
 * call already handles (a key without its account, a flow without its owner answer as not found).
 * The account goes last, so that nothing of it is left behind once it is gone.
 */
final class InMemoryAdministration implements StoreAdministration {

    private final InMemoryFlowRepository flows;
    private final InMemoryAccountRepository accounts;
    private final InMemoryAccessKeyRepository accessKeys;
    private final InMemoryRamUserRepository ramUsers;
    private final InMemoryPolicyRepository policies;
    private final InMemoryNonceStore nonces;

    InMemoryAdministration(InMemoryFlowRepository flows, InMemoryAccountRepository accounts,
            InMemoryAccessKeyRepository accessKeys, InMemoryRamUserRepository ramUsers,
            InMemoryPolicyRepository policies, InMemoryNonceStore nonces) {
        this.flows = flows;
        this.accounts = accounts;
        this.accessKeys = accessKeys;
        this.ramUsers = ramUsers;
        this.policies = policies;
        this.nonces = nonces;
    }

    @Override
    public void clearAll() {
        accessKeys.clear();
        nonces.clear();
        flows.clear();
        policies.clear();
        ramUsers.clear();
        accounts.clear();
    }

    @Override
    public boolean clearAccount(AccountId account) {
        Set<AccessKeyId> keys = accessKeys.removeOwnedBy(account);
        nonces.forget(keys);
        flows.removeOwnedBy(account);
        policies.removeAccount(account);
        ramUsers.removeAccount(account);
        return accounts.remove(account);
    }

    @Override
    public StoreCounts counts() {
        return new StoreCounts(accounts.count(), accessKeys.count(), flows.countByStatus());
    }
}
