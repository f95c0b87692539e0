package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import java.util.List;
import java.util.Optional;

/** RAM users, keyed by account and name; saving one again is a no-op upsert. */
final class JdbcRamUserRepository implements RamUserRepository {

    private static final String STORE = "RAM user store";

    private static final String FIND = "SELECT 1 FROM flowhex_ram_user WHERE account_id = ? AND name = ?";
    private static final PerDialect SAVE = PerDialect.of(dialect -> dialect.upsert("flowhex_ram_user",
            List.of("account_id", "name"), List.of()));

    private final Database database;

    JdbcRamUserRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<RamUser> find(AccountId account, PrincipalName name) {
        boolean exists = database.call(STORE, connection -> Database.query(connection, FIND, rows -> rows.next(),
                account.value(), name.value()));
        return exists ? Optional.of(new RamUser(account, name)) : Optional.empty();
    }

    @Override
    public void save(RamUser user) {
        database.call(STORE, connection -> Database.update(connection, SAVE.in(database.dialect(connection)),
                user.account().value(), user.name().value()));
    }
}
