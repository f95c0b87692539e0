package io.flowhex.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * What the protocol adapter extracted from a signed request. {@code stringsToSign} holds every
 * canonical form the request may have been signed over (V1 clients differ on empty parameters), the
 * first being the one reported back on a mismatch. The AccessKeyId is raw text: a malformed one is
 * simply not found.
 */
public record AuthenticationRequest(
        String accessKeyId,
        SignatureScheme scheme,
        List<String> stringsToSign,
        String claimedSignature,
        String signingTime,
        String nonce) {

    public static final int MAX_NONCE_LENGTH = 128;

    public AuthenticationRequest {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(stringsToSign, "stringsToSign");
        Objects.requireNonNull(claimedSignature, "claimedSignature");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(nonce, "nonce");
        stringsToSign = List.copyOf(stringsToSign);
        if (stringsToSign.isEmpty()) {
            throw new IllegalArgumentException("at least one string-to-sign is needed");
        }
        if (nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
            throw new IllegalArgumentException("nonce must be 1 to " + MAX_NONCE_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        // the claimed signature is a credential for the next 15 minutes; keep it out of logs
        return "AuthenticationRequest[accessKeyId=" + accessKeyId + ", scheme=" + scheme + "]";
    }
}
