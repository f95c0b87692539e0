package io.flowhex.application.port.in;

import java.util.Objects;

/**
 * Why a provisioning change was refused. {@code INVALID_PARAMETER} names the offending field; the
 * reason is for the operator who loads fixtures, never for an API client.
 */
public final class ProvisioningException extends CamsException {

    private final String reason;

    private ProvisioningException(ErrorCode errorCode, String argument, String reason) {
        super(errorCode, argument);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public static ProvisioningException invalid(String field, String reason) {
        return new ProvisioningException(ErrorCode.INVALID_PARAMETER, field, reason);
    }

    public static ProvisioningException unavailable() {
        return new ProvisioningException(ErrorCode.SERVICE_UNAVAILABLE, null, "the store is unavailable");
    }

    public String reason() {
        return reason;
    }
}
