package io.flowhex.application.port.in;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Why an action of the flow API did not answer: the gate's refusals (quota, nonce, subscription,
 * RAM), ownership, the lifecycle rules and store failures. One family for every action, so every
 * action's RAM denial keeps its {@link AccessDeniedDetail}.
 */
public final class FlowApiException extends CamsException {

    private static final Set<ErrorCode> CODES = EnumSet.of(
            ErrorCode.LIMIT_CONTROL, ErrorCode.NONCE_USED, ErrorCode.PRODUCT_UNSUBSCRIBED,
            ErrorCode.PERMISSION_DENIED, ErrorCode.RESOURCE_NOT_OWNED, ErrorCode.SERVICE_UNAVAILABLE,
            ErrorCode.MISSING_PARAMETER, ErrorCode.INVALID_PARAMETER, ErrorCode.FLOW_NAME_EXISTS,
            ErrorCode.CANNOT_UPDATE, ErrorCode.CANNOT_PUBLISH, ErrorCode.CANNOT_DEPRECATE, ErrorCode.CANNOT_DELETE,
            ErrorCode.FILE_PATH_INVALID);

    public FlowApiException(ErrorCode errorCode) {
        this(errorCode, null);
    }

    /** For a code that takes one (a parameter name, a reason), its argument. */
    public FlowApiException(ErrorCode errorCode, String argument) {
        super(errorCode, argument, null);
        if (!CODES.contains(errorCode) || errorCode == ErrorCode.PERMISSION_DENIED) {
            throw new IllegalArgumentException(errorCode + " is not a flow API error without detail");
        }
    }

    private FlowApiException(AccessDeniedDetail detail) {
        super(ErrorCode.PERMISSION_DENIED, null, Objects.requireNonNull(detail, "detail"));
    }

    public static FlowApiException permissionDenied(AccessDeniedDetail detail) {
        return new FlowApiException(detail);
    }
}
