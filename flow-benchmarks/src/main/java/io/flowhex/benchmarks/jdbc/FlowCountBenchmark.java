package io.flowhex.benchmarks.jdbc;

import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.benchmarks.Cursor;
import io.flowhex.benchmarks.Tenants;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * GetFlow (root caller) through the JDBC adapter with 1 thousand, 100 thousand and 1 million flows
 * stored, on H2 and PostgreSQL. The table is bulk-loaded in set-up ({@link FlowTableLoader}); the
 * calls rotate over {@link #SAMPLE} flows spread evenly over the whole table, so reads touch every
 * part of the primary-key index, not one hot page. The raw primary-key SELECT of the same rows runs
 * beside it, so that growth the database itself shows is told apart from GetFlow's own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class FlowCountBenchmark {

    static final int SAMPLE = 4_096;
    private static final int TENANTS = 64;

    @Param({"1000", "100000", "1000000"})
    public int flows;

    @Param({"H2", "POSTGRESQL"})
    public BenchmarkDatabase.Kind database;

    private BenchmarkDatabase db;
    private GetFlowUseCase getFlow;
    private GetFlowQuery[] queries;
    private String[] flowIds;

    @Setup
    public void setUp() {
        db = BenchmarkDatabase.start(database);
        FlowhexApplication app = FlowhexApplication.custom().stores(JdbcFlowStore.create(db.pool())).build();
        Tenants tenants = Tenants.provision(app, TENANTS);
        FlowTableLoader.load(db.pool(), tenants.all(), flows);
        getFlow = app.getFlow();
        queries = new GetFlowQuery[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            long index = FlowTableLoader.spread(i, SAMPLE, flows);
            Tenants.Tenant owner = FlowTableLoader.owner(tenants.all(), index);
            queries[i] = new GetFlowQuery(owner.root(), FlowTableLoader.flowId(index), Optional.of(owner.space()),
                    owner.rootContext());
        }
        flowIds = new String[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            flowIds[i] = queries[i].flowId().value();
        }
        for (GetFlowQuery query : queries) {
            getFlow.getFlow(query); // every sampled flow answers before measuring starts
        }
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public FlowDetails getFlow(Cursor cursor) {
        return getFlow.getFlow(queries[cursor.next(queries.length)]);
    }

    /** The same rows read with the raw primary-key SELECT: how much of any growth is the database's. */
    @Benchmark
    public void rawSelect(Cursor cursor, Blackhole blackhole) throws SQLException {
        JdbcGetFlowBenchmark.select(db.pool(), flowIds[cursor.next(flowIds.length)], blackhole);
    }
}
