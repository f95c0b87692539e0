package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreCounts;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.FlowStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's resets as one transaction each, children before their parents (the foreign keys'
 * order), so a reset that fails on the way changes nothing. Every instance on the database sees a
 * reset at once, except for the accounts each one has cached: this instance drops its cache after the
 * commit, and the others' entries expire within the account cache's TTL.
 */
final class JdbcStoreAdministration implements StoreAdministration {

    private static final String STORE = "store administration";

    /** Every table, children first. */
    private static final List<String> CLEAR_ALL = List.of(
            "DELETE FROM flowhex_nonce",
            "DELETE FROM flowhex_policy_attachment",
            "DELETE FROM flowhex_policy",
            "DELETE FROM flowhex_flow_asset",
            "DELETE FROM flowhex_flow",
            "DELETE FROM flowhex_access_key",
            "DELETE FROM flowhex_ram_user",
            "DELETE FROM flowhex_account_action_qps",
            "DELETE FROM flowhex_account_space",
            "DELETE FROM flowhex_account");

    /** One account's rows, children first; each statement takes the account id once. */
    private static final List<String> CLEAR_ACCOUNT = List.of(
            "DELETE FROM flowhex_nonce WHERE access_key_id IN (SELECT id FROM flowhex_access_key WHERE account_id = ?)",
            "DELETE FROM flowhex_policy_attachment WHERE account_id = ?",
            "DELETE FROM flowhex_policy WHERE account_id = ?",
            "DELETE FROM flowhex_flow_asset WHERE flow_id IN (SELECT id FROM flowhex_flow WHERE account_id = ?)",
            "DELETE FROM flowhex_flow WHERE account_id = ?",
            "DELETE FROM flowhex_access_key WHERE account_id = ?",
            "DELETE FROM flowhex_ram_user WHERE account_id = ?",
            "DELETE FROM flowhex_account_action_qps WHERE account_id = ?",
            "DELETE FROM flowhex_account_space WHERE account_id = ?");
    private static final String DELETE_ACCOUNT = "DELETE FROM flowhex_account WHERE id = ?";

    private static final String COUNT_ACCOUNTS = "SELECT COUNT(*) FROM flowhex_account";
    private static final String COUNT_KEYS = "SELECT COUNT(*) FROM flowhex_access_key";
    private static final String COUNT_FLOWS = "SELECT status, COUNT(*) FROM flowhex_flow GROUP BY status";

    private final Database database;
    private final JdbcAccountRepository accounts;

    JdbcStoreAdministration(Database database, JdbcAccountRepository accounts) {
        this.database = database;
        this.accounts = accounts;
    }

    @Override
    public void clearAll() {
        database.inTransaction(STORE, connection -> {
            for (String delete : CLEAR_ALL) {
                Database.update(connection, delete);
            }
            return null;
        });
        accounts.forgetCached();
    }

    @Override
    public boolean clearAccount(AccountId account) {
        String id = account.value();
        boolean held = database.inTransaction(STORE, connection -> {
            for (String delete : CLEAR_ACCOUNT) {
                Database.update(connection, delete, id);
            }
            return Database.update(connection, DELETE_ACCOUNT, id) > 0;
        });
        accounts.forgetCached(account);
        return held;
    }

    @Override
    public StoreCounts counts() {
        return database.call(STORE, connection -> new StoreCounts(count(connection, COUNT_ACCOUNTS),
                count(connection, COUNT_KEYS), Database.query(connection, COUNT_FLOWS, rows -> {
                    Map<FlowStatus, Long> byStatus = new EnumMap<>(FlowStatus.class);
                    while (rows.next()) {
                        byStatus.put(FlowStatus.fromWire(rows.getString(1)), rows.getLong(2));
                    }
                    return byStatus;
                })));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return Database.query(connection, sql, rows -> rows.next() ? rows.getLong(1) : 0L);
    }
}
