package io.flowhex.domain.policy;

/** Why a request was denied, as {@code AccessDeniedDetail.NoPermissionType} names it. */
public enum NoPermissionType {
    IMPLICIT_DENY("ImplicitDeny"),
    EXPLICIT_DENY("ExplicitDeny");

    private final String wireName;

    NoPermissionType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
