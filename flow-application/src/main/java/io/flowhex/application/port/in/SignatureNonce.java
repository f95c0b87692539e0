package io.flowhex.application.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * The nonce of a verified request, not yet recorded: authentication changes no state, and the
 * gate records it only after the call has passed its quota, so a throttled call leaves nothing
 * behind. {@code expiresAt} is when no copy of the request could pass the time check any more.
 */
public record SignatureNonce(String value, Instant expiresAt) {

    public SignatureNonce {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.isEmpty() || value.length() > AuthenticationRequest.MAX_NONCE_LENGTH) {
            throw new IllegalArgumentException("nonce must be 1 to " + AuthenticationRequest.MAX_NONCE_LENGTH
                    + " characters");
        }
    }

    @Override
    public String toString() {
        return "SignatureNonce[expiresAt=" + expiresAt + "]";
    }
}
