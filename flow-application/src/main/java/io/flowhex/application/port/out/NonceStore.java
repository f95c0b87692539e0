package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccessKeyId;
import java.time.Instant;

/**
 * Driven port: one-use signature nonces, scoped by AccessKey. Every server instance that shares a
 * store shares replay protection.
 */
public interface NonceStore {

    /**
     * Records the nonce unless it is already recorded and not yet expired, in one atomic step: of
     * any number of concurrent calls with the same key and nonce, exactly one returns true.
     *
     * @param now       the present, by the caller's clock; records expiring at or before it are gone
     * @param expiresAt when this record may be forgotten
     * @return true if the nonce was new (and is now recorded), false if it was used already
     */
    boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt);
}
