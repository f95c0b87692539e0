package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.LinkSigningKeys;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreHealth;
import java.util.Optional;

/**
 * Every persistence port in memory, in one object: {@code FlowhexApplication.custom().stores(InMemoryStores.create())}.
 * Contents live as long as this object; nothing is shared between two instances.
 */
public final class InMemoryStores implements FlowhexStores {

    /**
     * Default bound of the nonces one AccessKey holds: the default quota (5 calls/s for each of ten
     * actions) for the longest a nonce is kept (twice the 15-minute tolerance) is 90,000. A key at the
     * bound is refused for itself alone; there is no bound over all keys (see the nonce store).
     */
    public static final int DEFAULT_MAX_NONCES_PER_KEY = 100_000;

    private final InMemoryFlowRepository flows = new InMemoryFlowRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryAccessKeyRepository accessKeys = new InMemoryAccessKeyRepository();
    private final InMemoryRamUserRepository ramUsers = new InMemoryRamUserRepository();
    private final InMemoryPolicyRepository policies = new InMemoryPolicyRepository();
    private final InMemoryNonceStore nonces;
    private final InMemoryAdministration administration;
    private final InMemoryLinkSigningKeys linkSigningKeys = new InMemoryLinkSigningKeys();

    private InMemoryStores(int maxNoncesPerKey) {
        this.nonces = new InMemoryNonceStore(maxNoncesPerKey);
        this.administration = new InMemoryAdministration(flows, accounts, accessKeys, ramUsers, policies, nonces);
    }

    public static InMemoryStores create() {
        return new InMemoryStores(DEFAULT_MAX_NONCES_PER_KEY);
    }

    /**
     * With a different bound on the nonces one AccessKey holds; past it, that key's new nonces are
     * refused with {@code NonceLimitExceededException} until some of its records expire.
     */
    public static InMemoryStores withMaxNoncesPerKey(int maxNoncesPerKey) {
        if (maxNoncesPerKey < 1) {
            throw new IllegalArgumentException("maxNoncesPerKey must be positive");
        }
        return new InMemoryStores(maxNoncesPerKey);
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

    /** Applications on this one object share its link key, as instances on one database do. */
    @Override
    public Optional<LinkSigningKeys> linkSigningKeys() {
        return Optional.of(linkSigningKeys);
    }

    /** Memory always answers. */
    @Override
    public StoreHealth health() {
        return () -> true;
    }

    @Override
    public StoreAdministration administration() {
        return administration;
    }

    /** Maps in this process: nothing to time (see {@link FlowhexStores#inProcess()}). */
    @Override
    public boolean inProcess() {
        return true;
    }
}
