package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.SpaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Accounts in one table, their spaces and their per-action QPS overrides in two child tables. A
 * lookup is one statement: the account left-joined to its spaces (one row per space, or one row with
 * no space), followed by one row per action override. A union, not a second join, so that an account
 * with many spaces and several overrides does not read their product.
 *
 * <p>GetFlow reads the caller's account on every call; so that a call costs one round trip (the
 * flow) rather than two, a read is reused for {@code cacheTtl} (see
 * {@link JdbcStoreOptions#accountCacheTtl()}). A save through this repository drops the account's
 * entry before and after writing; a change made through another store is seen once the entry
 * expires. At most {@link JdbcStoreOptions#ACCOUNT_CACHE_SIZE} entries are kept: when full, the
 * cache starts over empty.
 */
final class JdbcAccountRepository implements AccountRepository {

    private static final String STORE = "account store";

    private static final String FIND = """
            SELECT a.subscribed, a.qps_override, s.space_id,
                   CAST(NULL AS VARCHAR(64)) AS action_name, CAST(NULL AS INTEGER) AS action_qps
            FROM flowhex_account a LEFT JOIN flowhex_account_space s ON s.account_id = a.id
            WHERE a.id = ?
            UNION ALL
            SELECT NULL, NULL, NULL, q.action_name, q.qps
            FROM flowhex_account_action_qps q
            WHERE q.account_id = ?""";
    private static final PerDialect SAVE = PerDialect.of(dialect -> dialect.upsert("flowhex_account",
            List.of("id"), List.of("subscribed", "qps_override")));
    private static final String DROP_SPACES = "DELETE FROM flowhex_account_space WHERE account_id = ?";
    private static final String ADD_SPACE = "INSERT INTO flowhex_account_space (account_id, space_id) VALUES (?, ?)";
    private static final String DROP_ACTION_QPS = "DELETE FROM flowhex_account_action_qps WHERE account_id = ?";
    private static final String ADD_ACTION_QPS =
            "INSERT INTO flowhex_account_action_qps (account_id, action_name, qps) VALUES (?, ?, ?)";

    /** One cached read: the account (or its absence) and when it was read, by the interval timer. */
    private record Cached(Optional<Account> account, long readAt) {
    }

    private final Database database;
    private final long cacheTtlNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<AccountId, Cached> cache = new ConcurrentHashMap<>();

    JdbcAccountRepository(Database database, Duration cacheTtl) {
        this(database, cacheTtl, System::nanoTime);
    }

    /** With another interval timer than {@link System#nanoTime()}, so a test can let the TTL pass. */
    JdbcAccountRepository(Database database, Duration cacheTtl, LongSupplier nanoTime) {
        this.database = database;
        this.cacheTtlNanos = cacheTtl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        if (cacheTtlNanos == 0) {
            return read(id);
        }
        // an interval timer, not the time of day: the entry's age is all that matters here
        long now = nanoTime.getAsLong();
        Cached cached = cache.get(id);
        if (cached != null && now - cached.readAt() < cacheTtlNanos) {
            return cached.account();
        }
        Optional<Account> account = read(id);
        if (cache.size() >= JdbcStoreOptions.ACCOUNT_CACHE_SIZE) {
            cache.clear();
        }
        cache.put(id, new Cached(account, now));
        return account;
    }

    /** Drops every cached read, after a reset that removed accounts wholesale. */
    void forgetCached() {
        cache.clear();
    }

    /** Drops the account's cached read, after a reset that removed it. */
    void forgetCached(AccountId id) {
        cache.remove(id);
    }

    private Optional<Account> read(AccountId id) {
        return database.call(STORE,
                connection -> Database.query(connection, FIND, rows -> account(id, rows), id.value(), id.value()));
    }

    @Override
    public void save(Account account) {
        String id = account.id().value();
        Integer qps = account.qpsOverride().isPresent() ? account.qpsOverride().getAsInt() : null;
        // dropped before and after writing, so this store's next read sees the change; a read racing
        // with the write may still keep the old value, for at most the TTL like any other read
        cache.remove(account.id());
        // The upsert locks the account row first, so concurrent saves of one account replace its
        // spaces and overrides one after the other instead of interleaving.
        database.inTransaction(STORE, connection -> {
            Database.update(connection, SAVE.in(database.dialect(connection)), id, account.subscribed(), qps);
            Database.update(connection, DROP_SPACES, id);
            insertAll(connection, ADD_SPACE, account.spaces().stream()
                    .map(space -> new Object[] {id, space.value()}).toList());
            Database.update(connection, DROP_ACTION_QPS, id);
            insertAll(connection, ADD_ACTION_QPS, account.actionQps().entrySet().stream()
                    .map(entry -> new Object[] {id, entry.getKey(), entry.getValue()}).toList());
            return null;
        });
        cache.remove(account.id());
    }

    /** One batch of inserts, one row of parameters each; nothing is sent for no rows. */
    private static void insertAll(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Database.bind(insert, i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The account rows carry no action name; each override row carries one, and nothing else. */
    private static Optional<Account> account(AccountId id, ResultSet rows) throws SQLException {
        Boolean subscribed = null;
        OptionalInt qpsOverride = OptionalInt.empty();
        Set<SpaceId> spaces = new HashSet<>();
        Map<String, Integer> actionQps = new HashMap<>();
        while (rows.next()) {
            String action = rows.getString("action_name");
            if (action != null) {
                actionQps.put(action, rows.getInt("action_qps"));
                continue;
            }
            subscribed = rows.getBoolean("subscribed");
            int qps = rows.getInt("qps_override");
            qpsOverride = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(qps);
            String space = rows.getString("space_id");
            if (space != null) {
                spaces.add(new SpaceId(space));
            }
        }
        return subscribed == null ? Optional.empty()
                : Optional.of(new Account(id, subscribed, spaces, qpsOverride, actionQps));
    }
}
