package io.flowhex.benchmarks;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;

/**
 * The in-memory nonce store, renewed at each round of a pool of pre-signed requests. A benchmark
 * replays a pool of {@code n} requests with distinct nonces ({@link #replay(Object[])}); each time the
 * pool starts again, a fresh, empty in-memory store takes over. Each authentication then records a
 * nonce its store has never seen (the real path, not the "nonce used" rejection), and the store never
 * holds more than {@code n} nonces, so the measurement does not drift as an ever-growing map would
 * make it. Not thread-safe: one per benchmark thread.
 */
public final class RotatingNonceStore implements NonceStore {

    private final int capacity;
    private NonceStore current;

    public RotatingNonceStore(int capacity) {
        this.capacity = capacity;
        this.current = InMemoryStores.withMaxNoncesPerKey(capacity).nonces();
    }

    /** Replays these pre-signed requests in rounds, on a fresh store each round. */
    public <T> Replay<T> replay(T[] requests) {
        if (requests.length > capacity) {
            throw new IllegalArgumentException("a round of " + requests.length + " requests exceeds " + capacity);
        }
        return new Replay<>(requests.clone());
    }

    @Override
    public boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt) {
        return current.recordIfAbsent(accessKeyId, nonce, now, expiresAt);
    }

    /** The requests of a pool, one after the other, the store renewed whenever the first comes again. */
    public final class Replay<T> {

        private final T[] requests;
        private int next;

        private Replay(T[] requests) {
            this.requests = requests;
        }

        public T next() {
            int index = next;
            next = index + 1 == requests.length ? 0 : index + 1;
            if (index == 0) {
                current = InMemoryStores.withMaxNoncesPerKey(capacity).nonces();
            }
            return requests[index];
        }
    }
}
