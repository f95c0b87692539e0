package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.AuthenticationRequest;

/**
 * Reads one signature scheme: where it carries the action and version, and how its request becomes
 * an {@link AuthenticationRequest}. The adapter canonicalizes; the application compares.
 */
sealed interface SignatureReader permits Acs3Reader, V1Reader {

    /** The action the request names, or null. */
    String action(CamsHttpRequest request, RequestParameters parameters);

    /** The API version the request names, or null. */
    String version(CamsHttpRequest request, RequestParameters parameters);

    /** @throws RejectedRequest when the signature parts are missing or malformed */
    AuthenticationRequest read(CamsHttpRequest request, RequestParameters parameters);

    /** A nonce the application's request record accepts, or the error this scheme reports. */
    static String checkNonce(String nonce) {
        if (nonce == null || nonce.isEmpty()) {
            throw RejectedRequest.missing("SignatureNonce");
        }
        if (nonce.length() > AuthenticationRequest.MAX_NONCE_LENGTH) {
            throw RejectedRequest.invalid("SignatureNonce");
        }
        return nonce;
    }
}
