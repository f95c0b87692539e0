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

/**
 * Any adapter's stores, every port handed on unchanged: a test overrides the one port it changes
 * (a counted nonce store, a health check that fails) and inherits the rest, so a port added to
 * {@link FlowhexStores} is added here once, not in every such test.
 */
public abstract class ForwardingStores implements FlowhexStores {

    private final FlowhexStores stores;

    protected ForwardingStores(FlowhexStores stores) {
        this.stores = Objects.requireNonNull(stores, "stores");
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
    public NonceStore nonces() {
        return stores.nonces();
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
    public boolean inProcess() {
        return stores.inProcess();
    }

    @Override
    public Optional<LinkSigningKeys> linkSigningKeys() {
        return stores.linkSigningKeys();
    }
}
