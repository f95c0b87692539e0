package io.flowhex.benchmarks.jdbc;

import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CreateFlowCommand;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.FlowHeader;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.ListFlowQuery;
import io.flowhex.application.port.in.UpdateFlowJsonAssetCommand;
import io.flowhex.benchmarks.Cursor;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.testkit.InMemoryFlowJsonSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The flow lifecycle on PostgreSQL, each use case called through the application's driving port
 * ({@link FlowhexApplication} over {@link JdbcFlowStore}, the in-process context of a trusted embedder:
 * no nonce; every account's QPS override at the maximum, so nothing is throttled) beside the least a
 * JDBC client must do for the same effect, on the same HikariCP pool and the same table:
 * <ul>
 *   <li>{@link #createFlow} against {@link #rawInsert}: one prepared single-row INSERT of the row a new
 *       DRAFT is (same columns, unique id and name, same account and space, so the same indexes grow);</li>
 *   <li>{@link #listFlowFirstPage} (page 1, 20 items, newest first) of a space holding
 *       {@link #SPACE_FLOWS} flows against {@link #getFlow} of flows of that space (and, for
 *       comparison, the same two reads as raw statements: {@link #rawListPage}, {@link #rawSelect});</li>
 *   <li>{@link #publishFlow} against {@link #rawUpdate}: one prepared single-row UPDATE of the status by
 *       primary key, guarded on the status as a compare-and-set is.</li>
 * </ul>
 * A publication needs a DRAFT with a valid Flow JSON, and each one turns its flow PUBLISHED. Both
 * write benchmarks therefore take their flows from {@link Drafts}: before every iteration, warm-up
 * included, {@link #BATCH} fresh DRAFTs are made through the driving ports (CreateFlow, then
 * UpdateFlowJSONAsset of a valid file of a publishable version), outside the measured time; each
 * iteration is exactly {@link #BATCH} calls ({@link Mode#SingleShotTime} with that batch size), each on
 * a flow of its own, and the score is per call ({@link OperationsPerInvocation}). The raw UPDATE gets
 * the same fresh DRAFTs, so both change the same rows from the same state. (Alternating PublishFlow
 * with ModifyFlow, which reverts a published flow to DRAFT, would time the ModifyFlow too.)
 *
 * <p>The table holds {@link #SPACE_FLOWS} flows in the listed space before any benchmark runs, bulk
 * loaded and analysed ({@link FlowTableLoader}); each benchmark runs in its own fork on its own
 * database. The database is a parameter so that H2 can be run too ({@code -p database=H2}); the
 * targets are stated for PostgreSQL.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class LifecycleBenchmark {

    /** The flows of the listed space, the one provisioned with its tenant included. */
    static final int SPACE_FLOWS = 100_000;
    /** DRAFTs made before each iteration of the write benchmarks, and calls per such iteration. */
    static final int BATCH = 1_000;
    /** Flows of the listed space that GetFlow reads, spread over all of them. */
    static final int SAMPLE = 4_096;

    /** A valid Flow JSON of a publishable version, without a data API (so no endpoint is needed). */
    static final String VALID_FLOW_JSON = """
            {"version":"6.0","screens":[{"id":"WELCOME","title":"Hi",\
            "layout":{"type":"SingleColumnLayout","children":[]}}]}""";

    private static final URI FLOW_JSON_URL = URI.create("https://files.flowhex.invalid/bench/flow.json");
    private static final FlowCategories CATEGORIES = FlowCategories.of(FlowCategory.OTHER);

    /** The row CreateFlow writes for a new DRAFT: no Flow JSON, endpoint or preview yet, revision 0. */
    private static final String RAW_INSERT = """
            INSERT INTO flowhex_flow (id, account_id, space_id, name, categories, status, json_version,
                                      data_api_version, endpoint_uri, preview_url, preview_expires_at,
                                      created_at, revision)
            VALUES (?, ?, ?, ?, 'OTHER', 'DRAFT', NULL, NULL, NULL, NULL, NULL, ?, 0)""";

    /**
     * ListFlow's statement for the first page of one space without a name filter, as the adapter sends it
     * (since issue 12's round 4 with the page's bounds written in; before, OFFSET and FETCH were bound).
     */
    private static final String RAW_LIST_PAGE = """
            SELECT id, name, categories, created_at FROM flowhex_flow WHERE account_id = ? AND space_id = ?
            ORDER BY account_id, space_id, created_at DESC, id OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY""";

    private static final String RAW_UPDATE =
            "UPDATE flowhex_flow SET status = 'PUBLISHED', revision = revision + 1 WHERE id = ? AND status = 'DRAFT'";

    @Param({"POSTGRESQL"})
    public BenchmarkDatabase.Kind database;

    private BenchmarkDatabase db;
    private FlowhexApplication app;
    /** Owns the listed space. */
    private Tenants.Tenant reader;
    /** Creates, inserts and publishes, in a space of its own. */
    private Tenants.Tenant writer;
    private GetFlowQuery[] getQueries;
    private ListFlowQuery firstPage;
    /** Names and ids made by this trial, never one twice. */
    private long sequence;

    @Setup
    public void setUp() {
        db = BenchmarkDatabase.start(database);
        InMemoryFlowJsonSource files = new InMemoryFlowJsonSource()
                .put(FLOW_JSON_URL, VALID_FLOW_JSON.getBytes(StandardCharsets.UTF_8));
        app = FlowhexApplication.custom().stores(JdbcFlowStore.create(db.pool())).flowJsonSource(files).build();
        Tenants tenants = Tenants.provision(app, 2);
        reader = tenants.get(0);
        writer = tenants.get(1);
        FlowTableLoader.load(db.pool(), List.of(reader), SPACE_FLOWS - 1);
        getQueries = new GetFlowQuery[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            FlowId flow = FlowTableLoader.flowId(FlowTableLoader.spread(i, SAMPLE, SPACE_FLOWS - 1));
            getQueries[i] = new GetFlowQuery(reader.root(), flow, Optional.of(reader.space()), reader.rootContext());
            app.getFlow().getFlow(getQueries[i]); // every sampled flow answers before measuring starts
        }
        firstPage = new ListFlowQuery(reader.root(), Optional.of(reader.space()), Optional.empty(),
                PageRequest.ofDefaults(), reader.rootContext());
        checkFirstPage();
        checkPublication();
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public FlowHeader createFlow() {
        return app.createFlow().createFlow(new CreateFlowCommand(writer.root(), new FlowName(nextName("created")),
                CATEGORIES, Optional.of(writer.space()), Optional.empty(), writer.rootContext()));
    }

    @Benchmark
    public int rawInsert() throws SQLException {
        try (Connection connection = db.pool().getConnection();
                PreparedStatement insert = connection.prepareStatement(RAW_INSERT)) {
            insert.setString(1, "99" + String.format("%016d", ++sequence));
            insert.setString(2, writer.account().value());
            insert.setString(3, writer.space().value());
            insert.setString(4, "bench_inserted_" + sequence);
            insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            return expectRows(insert.executeUpdate(), 1, "INSERT");
        }
    }

    @Benchmark
    public List<FlowSummary> listFlowFirstPage() {
        return app.listFlow().listFlows(firstPage);
    }

    @Benchmark
    public FlowDetails getFlow(Cursor cursor) {
        return app.getFlow().getFlow(getQueries[cursor.next(getQueries.length)]);
    }

    /**
     * For comparison, not a target: ListFlow's page read with the adapter's statement, every column of
     * the 20 rows read. With {@link #rawSelect} it tells what the database itself charges for a page
     * against one row.
     */
    @Benchmark
    public void rawListPage(Blackhole blackhole) throws SQLException {
        try (Connection connection = db.pool().getConnection();
                PreparedStatement list = connection.prepareStatement(RAW_LIST_PAGE)) {
            list.setString(1, reader.account().value());
            list.setString(2, reader.space().value());
            int rows = 0;
            try (ResultSet page = list.executeQuery()) {
                while (page.next()) {
                    blackhole.consume(page.getString(1));
                    blackhole.consume(page.getString(2));
                    blackhole.consume(page.getString(3));
                    blackhole.consume(page.getObject(4, OffsetDateTime.class));
                    rows++;
                }
            }
            expectRows(rows, PageRequest.DEFAULT_SIZE, "page");
        }
    }

    /** For comparison: GetFlow's row read with the raw primary-key SELECT of {@link JdbcGetFlowBenchmark}. */
    @Benchmark
    public void rawSelect(Cursor cursor, Blackhole blackhole) throws SQLException {
        JdbcGetFlowBenchmark.select(db.pool(), getQueries[cursor.next(getQueries.length)].flowId().value(), blackhole);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 5, batchSize = BATCH)
    @Measurement(iterations = 5, batchSize = BATCH)
    @OperationsPerInvocation(BATCH)
    public void publishFlow(Drafts drafts) {
        app.publishFlow().publishFlow(publication(drafts.next()));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 5, batchSize = BATCH)
    @Measurement(iterations = 5, batchSize = BATCH)
    @OperationsPerInvocation(BATCH)
    public int rawUpdate(Drafts drafts) throws SQLException {
        try (Connection connection = db.pool().getConnection();
                PreparedStatement update = connection.prepareStatement(RAW_UPDATE)) {
            update.setString(1, drafts.next().value());
            return expectRows(update.executeUpdate(), 1, "UPDATE");
        }
    }

    /**
     * {@link #BATCH} fresh DRAFTs with a valid Flow JSON, made before each iteration of the benchmark
     * that takes them, and handed out one per call.
     */
    @State(Scope.Thread)
    public static class Drafts {

        private FlowId[] flows;
        private int next;

        @Setup(Level.Iteration)
        public void prepare(LifecycleBenchmark benchmark) {
            flows = new FlowId[BATCH];
            for (int i = 0; i < BATCH; i++) {
                flows[i] = benchmark.newDraft();
            }
            next = 0;
        }

        FlowId next() {
            if (next == flows.length) {
                throw new IllegalStateException("more calls in an iteration than the " + BATCH
                        + " DRAFTs made for it: run the write benchmarks with their own batch size");
            }
            return flows[next++];
        }
    }

    /** A DRAFT of the writer's, with a valid Flow JSON: what PublishFlow publishes. */
    FlowId newDraft() {
        FlowHeader draft = app.createFlow().createFlow(new CreateFlowCommand(writer.root(),
                new FlowName(nextName("draft")), CATEGORIES, Optional.of(writer.space()), Optional.empty(),
                writer.rootContext()));
        return app.updateFlowJsonAsset().updateFlowJsonAsset(new UpdateFlowJsonAssetCommand(writer.root(),
                draft.flowId(), FLOW_JSON_URL, Optional.of(writer.space()), writer.rootContext()));
    }

    private FlowCommand publication(FlowId flow) {
        return new FlowCommand(writer.root(), flow, Optional.of(writer.space()), writer.rootContext());
    }

    private String nextName(String kind) {
        return "bench_" + kind + "_" + ++sequence;
    }

    private static int expectRows(int rows, int expected, String statement) {
        if (rows != expected) {
            throw new IllegalStateException("the raw " + statement + " touched " + rows + " rows, not " + expected);
        }
        return rows;
    }

    /** The page measured is a full one: 20 flows of the listed space, newest first. */
    private void checkFirstPage() {
        List<FlowSummary> page = app.listFlow().listFlows(firstPage);
        if (page.size() != PageRequest.DEFAULT_SIZE || !page.equals(page.stream().sorted(FlowSummary.NEWEST_FIRST).toList())) {
            throw new IllegalStateException("page 1 is not the " + PageRequest.DEFAULT_SIZE + " newest flows: " + page);
        }
    }

    /** What PublishFlow is timed on succeeds: a fresh draft of {@link #newDraft} ends PUBLISHED. */
    private void checkPublication() {
        FlowId flow = newDraft();
        app.publishFlow().publishFlow(publication(flow));
        FlowDetails published = app.getFlow().getFlow(new GetFlowQuery(writer.root(), flow,
                Optional.of(writer.space()), writer.rootContext()));
        if (published.status() != FlowStatus.PUBLISHED) {
            throw new IllegalStateException("a published draft is " + published.status());
        }
    }
}
