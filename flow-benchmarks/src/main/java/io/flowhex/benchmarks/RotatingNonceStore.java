package io.flowhex.benchmarks;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;

/**
 * The in-memory nonce store, renewed at each round of a pool of pre-signed requests. A benchmark that
 * replays a pool of {@code n} requests with distinct nonces calls {@link #renew()} each time it starts
 * the pool again: each authentication then records a nonce its store has never seen (the real path,
 * not the "nonce used" rejection), and the store never holds more than {@code n} nonces, so the
 * measurement does not drift as an ever-growing map would make it. Not thread-safe: one per
 * benchmark thread.
 */
public final class RotatingNonceStore implements NonceStore {

    private final int capacity;
    private NonceStore current;
    private long renewals;

    public RotatingNonceStore(int capacity) {
        this.capacity = capacity;
        this.current = InMemoryStores.withMaxNonces(capacity).nonces();
    }

    /** Forgets every nonce: a fresh, empty in-memory store takes over. */
    public void renew() {
        current = InMemoryStores.withMaxNonces(capacity).nonces();
        renewals++;
    }

    public long renewals() {
        return renewals;
    }

    @Override
    public boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt) {
        return current.recordIfAbsent(accessKeyId, nonce, now, expiresAt);
    }
}
