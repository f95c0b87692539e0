package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;

/**
 * Driven port: one-use signature nonces, scoped by AccessKey. Every server instance that shares a
 * store shares replay protection. A store may bound the nonces one AccessKey holds (a memory store
 * must); it never bounds them in one pool that one key, or one tenant's keys, can fill for the others.
 */
public interface NonceStore {

    /**
     * Records the nonce unless it is already recorded and not yet expired, in one atomic step: of
     * any number of concurrent calls with the same key and nonce, exactly one returns true.
     *
     * @param now       the present, by the caller's clock; records expiring at or before it are gone
     * @param expiresAt when this record may be forgotten
     * @return true if the nonce was new (and is now recorded), false if it was used already
     * @throws NonceLimitExceededException if the store bounds what one key holds and this key is at
     *         that bound; nothing is recorded, and no other key is affected
     * @throws StoreUnavailableException   if the store does not answer
     */
    boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt);
}
