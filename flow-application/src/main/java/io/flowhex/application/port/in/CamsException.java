package io.flowhex.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Root of the error families of the driving ports: one final subclass per port family. Each carries
 * an {@link ErrorCode}, its one argument and, for a RAM denial, the {@link AccessDeniedDetail} the
 * client is shown. Stack traces are not captured: these are expected answers (a rate-limit rejection
 * is as ordinary as a success), not faults.
 */
public abstract sealed class CamsException extends RuntimeException
        permits AuthenticationException, FlowApiException, ProvisioningException {

    private final ErrorCode errorCode;
    private final String argument;
    private final transient AccessDeniedDetail accessDeniedDetail;

    protected CamsException(ErrorCode errorCode, String argument) {
        this(errorCode, argument, null);
    }

    CamsException(ErrorCode errorCode, String argument, AccessDeniedDetail accessDeniedDetail) {
        super(Objects.requireNonNull(errorCode, "errorCode").message(argument), null, false, false);
        if (errorCode.takesArgument() && argument == null) {
            throw new IllegalArgumentException(errorCode + " needs an argument");
        }
        this.errorCode = errorCode;
        this.argument = argument;
        this.accessDeniedDetail = accessDeniedDetail;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The wire code, e.g. {@code Ram.PermissionDeny}. */
    public String code() {
        return errorCode.code(argument);
    }

    /** RAM's explanation, present only for {@link ErrorCode#PERMISSION_DENIED}. */
    public Optional<AccessDeniedDetail> accessDeniedDetail() {
        return Optional.ofNullable(accessDeniedDetail);
    }
}
