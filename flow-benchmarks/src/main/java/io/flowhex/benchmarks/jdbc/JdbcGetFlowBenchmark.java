package io.flowhex.benchmarks.jdbc;

import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.benchmarks.Cursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * GetFlow (root caller, in-memory call quota) through the JDBC adapter, against the least any JDBC
 * read of the same flow costs: a prepared primary-key SELECT of the same row and columns, on the same
 * HikariCP pool, every column read. Both at one and at four threads, on H2 and PostgreSQL. The calls
 * rotate over {@link #TENANTS} accounts, each with the maximum QPS override, so none is limited.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class JdbcGetFlowBenchmark {

    static final int TENANTS = 64;

    /** The columns GetFlow's repository reads (schema V2), by the same primary key. */
    static final String RAW_SELECT = """
            SELECT account_id, space_id, name, categories, status, json_version, data_api_version,
                   endpoint_uri, preview_url, preview_expires_at, created_at, revision
            FROM flowhex_flow WHERE id = ?""";

    @Param({"H2", "POSTGRESQL"})
    public BenchmarkDatabase.Kind database;

    private BenchmarkDatabase db;
    private JdbcFlowStore store;
    private GetFlowUseCase getFlow;
    private GetFlowQuery[] queries;
    private String[] flowIds;
    private AccountId[] accountIds;
    private FlowId[] flowKeys;

    @Setup
    public void setUp() {
        db = BenchmarkDatabase.start(database);
        store = JdbcFlowStore.create(db.pool());
        FlowhexApplication app = FlowhexApplication.custom().stores(store).build();
        Tenants tenants = Tenants.provision(app, TENANTS);
        getFlow = app.getFlow();
        queries = tenants.rootQueries();
        flowIds = tenants.all().stream().map(t -> t.flow().value()).toArray(String[]::new);
        accountIds = tenants.all().stream().map(Tenants.Tenant::account).toArray(AccountId[]::new);
        flowKeys = tenants.all().stream().map(Tenants.Tenant::flow).toArray(FlowId[]::new);
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    @Threads(1)
    public FlowDetails getFlowOneThread(Cursor cursor) {
        return getFlow.getFlow(queries[cursor.next(queries.length)]);
    }

    @Benchmark
    @Threads(4)
    public FlowDetails getFlowFourThreads(Cursor cursor) {
        return getFlow.getFlow(queries[cursor.next(queries.length)]);
    }

    @Benchmark
    @Threads(1)
    public void rawSelectOneThread(Cursor cursor, Blackhole blackhole) throws SQLException {
        select(db.pool(), flowIds[cursor.next(flowIds.length)], blackhole);
    }

    @Benchmark
    @Threads(4)
    public void rawSelectFourThreads(Cursor cursor, Blackhole blackhole) throws SQLException {
        select(db.pool(), flowIds[cursor.next(flowIds.length)], blackhole);
    }

    /** The adapter's half of GetFlow's reads: the account (subscription, spaces, QPS override). */
    @Benchmark
    @Threads(1)
    public Optional<Account> accountPortOneThread(Cursor cursor) {
        return store.accounts().findById(accountIds[cursor.next(accountIds.length)]);
    }

    /** The adapter's other half: the flow, by the primary key the raw SELECT uses. */
    @Benchmark
    @Threads(1)
    public Optional<Flow> flowPortOneThread(Cursor cursor) {
        return store.flows().findById(flowKeys[cursor.next(flowKeys.length)]);
    }

    /** One pooled connection, one prepared statement, every column of the row read. */
    static void select(DataSource pool, String flowId, Blackhole blackhole) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(RAW_SELECT)) {
            statement.setString(1, flowId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("flow " + flowId + " is missing");
                }
                for (int column = 1; column <= 9; column++) {
                    blackhole.consume(row.getString(column));
                }
                blackhole.consume(row.getObject(10, OffsetDateTime.class));
                blackhole.consume(row.getObject(11, OffsetDateTime.class));
                blackhole.consume(row.getLong(12));
            }
        }
    }
}
