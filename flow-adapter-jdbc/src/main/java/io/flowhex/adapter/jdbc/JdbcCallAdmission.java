package io.flowhex.adapter.jdbc;

import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions.WhenUnavailable;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccountId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared call quota and the nonce store of one database as one {@link CallAdmission}. A signed
 * call is decided and its nonce recorded by one statement on PostgreSQL
 * ({@link QuotaStatements#decisionRecordingNonce()}), so a shared quota costs a signed call no round
 * trip more than the in-process quota does; on H2 (in process, no round trip to save) the two
 * statements run in turn on one connection. A call without a nonce is the quota's decision alone.
 *
 * <p>The answers are those of the quota and the nonce store asked in turn, failures included: with
 * {@link WhenUnavailable#FAIL_OPEN} a statement that fails is read as the quota's allowance, and the
 * nonce is then recorded by the nonce store alone (which fails the call if the database is gone).
 */
final class JdbcCallAdmission implements CallAdmission {

    private static final String STORE = "call quota";

    private final JdbcCallQuota quota;
    private final JdbcNonceStore nonces;
    private final Database database;

    JdbcCallAdmission(JdbcCallQuota quota, JdbcNonceStore nonces, Database database) {
        this.quota = Objects.requireNonNull(quota, "quota");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Verdict admit(AccountId account, String action, int permitsPerSecond, Optional<NonceUse> nonce) {
        if (nonce.isEmpty()) {
            return quota.tryAcquire(account, action, permitsPerSecond) ? Verdict.ADMITTED : Verdict.THROTTLED;
        }
        JdbcCallQuota.checkArguments(account, action, permitsPerSecond);
        NonceUse use = nonce.get();
        String digest = JdbcNonceStore.digest(use.nonce());
        SqlWork<Verdict> admission = connection -> admit(connection, account.value(), action, permitsPerSecond, use, digest);
        Verdict verdict;
        try {
            // H2: a concurrent first call inserted the quota row; the second run finds it. The nonce's own
            // unique violation never reaches here (read as a replay), so a rerun never spends a second permit.
            verdict = database.call(STORE, admission, admission);
        } catch (StoreUnavailableException e) {
            if (quota.whenUnavailable() != WhenUnavailable.FAIL_OPEN) {
                throw e;
            }
            return nonces.recordIfAbsent(use.accessKeyId(), use.nonce(), use.now(), use.expiresAt())
                    ? Verdict.ADMITTED : Verdict.NONCE_USED;
        }
        quota.decided();
        if (verdict != Verdict.THROTTLED) {
            nonces.recorded(use.now());
        }
        return verdict;
    }

    private Verdict admit(Connection connection, String account, String action, int permits, NonceUse use,
            String digest) throws SQLException {
        if (database.dialect(connection) == Dialect.POSTGRESQL) {
            return Database.query(connection, quota.decisionRecordingNonce(), rows -> {
                if (!rows.next()) {
                    throw new SQLException("the admission returned no row");
                }
                return verdict(rows.getBoolean(1), rows.getBoolean(3));
            }, account, action, permits, permits - 1, use.accessKeyId().value(), digest, use.expiresAt(), use.now());
        }
        if (!quota.decide(connection, account, action, permits).granted()) {
            return Verdict.THROTTLED;
        }
        return verdict(true, nonces.record(connection, use.accessKeyId(), digest, use.expiresAt(), use.now()));
    }

    private static Verdict verdict(boolean granted, boolean recorded) {
        if (!granted) {
            return Verdict.THROTTLED;
        }
        return recorded ? Verdict.ADMITTED : Verdict.NONCE_USED;
    }

    /** Names the quota's settings only. */
    @Override
    public String toString() {
        return "JdbcCallAdmission[" + quota + "]";
    }
}
