package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** RAM users by account and name. */
final class InMemoryRamUserRepository implements RamUserRepository {

    private final ConcurrentHashMap<RamUser, RamUser> users = new ConcurrentHashMap<>();

    @Override
    public Optional<RamUser> find(AccountId account, PrincipalName name) {
        return Optional.ofNullable(users.get(new RamUser(account, name)));
    }

    @Override
    public void save(RamUser user) {
        users.putIfAbsent(user, user);
    }

    void removeAccount(AccountId account) {
        users.keySet().removeIf(user -> user.account().equals(account));
    }

    void clear() {
        users.clear();
    }
}
