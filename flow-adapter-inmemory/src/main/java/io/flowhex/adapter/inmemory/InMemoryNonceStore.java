package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Nonces with their expiry, bounded per AccessKey. Under load the store holds every nonce of the last
 * 15 minutes, and each young collection copies the recent ones again until they are promoted, so a
 * record is one object ({@link NonceRecord}); a nonce costs that record, the map's node and its own
 * string (authentication passes its stored key's AccessKeyId, one for all that key's nonces).
 *
 * <h2>The bound, per key</h2>
 * A key holds at most {@code maxNoncesPerKey} records ({@link KeyNonces} counts them). A key at its
 * bound first has its expired records purged; if it is still at the bound, its new nonce is refused
 * with {@link NonceLimitExceededException}, for that key alone: forgetting an unexpired nonce would let
 * a replay through, so refusing is the only safe answer, and it costs only the key that signed that
 * many calls. Every other key records as before. What a key holds is its own doing: its records, the
 * expired ones its own older records hold back (see {@link KeyNonces}), and nothing of another key's.
 *
 * <p>There is no bound over all keys. Any global cap below the sum of the per-key bounds could be filled
 * by one tenant owning several keys (a root key and its RAM users' keys), and would lock the other
 * tenants out again. Memory is still bounded: by the per-key bound times the keys that record, and keys
 * are not made by calls: authentication records a nonce only for a key that exists, is active and
 * signed the request, and keys are provisioned by the operator. (An embedder calling this port directly
 * with keys of its own making owns that bound.) In the request pipeline's order a nonce is recorded
 * only for a call the quota allowed, so a key then reaches the default bound only if its account may
 * make more calls than the default quota allows in a nonce's lifetime.
 *
 * <h2>Reclaiming</h2>
 * Expired records are purged on the calling threads, a bounded batch per call, oldest first within
 * each key: the caller's own key, and one more key per call in turn, a sweep over all keys, so that
 * keys that stopped calling are emptied too; a key left with nothing is dropped. No background thread.
 */
final class InMemoryNonceStore implements NonceStore {

    private static final int PURGE_BATCH = 64;

    private final ConcurrentHashMap<NonceRecord, NonceRecord> records = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<AccessKeyId, KeyNonces> keys = new ConcurrentHashMap<>();
    private final int maxNoncesPerKey;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    /** Where the sweep over the keys is; only the thread holding {@code sweeping} touches it. */
    private Iterator<Map.Entry<AccessKeyId, KeyNonces>> sweep;

    InMemoryNonceStore(int maxNoncesPerKey) {
        this.maxNoncesPerKey = maxNoncesPerKey;
    }

    @Override
    public boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt) {
        Objects.requireNonNull(now, "now");
        NonceRecord record = new NonceRecord(Objects.requireNonNull(accessKeyId, "accessKeyId"),
                Objects.requireNonNull(nonce, "nonce"), Objects.requireNonNull(expiresAt, "expiresAt"));
        sweepOneKey(now);
        NonceRecord seen = records.get(record);
        if (seen != null && seen.expiresAfter(now)) {
            return false;
        }
        KeyNonces mine = reserve(accessKeyId, now);
        // an expired record may be replaced; if another caller replaces it first, the next turn meets theirs
        while ((seen = records.putIfAbsent(record, record)) != null) {
            if (seen.expiresAfter(now)) {
                mine.release();
                return false;
            }
            KeyNonces.forget(records, seen);
        }
        mine.enqueue(record);
        return true;
    }

    /** Room for one more record of this key, after purging what of it has expired. */
    private KeyNonces reserve(AccessKeyId accessKeyId, Instant now) {
        while (true) {
            KeyNonces mine = keys.get(accessKeyId);
            if (mine == null) {
                mine = keys.computeIfAbsent(accessKeyId, key -> new KeyNonces());
            }
            mine.purge(now, PURGE_BATCH, records);
            KeyNonces.Reservation reservation = mine.reserve(maxNoncesPerKey);
            if (reservation == KeyNonces.Reservation.FULL) {
                // all of its expired records, waiting out a sweep that may hold the key's purge
                while (!mine.purge(now, Integer.MAX_VALUE, records)) {
                    Thread.onSpinWait();
                }
                reservation = mine.reserve(maxNoncesPerKey);
            }
            if (reservation == KeyNonces.Reservation.RESERVED) {
                return mine;
            }
            if (reservation == KeyNonces.Reservation.FULL) {
                throw new NonceLimitExceededException("this AccessKey holds as many unexpired nonces as one key may");
            }
            // the sweep dropped the key's empty entry since it was looked up: a new one takes over
            keys.remove(accessKeyId, mine);
        }
    }

    /**
     * Forgets every record of these keys (the operator's reset of their account). A call of one of them
     * racing with this may keep the record it was making, in an entry of its own; that is bounded like
     * any other, and the key is gone from the key store anyway.
     */
    void forget(Set<AccessKeyId> accessKeyIds) {
        if (accessKeyIds.isEmpty()) {
            return;
        }
        accessKeyIds.forEach(keys::remove);
        records.keySet().removeIf(record -> accessKeyIds.contains(record.accessKeyId()));
    }

    void clear() {
        keys.clear();
        records.clear();
    }

    /** How many records are held, expired ones not yet purged included; for tests. */
    int recordsHeld() {
        return records.size();
    }

    /** How many keys hold records or are about to; for tests. */
    int keysHeld() {
        return keys.size();
    }

    /** Advances the sweep over the keys by one key, unless another call is at it. */
    private void sweepOneKey(Instant now) {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Iterator<Map.Entry<AccessKeyId, KeyNonces>> visiting = sweep;
            if (visiting == null || !visiting.hasNext()) {
                visiting = keys.entrySet().iterator();
            }
            if (visiting.hasNext()) {
                Map.Entry<AccessKeyId, KeyNonces> key = visiting.next();
                KeyNonces nonces = key.getValue();
                if (nonces.purge(now, PURGE_BATCH, records) && nonces.retireIfEmpty()) {
                    keys.remove(key.getKey(), nonces);
                }
            }
            sweep = visiting;
        } finally {
            sweeping.set(false);
        }
    }
}
