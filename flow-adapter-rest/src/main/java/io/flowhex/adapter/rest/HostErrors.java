package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.ErrorCode;

/** Maps a status an HTTP host produced on its own to the JSON error it should carry. */
final class HostErrors {

    private HostErrors() {
    }

    static ErrorReply replyFor(int httpStatus) {
        return switch (httpStatus) {
            case 404, 405 -> ErrorReply.of(Rejection.INVALID_ACTION);
            case 408 -> ErrorReply.of(Rejection.TIMEOUT);
            case 413 -> ErrorReply.of(Rejection.BODY_TOO_LARGE);
            case 414, 431 -> withStatus(ErrorReply.of(Rejection.HEADERS_TOO_LARGE), httpStatus);
            case 415 -> ErrorReply.of(Rejection.UNSUPPORTED_MEDIA_TYPE);
            case 503 -> ErrorReply.of(ErrorCode.SERVICE_UNAVAILABLE);
            // Jetty's 505: a request line with an HTTP version it does not speak (HTTP/1.2, HTTP/9.9) is
            // the client's fault, not an internal error
            case 505 -> ErrorReply.of(Rejection.BAD_REQUEST);
            default -> httpStatus >= 400 && httpStatus < 500
                    ? withStatus(ErrorReply.of(Rejection.BAD_REQUEST), httpStatus)
                    : ErrorReply.of(Rejection.INTERNAL_ERROR);
        };
    }

    private static ErrorReply withStatus(ErrorReply reply, int status) {
        return new ErrorReply(status, reply.code(), reply.message(), reply.accessDeniedDetail());
    }
}
