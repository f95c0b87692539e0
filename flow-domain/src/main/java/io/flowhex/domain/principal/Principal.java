package io.flowhex.domain.principal;

import io.flowhex.domain.account.AccountId;

/**
 * The identity a signed call acts as. Every principal belongs to one account, whose rate limit it
 * shares; only {@link RootPrincipal} skips RAM evaluation.
 */
public sealed interface Principal permits RootPrincipal, RamUser, RoleSession {

    AccountId account();

    /** What RAM calls this principal in an AccessDeniedDetail ({@code AuthPrincipalDisplayName}). */
    String displayName();
}
