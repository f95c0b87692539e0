package io.flowhex.testkit;

import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.NonceStore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Any adapter's stores, with the nonces they recorded counted: what a flood of calls leaves in the
 * nonce store, on in-memory, H2 and PostgreSQL alike, without reading any adapter's internals.
 */
public final class NonceCountingStores extends ForwardingStores {

    private final AtomicLong recorded = new AtomicLong();
    private final NonceStore nonces;

    public NonceCountingStores(FlowhexStores stores) {
        super(stores);
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
}
