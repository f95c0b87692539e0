package io.flowhex.benchmarks.jdbc;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.flowhex.adapter.jdbc.JdbcCallQuota;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.in.SignatureNonce;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.benchmarks.Cursor;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.account.AccountId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.slf4j.LoggerFactory;

/**
 * GetFlow on PostgreSQL with the call quota in this process (the application's default) against the
 * quota shared through the database (one statement per decision), measured side by side: each JMH
 * group runs its {@code local*} and {@code shared*} methods at the same time, in the same iterations,
 * two applications on one store and one database, so the load of the machine (other builds on its two
 * cores) falls on both alike, and the ratio of their times is the shared quota's cost. Two paths:
 * {@code trusted} is an embedder's call (no nonce: the account from its cache and the flow, one round
 * trip, plus the shared quota's); {@code signed} carries a new nonce each call, recorded in the JDBC
 * nonce table as every signed request's is (two round trips, plus the shared quota's).
 * {@code handler} is the whole request in process ({@link CamsRpcHandler}: parameters, the ACS3
 * signature, the gate with the nonce, GetFlow, the JSON body), without sockets. {@code decision} is
 * the shared quota's statement alone. The calls rotate over {@link #TENANTS}
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
    /** Requests signed per side: more than a side handles in 15 iterations of one second on this machine. */
    static final int PRESIGNED = 100_000;

    private final AtomicLong nonces = new AtomicLong();
    // the application's default clock: its nonces expire by the same time
    private final Clock clock = Clock.systemUTC();
    private BenchmarkDatabase db;
    private JdbcCallQuota shared;
    private GetFlowUseCase localGetFlow;
    private GetFlowUseCase sharedGetFlow;
    private GetFlowQuery[] queries;
    private AccountId[] accounts;
    private CamsRpcHandler localHandler;
    private CamsRpcHandler sharedHandler;
    private CamsHttpRequest[] localRequests;
    private CamsHttpRequest[] sharedRequests;
    private final AtomicInteger localNext = new AtomicInteger();
    private final AtomicInteger sharedNext = new AtomicInteger();

    @Setup
    public void setUp() {
        db = BenchmarkDatabase.start(BenchmarkDatabase.Kind.POSTGRESQL);
        JdbcFlowStore store = JdbcFlowStore.create(db.pool());
        shared = store.callQuota();
        FlowhexApplication local = FlowhexApplication.custom().stores(store).build();
        Tenants tenants = Tenants.provision(local, TENANTS);
        localGetFlow = local.getFlow();
        FlowhexApplication sharing = FlowhexApplication.custom().stores(store).callQuota(shared).build();
        sharedGetFlow = sharing.getFlow();
        ((Logger) LoggerFactory.getLogger("io.flowhex.access")).setLevel(Level.WARN);
        localHandler = handler(local);
        sharedHandler = handler(sharing);
        localRequests = presigned(tenants);
        sharedRequests = presigned(tenants);
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

    /** The whole request in process: parameters, signature, the gate with its nonce, GetFlow, the JSON body. */
    @Benchmark
    @Group("handler")
    @GroupThreads(1)
    public CamsHttpResponse handlerLocal() {
        return handle(localHandler, localRequests, localNext);
    }

    @Benchmark
    @Group("handler")
    @GroupThreads(1)
    public CamsHttpResponse handlerShared() {
        return handle(sharedHandler, sharedRequests, sharedNext);
    }

    /** The shared quota's statement alone. */
    @Benchmark
    @Threads(1)
    public boolean decision(Cursor cursor) {
        return shared.tryAcquire(accounts[cursor.next(accounts.length)], "GetFlow", Tenants.NEVER_LIMITED);
    }

    private static CamsRpcHandler handler(FlowhexApplication app) {
        return new CamsRpcHandler(app.authenticate(), ActionRoutes.custom().getFlow(app.getFlow()).build(), app.health(),
                RestSettings.ofDefaults());
    }

    /** Requests signed now, each with its own nonce: valid for the 15 minutes of the signature. */
    private static CamsHttpRequest[] presigned(Tenants tenants) {
        URI endpoint = URI.create("http://127.0.0.1:8080");
        CamsHttpRequest[] signed = new CamsHttpRequest[PRESIGNED];
        for (int i = 0; i < PRESIGNED; i++) {
            signed[i] = SignedRequests.getFlow(tenants, i, SignatureScheme.ACS3_HMAC_SHA256, endpoint)
                    .toCamsHttpRequest("127.0.0.1");
        }
        return signed;
    }

    /** Each request once: a second use would be a replay, refused without the work measured. */
    private static CamsHttpResponse handle(CamsRpcHandler handler, CamsHttpRequest[] requests, AtomicInteger next) {
        int index = next.getAndIncrement();
        if (index >= requests.length) {
            throw new IllegalStateException("more calls than the " + requests.length + " requests signed: raise PRESIGNED");
        }
        CamsHttpResponse response = handler.handle(requests[index]);
        if (response.status() != 200) {
            throw new IllegalStateException("a pre-signed request was refused: " + response.status());
        }
        return response;
    }

    /** The query with a nonce never used, valid for the signature's 15 minutes. */
    private GetFlowQuery signed(GetFlowQuery query) {
        CallContext plain = query.context();
        SignatureNonce nonce = new SignatureNonce("bench-" + nonces.incrementAndGet(), clock.instant().plus(Duration.ofMinutes(15)));
        return new GetFlowQuery(query.caller(), query.flowId(), query.space(),
                new CallContext(plain.sourceIp(), plain.secureTransport(), plain.accessKeyId(), Optional.of(nonce)));
    }
}
