package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Nonces with their expiry. Expired records are purged on the calling thread, a bounded batch per
 * call, oldest insertion first (expiries grow with insertion time, so the head is the oldest). When
 * the bound is reached with nothing expired, new nonces are refused: forgetting an unexpired one
 * would let a replay through, so failing closed is the only safe answer.
 */
final class InMemoryNonceStore implements NonceStore {

    private static final int PURGE_BATCH = 64;

    private record Key(AccessKeyId accessKeyId, String nonce) {
    }

    private record Expiry(Key key, Instant expiresAt) {
    }

    private final ConcurrentHashMap<Key, Instant> nonces = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Expiry> byAge = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean purging = new AtomicBoolean();
    private final int maxNonces;

    InMemoryNonceStore(int maxNonces) {
        this.maxNonces = maxNonces;
    }

    @Override
    public boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Key key = new Key(Objects.requireNonNull(accessKeyId, "accessKeyId"), Objects.requireNonNull(nonce, "nonce"));
        Instant seen = nonces.get(key);
        if (seen != null && seen.isAfter(now)) {
            return false;
        }
        purge(now, nonces.size() >= maxNonces ? Integer.MAX_VALUE : PURGE_BATCH);
        if (nonces.size() >= maxNonces) {
            throw new StoreUnavailableException("nonce memory is full");
        }
        boolean[] recorded = {false};
        nonces.compute(key, (k, existing) -> {
            if (existing != null && existing.isAfter(now)) {
                return existing;
            }
            recorded[0] = true;
            return expiresAt;
        });
        if (recorded[0]) {
            byAge.add(new Expiry(key, expiresAt));
        }
        return recorded[0];
    }

    private void purge(Instant now, int budget) {
        if (!purging.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < budget; i++) {
                Expiry head = byAge.peek();
                if (head == null || head.expiresAt().isAfter(now)) {
                    return;
                }
                byAge.poll();
                nonces.remove(head.key(), head.expiresAt());
            }
        } finally {
            purging.set(false);
        }
    }
}
