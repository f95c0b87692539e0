package io.flowhex.application.port.in;

import java.util.Objects;

/**
 * Root of the error families of the driving ports: one final subclass per use case. Each carries an
 * {@link ErrorCode} and its one argument. Stack traces are not captured: these are expected answers
 * (a rate-limit rejection is as ordinary as a success), not faults.
 */
public abstract sealed class CamsException extends RuntimeException
        permits AuthenticationException, GetFlowException, ProvisioningException {

    private final ErrorCode errorCode;
    private final String argument;

    protected CamsException(ErrorCode errorCode, String argument) {
        super(Objects.requireNonNull(errorCode, "errorCode").message(argument), null, false, false);
        if (errorCode.takesArgument() && argument == null) {
            throw new IllegalArgumentException(errorCode + " needs an argument");
        }
        this.errorCode = errorCode;
        this.argument = argument;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The wire code, e.g. {@code Ram.PermissionDeny}. */
    public String code() {
        return errorCode.code(argument);
    }
}
