package io.flowhex.application.metrics;

import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import java.util.Optional;

/** {@link RamUserRepository}, each call timed. */
final class TimedRamUserRepository implements RamUserRepository {

    private final RamUserRepository delegate;
    private final StoreCalls calls;

    TimedRamUserRepository(RamUserRepository delegate, StoreCalls calls) {
        this.delegate = delegate;
        this.calls = calls;
    }

    @Override
    public Optional<RamUser> find(AccountId account, PrincipalName name) {
        return calls.call("find", () -> delegate.find(account, name));
    }

    @Override
    public void save(RamUser user) {
        calls.run("save", () -> delegate.save(user));
    }
}
