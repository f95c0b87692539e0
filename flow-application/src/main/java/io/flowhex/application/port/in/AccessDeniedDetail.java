package io.flowhex.application.port.in;

import java.util.Objects;

/**
 * RAM's explanation of a denial, as CAMS returns it in {@code AccessDeniedDetail}. The diagnostic
 * message is an opaque token for support; it never contains policy text.
 */
public record AccessDeniedDetail(
        String authAction,
        String authPrincipalType,
        String authPrincipalOwnerId,
        String authPrincipalDisplayName,
        String noPermissionType,
        String policyType,
        String encodedDiagnosticMessage) {

    public AccessDeniedDetail {
        Objects.requireNonNull(authAction, "authAction");
        Objects.requireNonNull(authPrincipalType, "authPrincipalType");
        Objects.requireNonNull(authPrincipalOwnerId, "authPrincipalOwnerId");
        Objects.requireNonNull(authPrincipalDisplayName, "authPrincipalDisplayName");
        Objects.requireNonNull(noPermissionType, "noPermissionType");
        Objects.requireNonNull(policyType, "policyType");
        Objects.requireNonNull(encodedDiagnosticMessage, "encodedDiagnosticMessage");
    }
}
