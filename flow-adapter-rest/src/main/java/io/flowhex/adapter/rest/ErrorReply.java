package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.AccessDeniedDetail;
import io.flowhex.application.port.in.CamsException;
import io.flowhex.application.port.in.ErrorCode;
import java.util.Objects;
import java.util.Optional;

/** An error as it goes on the wire: status, code, message and, for a RAM denial, its detail. */
record ErrorReply(int status, String code, String message, Optional<AccessDeniedDetail> accessDeniedDetail) {

    ErrorReply {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(accessDeniedDetail, "accessDeniedDetail");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx");
        }
    }

    static ErrorReply of(ErrorCode errorCode, String argument) {
        return new ErrorReply(HttpStatuses.of(errorCode), errorCode.code(argument), errorCode.message(argument),
                Optional.empty());
    }

    static ErrorReply of(ErrorCode errorCode) {
        return of(errorCode, null);
    }

    static ErrorReply of(CamsException e) {
        return new ErrorReply(HttpStatuses.of(e.errorCode()), e.code(), e.getMessage(), e.accessDeniedDetail());
    }

    static ErrorReply of(Rejection rejection) {
        return of(rejection, null);
    }

    static ErrorReply of(Rejection rejection, String argument) {
        return new ErrorReply(rejection.status(), rejection.code(), rejection.message(argument), Optional.empty());
    }
}
