package io.flowhex.adapter.inmemory;

import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;

/**
 * One remembered nonce, shaped for the garbage collector: it is at once the store's map key, its value
 * and a link of its AccessKey's age queue. Equal by AccessKey and nonce only, so that a new record finds
 * the one it would repeat. The expiry is kept as the two fields of an {@link Instant}: a long of
 * nanoseconds would save 8 bytes a record but ends in 2262, and the comparison must stay exact over
 * every instant the port accepts.
 */
final class NonceRecord {

    private final AccessKeyId accessKeyId;
    private final String value;
    private final long expirySecond;
    private final int expiryNano;
    /** Set once, by the writer that queues the next record of the same key after this one. */
    volatile NonceRecord younger;

    NonceRecord(AccessKeyId accessKeyId, String value, Instant expiresAt) {
        this.accessKeyId = accessKeyId;
        this.value = value;
        this.expirySecond = expiresAt.getEpochSecond();
        this.expiryNano = expiresAt.getNano();
    }

    /** The head of an empty age queue: never in the map, expired since the beginning of time. */
    static NonceRecord queueHead() {
        return new NonceRecord(null, null, Instant.MIN);
    }

    AccessKeyId accessKeyId() {
        return accessKeyId;
    }

    /** {@code expiresAt.isAfter(now)}. */
    boolean expiresAfter(Instant now) {
        long second = now.getEpochSecond();
        return expirySecond > second || (expirySecond == second && expiryNano > now.getNano());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NonceRecord that && value.equals(that.value) && accessKeyId.equals(that.accessKeyId);
    }

    @Override
    public int hashCode() {
        return 31 * accessKeyId.hashCode() + value.hashCode();
    }
}
