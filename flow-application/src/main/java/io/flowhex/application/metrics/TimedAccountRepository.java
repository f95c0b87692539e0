package io.flowhex.application.metrics;

import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import java.util.Optional;
import java.util.function.Function;

/** {@link AccountRepository}, each call timed. */
final class TimedAccountRepository implements AccountRepository {

    private final AccountRepository delegate;
    private final StoreCalls findByIdCalls;
    private final StoreCalls saveCalls;

    TimedAccountRepository(AccountRepository delegate, Function<String, StoreCalls> calls) {
        this.delegate = delegate;
        this.findByIdCalls = calls.apply("findById");
        this.saveCalls = calls.apply("save");
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return findByIdCalls.call(() -> delegate.findById(id));
    }

    @Override
    public void save(Account account) {
        saveCalls.run(() -> delegate.save(account));
    }
}
