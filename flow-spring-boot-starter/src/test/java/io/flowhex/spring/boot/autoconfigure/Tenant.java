package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;

/** One subscribed account with a space and its root AccessKey, provisioned through the application. */
public record Tenant(AccountId account, SpaceId space, AccessKey rootKey) {

    public static Tenant provision(ProvisionUseCase provision) {
        AccountId account = Fixtures.accountId();
        SpaceId space = Fixtures.spaceId();
        AccessKey key = Fixtures.activeKey(new RootPrincipal(account));
        provision.saveAccount(Fixtures.account(account, space));
        provision.saveAccessKey(key);
        return new Tenant(account, space, key);
    }
}
