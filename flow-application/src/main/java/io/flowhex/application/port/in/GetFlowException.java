package io.flowhex.application.port.in;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Why GetFlow did not answer with a flow; a RAM denial carries its {@link AccessDeniedDetail}. */
public final class GetFlowException extends CamsException {

    private static final Set<ErrorCode> CODES = EnumSet.of(
            ErrorCode.LIMIT_CONTROL, ErrorCode.PRODUCT_UNSUBSCRIBED, ErrorCode.PERMISSION_DENIED,
            ErrorCode.RESOURCE_NOT_OWNED, ErrorCode.SERVICE_UNAVAILABLE);

    private final AccessDeniedDetail accessDeniedDetail;

    public GetFlowException(ErrorCode errorCode) {
        super(errorCode, null);
        if (!CODES.contains(errorCode) || errorCode == ErrorCode.PERMISSION_DENIED) {
            throw new IllegalArgumentException(errorCode + " is not a GetFlow error without detail");
        }
        this.accessDeniedDetail = null;
    }

    public static GetFlowException permissionDenied(AccessDeniedDetail detail) {
        return new GetFlowException(detail);
    }

    private GetFlowException(AccessDeniedDetail detail) {
        super(ErrorCode.PERMISSION_DENIED, null);
        this.accessDeniedDetail = Objects.requireNonNull(detail, "detail");
    }

    public Optional<AccessDeniedDetail> accessDeniedDetail() {
        return Optional.ofNullable(accessDeniedDetail);
    }
}
