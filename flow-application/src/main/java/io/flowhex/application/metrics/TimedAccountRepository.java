package io.flowhex.application.metrics;

import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import java.util.Optional;

/** {@link AccountRepository}, each call timed. */
final class TimedAccountRepository implements AccountRepository {

    private final AccountRepository delegate;
    private final StoreCalls calls;

    TimedAccountRepository(AccountRepository delegate, StoreCalls calls) {
        this.delegate = delegate;
        this.calls = calls;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return calls.call("findById", () -> delegate.findById(id));
    }

    @Override
    public void save(Account account) {
        calls.run("save", () -> delegate.save(account));
    }
}
