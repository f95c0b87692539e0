package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.AccessDeniedDetail;
import io.flowhex.application.port.in.CamsException;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.GetFlowException;
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
        Optional<AccessDeniedDetail> detail = e instanceof GetFlowException g ? g.accessDeniedDetail() : Optional.empty();
        return new ErrorReply(HttpStatuses.of(e.errorCode()), e.code(), e.getMessage(), detail);
    }

    static ErrorReply of(Rejection rejection) {
        return new ErrorReply(rejection.status(), rejection.code(), rejection.message(), Optional.empty());
    }
}
