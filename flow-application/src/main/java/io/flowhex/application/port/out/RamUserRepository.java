package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import java.util.Optional;

/** Driven port: the RAM users of each account (user names are unique within an account). */
public interface RamUserRepository {

    Optional<RamUser> find(AccountId account, PrincipalName name);

    /** Adds the user; saving an existing user again changes nothing. */
    void save(RamUser user);
}
