package io.flowhex.application.port.out;

import java.util.Optional;

/**
 * Every persistence port of one store, so an adapter can hand over all of them at once
 * ({@code FlowhexApplication.custom().stores(...)}); the builder can still replace any single one.
 */
public interface FlowhexStores {

    FlowRepository flows();

    AccountRepository accounts();

    AccessKeyRepository accessKeys();

    RamUserRepository ramUsers();

    PolicyRepository policies();

    NonceStore nonces();

    StoreHealth health();

    /** The operator's resets and counts over all of the above. */
    StoreAdministration administration();

    /**
     * Whether every call of these stores stays in this process and neither waits nor fails on I/O (the
     * in-memory stores). With metrics on, the application times no such call: the two clock reads
     * (about 50 ns) would cost as much as the call, and there is no latency or outage to see. Default
     * false: every call is timed.
     */
    default boolean inProcess() {
        return false;
    }

    /**
     * Where the link signing key is kept, for a store that can share one with other instances;
     * without one (the default), an application draws a random key, and its links die with it.
     */
    default Optional<LinkSigningKeys> linkSigningKeys() {
        return Optional.empty();
    }
}
