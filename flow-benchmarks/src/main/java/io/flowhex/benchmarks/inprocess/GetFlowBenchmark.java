package io.flowhex.benchmarks.inprocess;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.benchmarks.Cursor;
import io.flowhex.benchmarks.Tenants;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GetFlow on the in-memory adapters with the system clock and the default per-account limiter:
 * (b) as each account's root, (c) as its RAM user with three policies of three statements, one of
 * them conditional. Every call succeeds (each account's QPS override is the maximum, and the calls
 * rotate over {@link #TENANTS} accounts).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class GetFlowBenchmark {

    static final int TENANTS = 256;

    private GetFlowUseCase getFlow;
    private GetFlowQuery[] rootQueries;
    private GetFlowQuery[] userQueries;

    @Setup
    public void setUp() {
        FlowhexApplication app = FlowhexApplication.custom().stores(InMemoryStores.create()).build();
        Tenants tenants = Tenants.provision(app, TENANTS);
        getFlow = app.getFlow();
        rootQueries = tenants.rootQueries();
        userQueries = tenants.userQueries();
    }

    @Benchmark
    public FlowDetails rootCaller(Cursor cursor) {
        return getFlow.getFlow(rootQueries[cursor.next(rootQueries.length)]);
    }

    @Benchmark
    public FlowDetails ramUserThreePolicies(Cursor cursor) {
        return getFlow.getFlow(userQueries[cursor.next(userQueries.length)]);
    }
}
