package io.flowhex.adapter.inmemory;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The records of one AccessKey in the order they were made, and how many it holds. The count is what
 * the store bounds per key: every record queued and not yet purged (an expired one too, until the purge
 * reaches it), plus one for each writer of this key between its reservation and its queueing. Purged
 * oldest first, a bounded batch per call: expiries grow with insertion time within a few minutes, so
 * the head is the oldest; a record made with a later expiry than a younger one (signed up to the
 * tolerance ahead) holds back the purge of that key's younger records, never another key's.
 */
final class KeyNonces {

    enum Reservation { RESERVED, FULL, RETIRED }

    private static final int RETIRED_COUNT = -1;

    private final AtomicInteger held = new AtomicInteger();
    /** The queue's tail: a writer swaps its record in, then links the one it displaced to it. */
    private final AtomicReference<NonceRecord> youngest;
    /** The last record purged; the next to purge is linked from it. Only the purging thread touches it. */
    private NonceRecord purged;
    private final AtomicBoolean purging = new AtomicBoolean();

    KeyNonces() {
        NonceRecord head = NonceRecord.queueHead();
        this.youngest = new AtomicReference<>(head);
        this.purged = head;
    }

    /** Counts one more record for this key unless it holds {@code max} already, or was retired. */
    Reservation reserve(int max) {
        while (true) {
            int count = held.get();
            if (count == RETIRED_COUNT) {
                return Reservation.RETIRED;
            }
            if (count >= max) {
                return Reservation.FULL;
            }
            if (held.compareAndSet(count, count + 1)) {
                return Reservation.RESERVED;
            }
        }
    }

    /** Gives back a reservation whose record was not made (its nonce turned out to be in use). */
    void release() {
        held.decrementAndGet();
    }

    /** Queues the record a reservation was made for. */
    void enqueue(NonceRecord record) {
        youngest.getAndSet(record).younger = record;
    }

    /**
     * Purges up to {@code budget} expired records, oldest first, removing each from {@code records}
     * unless a record of the same nonce replaced it there. Answers false, doing nothing, if another
     * thread is purging this key.
     */
    boolean purge(Instant now, int budget, ConcurrentHashMap<NonceRecord, NonceRecord> records) {
        if (!purging.compareAndSet(false, true)) {
            return false;
        }
        try {
            for (int i = 0; i < budget; i++) {
                // null also while a writer has swapped itself in but not linked yet: it waits for the next purge
                NonceRecord oldest = purged.younger;
                if (oldest == null || oldest.expiresAfter(now)) {
                    return true;
                }
                // a purged record may already be in the old generation; linked, it would keep the younger
                // ones alive there after its own death, until a full collection
                purged.younger = null;
                purged = oldest;
                forget(records, oldest);
                held.decrementAndGet();
            }
            return true;
        } finally {
            purging.set(false);
        }
    }

    /** Marks the key's entry for removal if it holds nothing and no writer has reserved room. */
    boolean retireIfEmpty() {
        return held.compareAndSet(0, RETIRED_COUNT);
    }

    /** Removes this very record: an equal one may have replaced it, and must stay. */
    static void forget(ConcurrentHashMap<NonceRecord, NonceRecord> records, NonceRecord record) {
        records.computeIfPresent(record, (key, current) -> current == record ? null : current);
    }
}
