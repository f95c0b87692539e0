package io.flowhex.testkit.contract;

import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.testkit.Fixtures;

/**
 * The seeding hooks of the contract suites. A store whose rows reference others (a key its account,
 * a policy attachment its user) overrides them to create what the contract's data points at; the
 * port under test is never given test-only methods. The defaults do nothing.
 */
public abstract class SeedingHooks {

    /** Make the account exist, for stores that reference it. */
    protected void givenAccount(Account account) {
    }

    /** Make the RAM user exist, for stores that reference it. */
    protected void givenRamUser(RamUser user) {
    }

    /** A new account id that the store now knows (through {@link #givenAccount}). */
    protected final AccountId newAccount() {
        AccountId id = Fixtures.accountId();
        givenAccount(Fixtures.account(id));
        return id;
    }
}
