package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import java.util.Objects;

/**
 * Why a provisioning change was refused. {@code INVALID_PARAMETER} names the offending field,
 * {@code Unknown.ResourceOwnerId} a flow that is not stored; the
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

    /**
     * The flow a change names is not stored ({@code Unknown.ResourceOwnerId}, as the API answers for an
     * unknown flow): an operator's tool can tell it from a bad value without looking the flow up first.
     */
    public static ProvisioningException flowNotFound(FlowId id) {
        return new ProvisioningException(ErrorCode.RESOURCE_NOT_OWNED, null, "flow " + id.value() + " does not exist");
    }

    public static ProvisioningException unavailable() {
        return new ProvisioningException(ErrorCode.SERVICE_UNAVAILABLE, null, "the store is unavailable");
    }

    public String reason() {
        return reason;
    }
}
