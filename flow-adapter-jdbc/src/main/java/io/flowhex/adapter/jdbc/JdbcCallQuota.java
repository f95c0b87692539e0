package io.flowhex.adapter.jdbc;

import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions.WhenUnavailable;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.QuotaUsage;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccountId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The call quota shared by every instance on one database: each decision is one statement (see
 * {@link QuotaStatements}) on the (account, action) row, timed by the database's clock, so neither
 * the instances' clocks nor their number changes what an account is granted: at most
 * {@code permitsPerSecond} calls per window, across all of them, as {@code LocalCallQuota} counts
 * them in one process.
 *
 * <p>What one account can make the table hold: one row per action the application names (its
 * constants, CAMS's ten flow actions), and only for calls whose signature was verified. Every
 * {@code purgeInterval}-th decision of this instance also deletes at most {@code purgeBatchSize} rows
 * whose window is over, which changes no answer; so the table holds about the (account, action) pairs
 * active within the last window, without a background thread. A database that does not answer is
 * {@link WhenUnavailable#FAIL_CLOSED a refusal} ({@link StoreUnavailableException}, which the
 * application answers {@code ServiceUnavailable}) or {@link WhenUnavailable#FAIL_OPEN an allowance},
 * as configured. Thread-safe.
 */
public final class JdbcCallQuota implements CallQuota {

    /** The longest action name the table keeps (the width of its column). */
    public static final int MAX_ACTION_LENGTH = 64;

    private static final String STORE = "call quota";

    private final Database database;
    private final JdbcCallQuotaOptions options;
    private final PerDialect decisions;
    private final String decisionRecordingNonce;
    private final String purge;
    private final AtomicLong decided = new AtomicLong();

    /** What one statement decided: whether the call was granted, and in which window it counted. */
    record Decision(boolean granted, Instant windowStart) {
        Decision {
            Objects.requireNonNull(windowStart, "windowStart");
        }
    }

    JdbcCallQuota(Database database, JdbcCallQuotaOptions options) {
        this.database = Objects.requireNonNull(database, "database");
        this.options = Objects.requireNonNull(options, "options");
        QuotaStatements statements = new QuotaStatements(options.window());
        this.decisions = PerDialect.of(statements::decision);
        this.decisionRecordingNonce = statements.decisionRecordingNonce();
        this.purge = statements.purge();
    }

    @Override
    public boolean tryAcquire(AccountId account, String action, int permitsPerSecond) {
        try {
            return decide(account, action, permitsPerSecond).granted();
        } catch (StoreUnavailableException e) {
            if (options.whenUnavailable() == WhenUnavailable.FAIL_OPEN) {
                return true;
            }
            throw e;
        }
    }

    /** The decision, with the window it was counted in; a database that does not answer throws. */
    Decision decide(AccountId account, String action, int permitsPerSecond) {
        checkArguments(account, action, permitsPerSecond);
        SqlWork<Decision> decision = connection -> decide(connection, account.value(), action, permitsPerSecond);
        // H2: a concurrent first call inserted the row; the second run finds it (PostgreSQL never fails so)
        Decision answer = database.call(STORE, decision, decision);
        decided();
        return answer;
    }

    static void checkArguments(AccountId account, String action, int permitsPerSecond) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        if (action.isEmpty() || action.length() > MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException("action must be 1 to " + MAX_ACTION_LENGTH + " characters");
        }
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be positive");
        }
    }

    /** Counts a decision made, here or by a joined admission, and purges on every purgeInterval-th. */
    void decided() {
        if (decided.incrementAndGet() % options.purgeInterval() == 0) {
            purgeOverWindows();
        }
    }

    /**
     * This quota and the store's own nonces as one admission: one statement per signed call on
     * PostgreSQL, where a quota in turn with the nonces would cost a second round trip. Any other
     * nonce store (another database's, or one wrapped) is asked in turn by the application.
     */
    @Override
    public Optional<CallAdmission> admissionWith(NonceStore nonces) {
        if (nonces instanceof JdbcNonceStore jdbc && jdbc.keptIn(database)) {
            return Optional.of(new JdbcCallAdmission(this, jdbc, database));
        }
        return Optional.empty();
    }

    WhenUnavailable whenUnavailable() {
        return options.whenUnavailable();
    }

    /** The PostgreSQL statement that decides and, if granted, records the nonce (see {@link QuotaStatements}). */
    String decisionRecordingNonce() {
        return decisionRecordingNonce;
    }

    Decision decide(Connection connection, String account, String action, int permits) throws SQLException {
        return Database.query(connection, decisions.in(database.dialect(connection)), rows -> {
            if (!rows.next()) {
                throw new SQLException("the quota decision returned no row");
            }
            return new Decision(rows.getBoolean(1), Database.instant(rows, 2));
        }, account, action, permits, permits - 1);
    }

    private void purgeOverWindows() {
        try {
            database.call(STORE, connection -> Database.update(connection, purge, options.purgeBatchSize()));
        } catch (StoreUnavailableException e) {
            // housekeeping only: the decision is made, and a later one purges again
        }
    }

    /** Every instance's budgets of the account, since they are one: its next call starts afresh everywhere. */
    @Override
    public void forget(AccountId account) {
        Objects.requireNonNull(account, "account");
        database.call(STORE, connection -> Database.update(connection,
                "DELETE FROM flowhex_call_quota WHERE account_id = ?", account.value()));
    }

    @Override
    public void forgetAll() {
        database.call(STORE, connection -> Database.update(connection, "DELETE FROM flowhex_call_quota"));
    }

    /** The rows of the shared table: what every instance's callers hold, over windows not yet purged included. */
    @Override
    public Optional<QuotaUsage> usage() {
        return Optional.of(database.call(STORE, connection -> Database.query(connection,
                "SELECT COUNT(DISTINCT account_id), COUNT(*) FROM flowhex_call_quota", rows -> {
                    rows.next();
                    return new QuotaUsage(rows.getLong(1), rows.getLong(2));
                })));
    }

    /** Names the settings only. */
    @Override
    public String toString() {
        return "JdbcCallQuota[" + options + "]";
    }
}
