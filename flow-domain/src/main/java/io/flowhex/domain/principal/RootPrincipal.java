package io.flowhex.domain.principal;

import io.flowhex.domain.account.AccountId;
import java.util.Objects;

/** The account itself, calling with its own AccessKey: owns every resource, allowed every action. */
public record RootPrincipal(AccountId account) implements Principal {

    public RootPrincipal {
        Objects.requireNonNull(account, "account");
    }

    @Override
    public String displayName() {
        return account.value();
    }
}
