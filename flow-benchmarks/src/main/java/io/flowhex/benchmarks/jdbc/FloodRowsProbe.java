package io.flowhex.benchmarks.jdbc;

import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.SignatureNonce;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The shared state after a flood: {@code calls} signed GetFlow calls (default 1,000,000) through the
 * application on PostgreSQL with the shared quota and the JDBC nonce store, on their default
 * settings, from four threads. Of every ten calls nine come from {@value #FLOODERS} accounts far above
 * their 5 calls/s, one from the other {@code accounts - FLOODERS} accounts in turn. Each call carries a
 * nonce never used, which the gate records once the quota grants the call. The application's clock runs
 * {@value #SPEED} times faster than the database's, so nonces (valid 15 minutes by it) expire during the
 * run, and the purge has expired rows to remove; the quota's windows are the database's real seconds.
 * Prints, every tenth of the run and at the end, the rows of both tables and how many of them are
 * expired: what the bounded purges leave.
 *
 * <p>{@code java -cp benchmarks.jar io.flowhex.benchmarks.jdbc.FloodRowsProbe [calls] [accounts]}
 */
public final class FloodRowsProbe {

    static final int FLOODERS = 10;
    static final int SPEED = 10;
    private static final int THREADS = 4;

    private FloodRowsProbe() {
    }

    public static void main(String[] args) throws Exception {
        long calls = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Clock fast = new FastClock(Clock.systemUTC().instant(), System.nanoTime());
        try (BenchmarkDatabase db = BenchmarkDatabase.start(BenchmarkDatabase.Kind.POSTGRESQL)) {
            JdbcFlowStore store = JdbcFlowStore.create(db.pool());
            FlowhexApplication app = FlowhexApplication.custom().stores(store).callQuota(store.callQuota())
                    .clock(fast).build();
            List<GetFlowQuery> queries = provision(app, accounts);
            AtomicLong next = new AtomicLong();
            AtomicLong granted = new AtomicLong();
            AtomicLong limited = new AtomicLong();
            long started = System.nanoTime();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    for (long n = next.getAndIncrement(); n < calls; n = next.getAndIncrement()) {
                        GetFlowQuery query = queries.get(caller(n, accounts));
                        try {
                            app.getFlow().getFlow(signed(query, n, fast));
                            granted.incrementAndGet();
                        } catch (FlowApiException e) {
                            if (e.errorCode() != ErrorCode.LIMIT_CONTROL) {
                                throw e;
                            }
                            limited.incrementAndGet();
                        }
                        if ((n + 1) % (calls / 10) == 0) {
                            report(db.pool(), n + 1, granted.get(), limited.get(), started, fast);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
            threads.shutdown();
            System.out.println("end:");
            report(db.pool(), calls, granted.get(), limited.get(), started, fast);
        }
    }

    /** Nine calls in ten from the flooders, the tenth from the other accounts in turn. */
    private static int caller(long n, int accounts) {
        if (n % 10 != 9) {
            return (int) (n % FLOODERS);
        }
        return FLOODERS + (int) ((n / 10) % (accounts - FLOODERS));
    }

    private static GetFlowQuery signed(GetFlowQuery query, long n, Clock clock) {
        CallContext plain = query.context();
        SignatureNonce nonce = new SignatureNonce("flood-" + n, clock.instant().plus(Duration.ofMinutes(15)));
        return new GetFlowQuery(query.caller(), query.flowId(), query.space(),
                new CallContext(plain.sourceIp(), plain.secureTransport(), plain.accessKeyId(), Optional.of(nonce)));
    }

    /** Accounts with the default quota, one space, one flow and a root key each. */
    private static List<GetFlowQuery> provision(FlowhexApplication app, int accounts) {
        List<GetFlowQuery> queries = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            AccountId account = Fixtures.accountId();
            SpaceId space = Fixtures.spaceId();
            app.provision().saveAccount(Account.subscribed(account, Set.of(space)));
            Flow flow = Fixtures.flow(account, space).build();
            app.provision().saveFlow(flow);
            RootPrincipal root = new RootPrincipal(account);
            long n = Fixtures.next();
            AccessKey key = new AccessKey(new AccessKeyId("LTAI5t" + n + "Flood"),
                    AccessKeySecret.of("FloodSecret" + String.format("%019d", n)), root, AccessKeyStatus.ACTIVE);
            app.provision().saveAccessKey(key);
            queries.add(new GetFlowQuery(root, flow.id(), Optional.of(space),
                    new CallContext(Optional.empty(), false, key.id())));
        }
        return queries;
    }

    private static synchronized void report(DataSource pool, long calls, long granted, long limited, long started,
            Clock clock) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            long[] nonces = counts(statement, "SELECT COUNT(*), COUNT(*) FILTER (WHERE expires_at <= '"
                    + clock.instant() + "') FROM flowhex_nonce");
            long[] quota = counts(statement, "SELECT COUNT(*), COUNT(*) FILTER (WHERE window_start <= "
                    + "CURRENT_TIMESTAMP - INTERVAL '1' SECOND) FROM flowhex_call_quota");
            System.out.printf("calls=%d granted=%d limited=%d seconds=%.1f nonceRows=%d nonceExpired=%d "
                    + "quotaRows=%d quotaOver=%d%n", calls, granted, limited, (System.nanoTime() - started) / 1e9,
                    nonces[0], nonces[1], quota[0], quota[1]);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows", e);
        }
    }

    private static long[] counts(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    /** The application's clock, {@value #SPEED} times faster than real time, from a real start. */
    private static final class FastClock extends Clock {

        private final Instant start;
        private final long startNanos;

        FastClock(Instant start, long startNanos) {
            this.start = start;
            this.startNanos = startNanos;
        }

        @Override
        public Instant instant() {
            return start.plusNanos((System.nanoTime() - startNanos) * SPEED);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
