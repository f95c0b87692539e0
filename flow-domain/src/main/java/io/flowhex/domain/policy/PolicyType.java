package io.flowhex.domain.policy;

/** The evaluation step that denied a request, as {@code AccessDeniedDetail.PolicyType} names it. */
public enum PolicyType {
    IDENTITY("AccountLevelIdentityBasedPolicy"),
    SESSION("SessionPolicy"),
    CONTROL("ControlPolicy");

    private final String wireName;

    PolicyType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
