package io.flowhex.application.port.in;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a signed request was not accepted as coming from a known, active AccessKey, or not now:
 * {@code LIMIT_CONTROL} when its key holds as many unexpired nonces as the nonce store keeps for one key.
 */
public final class AuthenticationException extends CamsException {

    private static final Set<ErrorCode> CODES = EnumSet.of(
            ErrorCode.ACCESS_KEY_NOT_FOUND, ErrorCode.ACCESS_KEY_INACTIVE, ErrorCode.SIGNATURE_DOES_NOT_MATCH,
            ErrorCode.TIMESTAMP_FORMAT, ErrorCode.TIMESTAMP_EXPIRED, ErrorCode.NONCE_USED,
            ErrorCode.LIMIT_CONTROL, ErrorCode.SERVICE_UNAVAILABLE);

    public AuthenticationException(ErrorCode errorCode) {
        this(errorCode, null);
    }

    /** For {@link ErrorCode#SIGNATURE_DOES_NOT_MATCH}, the argument is the server's string-to-sign. */
    public AuthenticationException(ErrorCode errorCode, String argument) {
        super(errorCode, argument);
        if (!CODES.contains(errorCode)) {
            throw new IllegalArgumentException(errorCode + " is not an authentication error");
        }
    }
}
