package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.flowhex.adapter.jdbc.JdbcCallQuota.Decision;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.CallAdmission.NonceUse;
import io.flowhex.application.port.out.CallAdmission.Verdict;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import io.flowhex.testkit.contract.CallAdmissionContract;
import io.flowhex.testkit.contract.CallQuotaContract;
import io.flowhex.testkit.contract.QuotaTime;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shared call quota on one kind of database: the testkit's contract, the database's clock, the purge. */
abstract class CallQuotaChecks {

    private static final int LIMIT = 5;
    private static final String GET_FLOW = "GetFlow";

    /** The store under test, shared by every check of the JVM on this database. */
    abstract JdbcFlowStore store();

    /** A store on the same database through another DataSource, as a second server would have. */
    abstract JdbcFlowStore secondInstance();

    /** The DataSource of {@link #store()}, for reading and aging the rows. */
    abstract DataSource dataSource();

    /** A database nobody has used yet. */
    abstract DataSource freshDatabase();

    /** Moves every stored window back by {@code duration}: to the quota, that much time has passed. */
    static void age(DataSource database, Duration duration) {
        String seconds = BigDecimal.valueOf(duration.toNanos() / 1_000, 6).toPlainString();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // a literal made from a Duration: DDL-free, but intervals take no parameter on both databases alike
            statement.executeUpdate("UPDATE flowhex_call_quota SET window_start = window_start - INTERVAL '"
                    + seconds + "' SECOND");
        } catch (SQLException e) {
            throw new IllegalStateException("could not age the quota's windows", e);
        }
    }

    static int rows(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flowhex_call_quota")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Windows of an hour for the testkit's contracts: the database's clock runs on its own while a suite
     * runs, and against an hour its milliseconds never reach a window's edge. Time passes by aging the
     * stored windows.
     */
    private QuotaTime hourWindows() {
        return QuotaTime.of(Duration.ofHours(1), duration -> age(dataSource(), duration));
    }

    private JdbcCallQuota hourQuota() {
        return store().callQuota(JdbcCallQuotaOptions.custom().window(hourWindows().window()).build());
    }

    @Nested
    @DisplayName("passes the testkit's call quota contract")
    class Contract extends CallQuotaContract {

        private final JdbcCallQuota quota = hourQuota();

        @Override
        protected CallQuota quota() {
            return quota;
        }

        @Override
        protected QuotaTime time() {
            return hourWindows();
        }
    }

    @Nested
    @DisplayName("joined with the store's nonces, passes the testkit's call admission contract")
    class AdmissionContract extends CallAdmissionContract {

        private final CallAdmission admission = hourQuota().admissionWith(store().nonces()).orElseThrow();

        @Override
        protected CallAdmission admission() {
            return admission;
        }

        @Override
        protected QuotaTime time() {
            return hourWindows();
        }
    }

    @Test
    @DisplayName("joins only its own database's nonce store: never a wrapped one, never another database's")
    void joinsOnlyItsOwnNonces() {
        JdbcCallQuota quota = store().callQuota();
        NonceStore own = store().nonces();
        NonceStore wrapped = own::recordIfAbsent;

        assertThat(quota.admissionWith(own)).get().isInstanceOf(JdbcCallAdmission.class);
        assertThat(quota.admissionWith(wrapped)).isEmpty();
        assertThat(quota.admissionWith(secondInstance().nonces())).as("another store object").isEmpty();
    }

    @Test
    @DisplayName("a nonce admitted through one instance's joined admission is a replay on the other's, and a throttled call leaves no row")
    void joinedAdmissionsShareNonces() throws SQLException {
        CallAdmission first = store().callQuota().admissionWith(store().nonces()).orElseThrow();
        CallAdmission second = secondInstance().callQuota().admissionWith(secondInstance().nonces()).orElseThrow();
        AccountId account = Ids.accountId();
        AccessKeyId key = Ids.accessKeyId();
        Instant now = Instant.now();
        Optional<NonceUse> nonce = Optional.of(new NonceUse(key, "across", now, now.plusSeconds(900)));

        assertThat(first.admit(account, GET_FLOW, LIMIT, nonce)).isEqualTo(Verdict.ADMITTED);
        assertThat(second.admit(account, GET_FLOW, LIMIT, nonce)).isEqualTo(Verdict.NONCE_USED);

        AccountId throttled = Ids.accountId();
        AccessKeyId throttledKey = Ids.accessKeyId();
        assertThat(first.admit(throttled, GET_FLOW, 1, Optional.empty())).isEqualTo(Verdict.ADMITTED);
        assertThat(second.admit(throttled, GET_FLOW, 1,
                Optional.of(new NonceUse(throttledKey, "refused", now, now.plusSeconds(900))))).isEqualTo(Verdict.THROTTLED);
        assertThat(nonceRows(dataSource(), throttledKey)).isZero();
    }

    static int nonceRows(DataSource database, AccessKeyId key) throws SQLException {
        try (Connection connection = database.getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM flowhex_nonce WHERE access_key_id = ?")) {
            statement.setString(1, key.value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    @DisplayName("16 threads on two instances, one-second windows by the database's clock: no window grants more than the limit, a window that refused granted exactly the limit")
    void exactByTheDatabaseClock() throws Exception {
        List<JdbcCallQuota> instances = List.of(store().callQuota(), secondInstance().callQuota());
        AccountId account = Ids.accountId();
        int threads = 16;
        int attemptsEach = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Decision> decisions = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Decision>>> each = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcCallQuota quota = instances.get(t % instances.size());
                each.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    List<Decision> mine = new ArrayList<>();
                    for (int i = 0; i < attemptsEach; i++) {
                        mine.add(quota.decide(account, GET_FLOW, LIMIT));
                    }
                    return mine;
                }));
            }
            ready.await();
            go.countDown();
            for (Future<List<Decision>> future : each) {
                decisions.addAll(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Instant, int[]> byWindow = new TreeMap<>(); // window start -> {granted, refused}
        for (Decision decision : decisions) {
            byWindow.computeIfAbsent(decision.windowStart(), w -> new int[2])[decision.granted() ? 0 : 1]++;
        }
        assertThat(decisions).hasSize(threads * attemptsEach);
        assertThat(byWindow.values().stream().filter(counts -> counts[1] > 0))
                .as("at least one window was full: 640 calls are more than one window holds")
                .isNotEmpty();
        byWindow.forEach((start, counts) -> {
            assertThat(counts[0]).as("granted in the window begun at %s", start).isLessThanOrEqualTo(LIMIT);
            if (counts[1] > 0) {
                assertThat(counts[0]).as("a window that refused, begun at %s", start).isEqualTo(LIMIT);
            }
        });
        Instant[] starts = byWindow.keySet().toArray(Instant[]::new);
        for (int i = 1; i < starts.length; i++) {
            assertThat(Duration.between(starts[i - 1], starts[i])).as("windows do not overlap")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    @DisplayName("a budget spent through one instance is spent for the other: 3 + 2 granted, then both refuse")
    void instancesShareOneBudget() {
        JdbcCallQuota first = store().callQuota(JdbcCallQuotaOptions.custom().window(Duration.ofHours(1)).build());
        JdbcCallQuota second = secondInstance().callQuota(JdbcCallQuotaOptions.custom().window(Duration.ofHours(1)).build());
        AccountId account = Ids.accountId();

        for (int i = 0; i < 3; i++) {
            assertThat(first.tryAcquire(account, GET_FLOW, LIMIT)).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(second.tryAcquire(account, GET_FLOW, LIMIT)).isTrue();
        }

        assertThat(first.tryAcquire(account, GET_FLOW, LIMIT)).isFalse();
        assertThat(second.tryAcquire(account, GET_FLOW, LIMIT)).isFalse();
    }

    @Test
    @DisplayName("an action longer than the table's column is refused before any statement")
    void longActionIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> store().callQuota().tryAcquire(Ids.accountId(), "A".repeat(65), LIMIT))
                .withMessageContaining("64");
    }

    @Test
    @DisplayName("every second decision deletes at most three rows whose window is over, and never a live one")
    void boundedPurge() throws SQLException {
        DataSource database = freshDatabase();
        JdbcCallQuota quota = JdbcFlowStore.create(database).callQuota(JdbcCallQuotaOptions.custom()
                .window(Duration.ofHours(1)).purgeInterval(2).purgeBatchSize(3).build());
        List<AccountId> old = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            old.add(Ids.accountId());
            quota.tryAcquire(old.get(i), GET_FLOW, LIMIT);
        }
        // the 10th decision purges: nothing is over yet
        quota.tryAcquire(Ids.accountId(), GET_FLOW, LIMIT);
        assertThat(rows(database)).as("no window is over").isEqualTo(10);
        age(database, Duration.ofHours(2));
        AccountId live = Ids.accountId();

        quota.tryAcquire(live, GET_FLOW, 1);
        assertThat(rows(database)).as("the 11th decision does not purge").isEqualTo(11);
        quota.tryAcquire(live, GET_FLOW, 1);

        assertThat(rows(database)).as("the 12th purges three over windows, not the live one").isEqualTo(8);
        assertThat(quota.tryAcquire(live, GET_FLOW, 1)).as("the live window is still spent").isFalse();
        assertThat(quota.tryAcquire(old.get(0), GET_FLOW, 1)).as("a purged or over window starts again").isTrue();
    }
}
