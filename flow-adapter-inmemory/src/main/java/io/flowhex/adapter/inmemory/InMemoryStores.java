package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreHealth;

/**
 * Every persistence port in memory, in one object: {@code FlowhexApplication.builder().stores(InMemoryStores.create())}.
 * Contents live as long as this object; nothing is shared between two instances.
 */
public final class InMemoryStores implements FlowhexStores {

    /** Default bound of remembered nonces: about 1,100 signed calls per second for 15 minutes. */
    public static final int DEFAULT_MAX_NONCES = 1_000_000;

    private final InMemoryFlowRepository flows = new InMemoryFlowRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryAccessKeyRepository accessKeys = new InMemoryAccessKeyRepository();
    private final InMemoryRamUserRepository ramUsers = new InMemoryRamUserRepository();
    private final InMemoryPolicyRepository policies = new InMemoryPolicyRepository();
    private final InMemoryNonceStore nonces;

    private InMemoryStores(int maxNonces) {
        this.nonces = new InMemoryNonceStore(maxNonces);
    }

    public static InMemoryStores create() {
        return new InMemoryStores(DEFAULT_MAX_NONCES);
    }

    /** With a different bound on remembered nonces; past it, new nonces are refused (fail closed). */
    public static InMemoryStores withMaxNonces(int maxNonces) {
        if (maxNonces < 1) {
            throw new IllegalArgumentException("maxNonces must be positive");
        }
        return new InMemoryStores(maxNonces);
    }

    @Override
    public FlowRepository flows() {
        return flows;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public AccessKeyRepository accessKeys() {
        return accessKeys;
    }

    @Override
    public RamUserRepository ramUsers() {
        return ramUsers;
    }

    @Override
    public PolicyRepository policies() {
        return policies;
    }

    @Override
    public NonceStore nonces() {
        return nonces;
    }

    /** Memory always answers. */
    @Override
    public StoreHealth health() {
        return () -> true;
    }
}
