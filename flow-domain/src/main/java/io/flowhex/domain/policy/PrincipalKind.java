package io.flowhex.domain.policy;

/** Who signed the call, which decides which policies apply to it. */
public enum PrincipalKind {
    /** The account's own AccessKey: allowed everything, no policy evaluated. */
    ROOT,
    /** A RAM user: only what its identity policies (within the control policies) allow. */
    RAM_USER,
    /** An assumed RAM role: the role's policies intersected with the session policy, if any. */
    ROLE_SESSION
}
