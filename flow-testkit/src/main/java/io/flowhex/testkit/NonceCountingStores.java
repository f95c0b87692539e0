package io.flowhex.testkit;

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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Any adapter's stores, with the nonces they recorded counted: what a flood of calls leaves in the
 * nonce store, on in-memory, H2 and PostgreSQL alike, without reading any adapter's internals.
 */
public final class NonceCountingStores implements FlowhexStores {

    private final FlowhexStores stores;
    private final AtomicLong recorded = new AtomicLong();
    private final NonceStore nonces;

    public NonceCountingStores(FlowhexStores stores) {
        this.stores = Objects.requireNonNull(stores, "stores");
        NonceStore real = stores.nonces();
        this.nonces = (key, nonce, now, expiresAt) -> {
            boolean fresh = real.recordIfAbsent(key, nonce, now, expiresAt);
            if (fresh) {
                recorded.incrementAndGet();
            }
            return fresh;
        };
    }

    /** Nonces recorded through these stores so far. */
    public long recorded() {
        return recorded.get();
    }

    @Override
    public NonceStore nonces() {
        return nonces;
    }

    @Override
    public FlowRepository flows() {
        return stores.flows();
    }

    @Override
    public AccountRepository accounts() {
        return stores.accounts();
    }

    @Override
    public AccessKeyRepository accessKeys() {
        return stores.accessKeys();
    }

    @Override
    public RamUserRepository ramUsers() {
        return stores.ramUsers();
    }

    @Override
    public PolicyRepository policies() {
        return stores.policies();
    }

    @Override
    public StoreHealth health() {
        return stores.health();
    }

    @Override
    public StoreAdministration administration() {
        return stores.administration();
    }

    @Override
    public Optional<LinkSigningKeys> linkSigningKeys() {
        return stores.linkSigningKeys();
    }
}
