package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.ErrorCode;

/**
 * Unwinds the reading of a request the adapter itself refuses. An expected answer, not a fault:
 * no stack trace is captured.
 */
final class RejectedRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorReply reply;

    RejectedRequest(ErrorReply reply) {
        super(reply.code(), null, false, false);
        this.reply = reply;
    }

    static RejectedRequest of(Rejection rejection) {
        return new RejectedRequest(ErrorReply.of(rejection));
    }

    static RejectedRequest of(Rejection rejection, String argument) {
        return new RejectedRequest(ErrorReply.of(rejection, argument));
    }

    static RejectedRequest of(ErrorCode code, String argument) {
        return new RejectedRequest(ErrorReply.of(code, argument));
    }

    static RejectedRequest missing(String parameter) {
        return new RejectedRequest(ErrorReply.of(ErrorCode.MISSING_PARAMETER, parameter));
    }

    static RejectedRequest invalid(String parameter) {
        return new RejectedRequest(ErrorReply.of(ErrorCode.INVALID_PARAMETER, parameter));
    }

    ErrorReply reply() {
        return reply;
    }
}
