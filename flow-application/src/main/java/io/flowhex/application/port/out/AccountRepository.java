package io.flowhex.application.port.out;

import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import java.util.Optional;

/** Driven port: CAMS accounts with their subscription, spaces and QPS override. */
public interface AccountRepository {

    Optional<Account> findById(AccountId id);

    /** Inserts or replaces the account; its set of spaces is replaced as a whole. */
    void save(Account account);
}
