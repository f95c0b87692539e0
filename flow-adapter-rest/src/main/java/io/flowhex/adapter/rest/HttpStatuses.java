package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.ErrorCode;

/** The HTTP status of every error code: one exhaustive switch, so a new code cannot be forgotten. */
final class HttpStatuses {

    private HttpStatuses() {
    }

    static int of(ErrorCode code) {
        return switch (code) {
            // gateway: parameters and API lookup
            case MISSING_PARAMETER, INVALID_PARAMETER, INVALID_VERSION -> 400;
            case INVALID_ACTION -> 404;
            // gateway: signature and AccessKey
            case SIGNATURE_DOES_NOT_MATCH, INCOMPLETE_SIGNATURE, INVALID_SIGNATURE_METHOD -> 400;
            case TIMESTAMP_FORMAT, TIMESTAMP_EXPIRED, NONCE_USED -> 400;
            case ACCESS_KEY_NOT_FOUND -> 404;
            case ACCESS_KEY_INACTIVE -> 400;
            // CAMS: documented as HTTP 400 on every flow API page
            case PRODUCT_UNSUBSCRIBED, PERMISSION_DENIED, LIMIT_CONTROL, RESOURCE_NOT_OWNED -> 400;
            // server side
            case INTERNAL_ERROR -> 500;
            case SERVICE_UNAVAILABLE -> 503;
        };
    }
}
