package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts by id. */
final class InMemoryAccountRepository implements AccountRepository {

    private final ConcurrentHashMap<AccountId, Account> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(accounts.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public void save(Account account) {
        accounts.put(account.id(), account);
    }

    boolean remove(AccountId id) {
        return accounts.remove(id) != null;
    }

    void clear() {
        accounts.clear();
    }

    long count() {
        return accounts.size();
    }
}
