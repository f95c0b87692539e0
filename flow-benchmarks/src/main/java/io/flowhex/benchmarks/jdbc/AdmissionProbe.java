package io.flowhex.benchmarks.jdbc;

import io.flowhex.adapter.jdbc.JdbcCallQuota;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.CallAdmission.NonceUse;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a signed call's admission costs on PostgreSQL, statement by statement: a bare round trip
 * ({@code SELECT 1} through the pool), the shared quota's decision alone, the nonce's record alone, the
 * joined admission (ADR 0016: both in one statement) and the quota and the nonce in turn, interleaved
 * call by call so that the machine's load falls on each alike. Prints the median and the 90th
 * percentile per call of each, after the first third of the calls (the warm-up). Not a JMH benchmark:
 * the diagnosis behind {@link SharedQuotaBenchmark}'s ratios.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.jdbc.AdmissionProbe [calls]}
 */
public final class AdmissionProbe {

    private static final int ACCOUNTS = 64;
    private static final String[] NAMES = {"round trip (SELECT 1)", "quota decision", "nonce record",
        "joined admission", "quota and nonce in turn"};

    private AdmissionProbe() {
    }

    public static void main(String[] args) throws SQLException {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (BenchmarkDatabase db = BenchmarkDatabase.start(BenchmarkDatabase.Kind.POSTGRESQL)) {
            JdbcFlowStore store = JdbcFlowStore.create(db.pool());
            JdbcCallQuota quota = store.callQuota();
            NonceStore nonces = store.nonces();
            CallAdmission joined = quota.admissionWith(nonces)
                    .orElseThrow(() -> new IllegalStateException("the store's quota offers no joined admission"));
            AccountId[] accounts = new AccountId[ACCOUNTS];
            for (int i = 0; i < ACCOUNTS; i++) {
                accounts[i] = new AccountId(String.valueOf(1_000_000_000L + i));
            }
            AccessKeyId key = new AccessKeyId("LTAIAdmissionProbe");
            Instant now = Instant.now();
            Instant expires = now.plusSeconds(900);
            long[][] nanos = new long[NAMES.length][calls];
            for (int i = 0; i < calls; i++) {
                AccountId account = accounts[i % ACCOUNTS];
                long t0 = System.nanoTime();
                roundTrip(db);
                long t1 = System.nanoTime();
                quota.tryAcquire(account, "GetFlow", Tenants.NEVER_LIMITED);
                long t2 = System.nanoTime();
                nonces.recordIfAbsent(key, "alone-" + i, now, expires);
                long t3 = System.nanoTime();
                joined.admit(account, "ListFlow", Tenants.NEVER_LIMITED, Optional.of(new NonceUse(key, "joined-" + i, now, expires)));
                long t4 = System.nanoTime();
                quota.tryAcquire(account, "CreateFlow", Tenants.NEVER_LIMITED);
                nonces.recordIfAbsent(key, "in-turn-" + i, now, expires);
                long t5 = System.nanoTime();
                nanos[0][i] = t1 - t0;
                nanos[1][i] = t2 - t1;
                nanos[2][i] = t3 - t2;
                nanos[3][i] = t4 - t3;
                nanos[4][i] = t5 - t4;
            }
            for (int k = 0; k < NAMES.length; k++) {
                long[] measured = Arrays.copyOfRange(nanos[k], calls / 3, calls);
                Arrays.sort(measured);
                System.out.printf("%-26s median %7.1f us   p90 %7.1f us%n", NAMES[k],
                        measured[measured.length / 2] / 1e3, measured[measured.length * 9 / 10] / 1e3);
            }
        }
    }

    private static void roundTrip(BenchmarkDatabase db) throws SQLException {
        try (Connection connection = db.pool().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT 1");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
        }
    }
}
