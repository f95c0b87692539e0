package io.flowhex.application.metrics;

import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import java.util.Optional;
import java.util.function.Function;

/** {@link RamUserRepository}, each call timed. */
final class TimedRamUserRepository implements RamUserRepository {

    private final RamUserRepository delegate;
    private final StoreCalls findCalls;
    private final StoreCalls saveCalls;

    TimedRamUserRepository(RamUserRepository delegate, Function<String, StoreCalls> calls) {
        this.delegate = delegate;
        this.findCalls = calls.apply("find");
        this.saveCalls = calls.apply("save");
    }

    @Override
    public Optional<RamUser> find(AccountId account, PrincipalName name) {
        return findCalls.call(() -> delegate.find(account, name));
    }

    @Override
    public void save(RamUser user) {
        saveCalls.run(() -> delegate.save(user));
    }
}
