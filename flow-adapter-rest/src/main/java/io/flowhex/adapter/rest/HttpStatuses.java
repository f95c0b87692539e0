package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.ErrorCode;

/**
 * The HTTP status of every application error code: one exhaustive switch, so a new code cannot be
 * forgotten. The adapter's own codes carry their status in {@link Rejection}.
 */
final class HttpStatuses {

    private HttpStatuses() {
    }

    static int of(ErrorCode code) {
        return switch (code) {
            // gateway: parameters
            case MISSING_PARAMETER, INVALID_PARAMETER -> 400;
            // gateway: signature and AccessKey
            case SIGNATURE_DOES_NOT_MATCH -> 400;
            case TIMESTAMP_FORMAT, TIMESTAMP_EXPIRED, NONCE_USED -> 400;
            case ACCESS_KEY_NOT_FOUND -> 404;
            case ACCESS_KEY_INACTIVE -> 400;
            // CAMS: documented as HTTP 400 on every flow API page
            case PRODUCT_UNSUBSCRIBED, PERMISSION_DENIED, LIMIT_CONTROL, RESOURCE_NOT_OWNED -> 400;
            // flowhex's lifecycle codes, in CAMS's style: all 400 (flow-lifecycle.md)
            case FLOW_NAME_EXISTS, CANNOT_UPDATE, CANNOT_PUBLISH, CANNOT_DEPRECATE, CANNOT_DELETE,
                    FILE_PATH_INVALID -> 400;
            // server side
            case SERVICE_UNAVAILABLE -> 503;
        };
    }
}
