package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Nonces with their expiry, shaped for the garbage collector: under load the store holds every nonce of
 * the last 15 minutes, and each young collection copies the recent ones again until they are promoted,
 * so every object a record costs lengthens the pauses. A record is therefore one object that is at once
 * the map's key, its value and a link of the age queue; a nonce costs that record, the map's node and
 * its own string (authentication passes its stored key's AccessKeyId, one for all that key's nonces).
 * The expiry is kept as the two fields of an {@link Instant}: a long of nanoseconds would save 8 bytes a
 * record but ends in 2262, and the comparison must stay exact over every instant the port accepts.
 *
 * <p>Expired records are purged on the calling thread, a bounded batch per call, oldest insertion first
 * (expiries grow with insertion time, so the head is the oldest). When the bound is reached with nothing
 * expired, new nonces are refused: forgetting an unexpired one would let a replay through, so failing
 * closed is the only safe answer.
 */
final class InMemoryNonceStore implements NonceStore {

    private static final int PURGE_BATCH = 64;

    /** Equal by AccessKey and nonce only, so that a new record finds the one it would repeat. */
    private static final class Nonce {

        private final AccessKeyId accessKeyId;
        private final String value;
        private final long expirySecond;
        private final int expiryNano;
        /** Set once, by the writer that queues the next record after this one. */
        private volatile Nonce younger;

        Nonce(AccessKeyId accessKeyId, String value, Instant expiresAt) {
            this.accessKeyId = accessKeyId;
            this.value = value;
            this.expirySecond = expiresAt.getEpochSecond();
            this.expiryNano = expiresAt.getNano();
        }

        /** {@code expiresAt.isAfter(now)}. */
        boolean expiresAfter(Instant now) {
            long second = now.getEpochSecond();
            return expirySecond > second || (expirySecond == second && expiryNano > now.getNano());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Nonce that && value.equals(that.value) && accessKeyId.equals(that.accessKeyId);
        }

        @Override
        public int hashCode() {
            return 31 * accessKeyId.hashCode() + value.hashCode();
        }
    }

    private final ConcurrentHashMap<Nonce, Nonce> nonces = new ConcurrentHashMap<>();
    /** The queue's tail: a writer swaps its record in, then links the one it displaced to it. */
    private final AtomicReference<Nonce> youngest;
    /** The last record purged; the next to purge is linked from it. Only the purging thread touches it. */
    private Nonce purged;
    private final AtomicBoolean purging = new AtomicBoolean();
    private final int maxNonces;

    InMemoryNonceStore(int maxNonces) {
        this.maxNonces = maxNonces;
        Nonce head = new Nonce(null, null, Instant.MIN);
        this.youngest = new AtomicReference<>(head);
        this.purged = head;
    }

    @Override
    public boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt) {
        Objects.requireNonNull(now, "now");
        Nonce record = new Nonce(Objects.requireNonNull(accessKeyId, "accessKeyId"),
                Objects.requireNonNull(nonce, "nonce"), Objects.requireNonNull(expiresAt, "expiresAt"));
        Nonce seen = nonces.get(record);
        if (seen != null && seen.expiresAfter(now)) {
            return false;
        }
        purge(now, nonces.size() >= maxNonces ? Integer.MAX_VALUE : PURGE_BATCH);
        if (nonces.size() >= maxNonces) {
            throw new StoreUnavailableException("nonce memory is full");
        }
        // an expired record may be replaced; if another caller replaces it first, the next turn meets theirs
        while ((seen = nonces.putIfAbsent(record, record)) != null) {
            if (seen.expiresAfter(now)) {
                return false;
            }
            forget(seen);
        }
        youngest.getAndSet(record).younger = record;
        return true;
    }

    private void purge(Instant now, int budget) {
        if (!purging.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < budget; i++) {
                // null also while a writer has swapped itself in but not linked yet: it waits for the next purge
                Nonce oldest = purged.younger;
                if (oldest == null || oldest.expiresAfter(now)) {
                    return;
                }
                // a purged record may already be in the old generation; linked, it would keep the younger
                // ones alive there after its own death, until a full collection
                purged.younger = null;
                purged = oldest;
                forget(oldest);
            }
        } finally {
            purging.set(false);
        }
    }

    /** Removes this very record: an equal one may have replaced it, and must stay. */
    private void forget(Nonce record) {
        nonces.computeIfPresent(record, (key, current) -> current == record ? null : current);
    }
}
