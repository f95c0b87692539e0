package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.SpaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Accounts in one table, their spaces in a child table. A lookup is one statement: the account
 * left-joined to its spaces, one result row per space (or one row with no space).
 */
final class JdbcAccountRepository implements AccountRepository {

    private static final String STORE = "account store";

    private static final String FIND = """
            SELECT a.subscribed, a.qps_override, s.space_id
            FROM flowhex_account a LEFT JOIN flowhex_account_space s ON s.account_id = a.id
            WHERE a.id = ?""";
    private static final PerDialect SAVE = PerDialect.of(dialect -> dialect.upsert("flowhex_account",
            List.of("id"), List.of("subscribed", "qps_override")));
    private static final String DROP_SPACES = "DELETE FROM flowhex_account_space WHERE account_id = ?";
    private static final String ADD_SPACE = "INSERT INTO flowhex_account_space (account_id, space_id) VALUES (?, ?)";

    private final Database database;

    JdbcAccountRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return database.call(STORE, connection -> Database.query(connection, FIND, rows -> account(id, rows), id.value()));
    }

    @Override
    public void save(Account account) {
        String id = account.id().value();
        Integer qps = account.qpsOverride().isPresent() ? account.qpsOverride().getAsInt() : null;
        // The upsert locks the account row first, so concurrent saves of one account replace its
        // spaces one after the other instead of interleaving.
        database.inTransaction(STORE, connection -> {
            Database.update(connection, SAVE.in(database.dialect(connection)), id, account.subscribed(), qps);
            Database.update(connection, DROP_SPACES, id);
            if (!account.spaces().isEmpty()) {
                try (var insert = connection.prepareStatement(ADD_SPACE)) {
                    for (SpaceId space : account.spaces()) {
                        insert.setString(1, id);
                        insert.setString(2, space.value());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return null;
        });
    }

    private static Optional<Account> account(AccountId id, ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        boolean subscribed = rows.getBoolean("subscribed");
        int qps = rows.getInt("qps_override");
        OptionalInt qpsOverride = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(qps);
        Set<SpaceId> spaces = new HashSet<>();
        do {
            String space = rows.getString("space_id");
            if (space != null) {
                spaces.add(new SpaceId(space));
            }
        } while (rows.next());
        return Optional.of(new Account(id, subscribed, spaces, qpsOverride));
    }
}
