package io.flowhex.benchmarks.jdbc;

import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.benchmarks.Tenants;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Why ListFlow's page costs more than its plan: on PostgreSQL, with {@link LifecycleBenchmark}'s table
 * (one space of 100,000 flows), prints the plan of ListFlow's statement as the server runs it (custom
 * plan) and as a prepared statement's generic plan, then times, on one pooled connection, the
 * statement with OFFSET and FETCH bound (as the adapter sent it before issue 12's round 4), with the page
 * as literals (as it sends it now), and
 * with the parameters under {@code plan_cache_mode = force_generic_plan}, beside the primary-key
 * SELECT, in three rounds. Not a JMH benchmark: a diagnosis that prints its figures (mean and fastest of
 * the calls after a warm-up, in microseconds).
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.jdbc.ListPlanProbe [calls]}
 */
public final class ListPlanProbe {

    private static final String PARAMETERS = "SELECT id, name, categories, created_at FROM flowhex_flow"
            + " WHERE account_id = ? AND space_id = ? ORDER BY created_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    /** The first page as flow-adapter-jdbc's FlowListing writes it since issue 12's round 4: bounds written in. */
    private static final String LITERALS = "SELECT id, name, categories, created_at FROM flowhex_flow"
            + " WHERE account_id = ? AND space_id = ? ORDER BY account_id, space_id, created_at DESC, id"
            + " OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";

    private ListPlanProbe() {
    }

    public static void main(String[] args) throws SQLException {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        try (BenchmarkDatabase db = BenchmarkDatabase.start(BenchmarkDatabase.Kind.POSTGRESQL)) {
            FlowhexApplication app = FlowhexApplication.custom().stores(JdbcFlowStore.create(db.pool())).build();
            Tenants.Tenant owner = Tenants.provision(app, 1).get(0);
            FlowTableLoader.load(db.pool(), List.of(owner), LifecycleBenchmark.SPACE_FLOWS - 1);
            String account = owner.account().value();
            String space = owner.space().value();
            try (Connection connection = db.pool().getConnection()) {
                explain(connection, account, space);
                // three rounds: the first also warms the JIT up, the later ones are the figures
                for (int round = 1; round <= 3; round++) {
                    System.out.println("-- round " + round);
                    timeAll(connection, account, space, calls);
                }
            }
        }
    }

    private static void timeAll(Connection connection, String account, String space, int calls) throws SQLException {
                for (String mode : List.of("auto", "force_generic_plan")) {
                    execute(connection, "SET plan_cache_mode = " + mode);
                    time(connection, "plan_cache_mode=" + mode + " page, OFFSET/FETCH bound", PARAMETERS, calls,
                            (statement, i) -> page(statement, account, space, true));
                    time(connection, "plan_cache_mode=" + mode + " page, OFFSET 0 FETCH 20 literal", LITERALS, calls,
                            (statement, i) -> page(statement, account, space, false));
                    time(connection, "plan_cache_mode=" + mode + " primary-key SELECT", JdbcGetFlowBenchmark.RAW_SELECT,
                            calls, (statement, i) -> statement.setString(1,
                                    FlowTableLoader.flowId(FlowTableLoader.spread(i % 4_096, 4_096,
                                            LifecycleBenchmark.SPACE_FLOWS - 1)).value()));
                }
    }

    /** Binds one call's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int call) throws SQLException;
    }

    private static void page(PreparedStatement statement, String account, String space, boolean bound)
            throws SQLException {
        statement.setString(1, account);
        statement.setString(2, space);
        if (bound) {
            statement.setLong(3, 0);
            statement.setInt(4, 20);
        }
    }

    private static void explain(Connection connection, String account, String space) throws SQLException {
        execute(connection, "PREPARE page(varchar, varchar, bigint, int) AS "
                + PARAMETERS.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2").replaceFirst("\\?", "\\$3")
                        .replaceFirst("\\?", "\\$4"));
        // the page as the adapter now sends it (bounds written in): its generic plan should be the custom one
        execute(connection, "PREPARE literal(varchar, varchar) AS "
                + LITERALS.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
        for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
            execute(connection, "SET plan_cache_mode = " + mode);
            for (String execute : List.of("page('" + account + "', '" + space + "', 0, 20)",
                    "literal('" + account + "', '" + space + "')")) {
                System.out.println("-- plan_cache_mode = " + mode + ", EXECUTE " + execute);
                try (Statement statement = connection.createStatement();
                        ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE " + execute)) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
            }
        }
        execute(connection, "DEALLOCATE page");
        execute(connection, "DEALLOCATE literal");
    }

    private static void time(Connection connection, String label, String sql, int calls, Binder binder)
            throws SQLException {
        long total = 0;
        long fastest = Long.MAX_VALUE;
        int warmUp = calls / 5;
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement, i);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
            }
            long took = System.nanoTime() - started;
            if (i >= warmUp) {
                total += took;
                fastest = Math.min(fastest, took);
            }
        }
        System.out.printf(Locale.ROOT, "%s: mean %.1f us, fastest %.1f us (%d calls after %d)%n", label,
                total / 1e3 / (calls - warmUp), fastest / 1e3, calls - warmUp, warmUp);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
