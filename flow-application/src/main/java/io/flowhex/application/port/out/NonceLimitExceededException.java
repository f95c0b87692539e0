package io.flowhex.application.port.out;

/**
 * Thrown by a {@link NonceStore} that bounds what one AccessKey holds, when the key already holds as
 * many nonces as the store allows one key and none of them can be forgotten yet: the nonce is not
 * recorded. It concerns that key alone; every other key records as before. Expected under a flood, so
 * it has no stack trace; its message names no key or nonce.
 */
public final class NonceLimitExceededException extends RuntimeException {

    public NonceLimitExceededException(String message) {
        super(message, null, false, false);
    }
}
