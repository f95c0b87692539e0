package io.flowhex.adapter.rest.interop;

import java.util.Map;

/** The exception an official SDK raised, reduced to what the tests compare. */
final class SdkError extends Exception {

    private static final long serialVersionUID = 1L;

    final String code;
    final String requestId;
    final transient Map<String, Object> accessDeniedDetail;

    SdkError(String code, String message, String requestId, Map<String, Object> accessDeniedDetail) {
        super(code + ": " + message);
        this.code = code;
        this.requestId = requestId;
        this.accessDeniedDetail = accessDeniedDetail;
    }
}
