package io.flowhex.benchmarks.jdbc;

import io.flowhex.adapter.jdbc.JdbcCallQuota;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.in.SignatureNonce;
import io.flowhex.benchmarks.Cursor;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.account.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GetFlow on PostgreSQL with the call quota in this process (the application's default) against the
 * quota shared through the database (one statement per decision), measured side by side: each JMH
 * group runs its {@code local*} and {@code shared*} methods at the same time, in the same iterations,
 * two applications on one store and one database, so the load of the machine (other builds on its two
 * cores) falls on both alike, and the ratio of their times is the shared quota's cost. Two paths:
 * {@code trusted} is an embedder's call (no nonce: the account from its cache and the flow, one round
 * trip, plus the shared quota's); {@code signed} carries a new nonce each call, recorded in the JDBC
 * nonce table as every signed request's is (two round trips, plus the shared quota's).
 * {@code decision} is the shared quota's statement alone. The calls rotate over {@link #TENANTS}
 * accounts with the maximum QPS override, so none is refused: each decision is a granted one, the
 * statement's full work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SharedQuotaBenchmark {

    static final int TENANTS = 64;

    private final AtomicLong nonces = new AtomicLong();
    // the application's default clock: its nonces expire by the same time
    private final Clock clock = Clock.systemUTC();
    private BenchmarkDatabase db;
    private JdbcCallQuota shared;
    private GetFlowUseCase localGetFlow;
    private GetFlowUseCase sharedGetFlow;
    private GetFlowQuery[] queries;
    private AccountId[] accounts;

    @Setup
    public void setUp() {
        db = BenchmarkDatabase.start(BenchmarkDatabase.Kind.POSTGRESQL);
        JdbcFlowStore store = JdbcFlowStore.create(db.pool());
        shared = store.callQuota();
        FlowhexApplication local = FlowhexApplication.custom().stores(store).build();
        Tenants tenants = Tenants.provision(local, TENANTS);
        localGetFlow = local.getFlow();
        sharedGetFlow = FlowhexApplication.custom().stores(store).callQuota(shared).build().getFlow();
        queries = tenants.rootQueries();
        accounts = tenants.all().stream().map(Tenants.Tenant::account).toArray(AccountId[]::new);
        for (GetFlowQuery query : queries) {
            sharedGetFlow.getFlow(query); // the shared quota's rows exist before measuring, as the local one's entries
        }
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    @Group("trusted")
    @GroupThreads(1)
    public FlowDetails trustedLocal(Cursor cursor) {
        return localGetFlow.getFlow(queries[cursor.next(queries.length)]);
    }

    @Benchmark
    @Group("trusted")
    @GroupThreads(1)
    public FlowDetails trustedShared(Cursor cursor) {
        return sharedGetFlow.getFlow(queries[cursor.next(queries.length)]);
    }

    @Benchmark
    @Group("trustedFourThreads")
    @GroupThreads(2)
    public FlowDetails trustedLocalTwoOfFour(Cursor cursor) {
        return localGetFlow.getFlow(queries[cursor.next(queries.length)]);
    }

    @Benchmark
    @Group("trustedFourThreads")
    @GroupThreads(2)
    public FlowDetails trustedSharedTwoOfFour(Cursor cursor) {
        return sharedGetFlow.getFlow(queries[cursor.next(queries.length)]);
    }

    @Benchmark
    @Group("signed")
    @GroupThreads(1)
    public FlowDetails signedLocal(Cursor cursor) {
        return localGetFlow.getFlow(signed(queries[cursor.next(queries.length)]));
    }

    @Benchmark
    @Group("signed")
    @GroupThreads(1)
    public FlowDetails signedShared(Cursor cursor) {
        return sharedGetFlow.getFlow(signed(queries[cursor.next(queries.length)]));
    }

    /** The shared quota's statement alone. */
    @Benchmark
    @Threads(1)
    public boolean decision(Cursor cursor) {
        return shared.tryAcquire(accounts[cursor.next(accounts.length)], "GetFlow", Tenants.NEVER_LIMITED);
    }

    /** The query with a nonce never used, valid for the signature's 15 minutes. */
    private GetFlowQuery signed(GetFlowQuery query) {
        CallContext plain = query.context();
        SignatureNonce nonce = new SignatureNonce("bench-" + nonces.incrementAndGet(), clock.instant().plus(Duration.ofMinutes(15)));
        return new GetFlowQuery(query.caller(), query.flowId(), query.space(),
                new CallContext(plain.sourceIp(), plain.secureTransport(), plain.accessKeyId(), Optional.of(nonce)));
    }
}
