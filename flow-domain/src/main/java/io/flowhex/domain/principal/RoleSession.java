package io.flowhex.domain.principal;

import io.flowhex.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;

/**
 * An assumed-role session (STS): the role's policies, intersected with the session policy passed at
 * AssumeRole when there was one. The session policy is kept as document text; the application
 * compiles it like any other policy.
 */
public record RoleSession(AccountId account, PrincipalName role, PrincipalName session, Optional<String> sessionPolicy)
        implements Principal {

    public RoleSession {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sessionPolicy, "sessionPolicy");
    }

    /** RAM shows an assumed role as {@code role/session}. */
    @Override
    public String displayName() {
        return role.value() + "/" + session.value();
    }

    @Override
    public String toString() {
        // the session policy is policy text, which never goes to logs
        return "RoleSession[account=" + account + ", role=" + role + ", session=" + session + "]";
    }
}
