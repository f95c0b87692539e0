package io.flowhex.domain.principal;

import io.flowhex.domain.account.AccountId;
import java.util.Objects;

/** A RAM user of an account: allowed only what the policies attached to it allow. */
public record RamUser(AccountId account, PrincipalName name) implements Principal {

    public RamUser {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String displayName() {
        return name.value();
    }
}
