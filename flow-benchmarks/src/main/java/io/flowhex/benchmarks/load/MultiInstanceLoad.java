package io.flowhex.benchmarks.load;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.bootstrap.config.LogFormat;
import io.flowhex.bootstrap.logging.LoggingSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Aggregate GetFlow throughput of one, two and three flow-server instances on one PostgreSQL (the
 * embedded binaries) with the shared quota: every instance a {@link PostgresServerHost} JVM, all of
 * them up for the whole run; phase {@code k} sends its requests round-robin to the first {@code k}.
 * Around each measured phase it reads PostgreSQL's own counters ({@code pg_stat_database}:
 * transactions, which in auto-commit are statements, and rows read and written), so the report gives
 * statements and rows per call and the statement rate the database sustained.
 *
 * <p>On one machine the instances, the database and the load generator share the CPU: the figures
 * show where the whole saturates, not how instances on machines of their own would scale.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.load.MultiInstanceLoad [requests=20000]
 * [seconds=10] [warmup=5000] [concurrency=16] [accounts=64] [instances=3] [serverJvm="-Xmx384m"]
 * [serverLog=flowhex-multi-server.log]}.
 */
public final class MultiInstanceLoad {

    // a backend flushes its statistics at most every second, and an idle one within ten
    private static final Duration STATS_SETTLE = Duration.ofSeconds(11);
    private static final String COUNTERS = """
            SELECT xact_commit + xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted
            FROM pg_stat_database WHERE datname = current_database()""";
    private static final String[] COUNTER_NAMES = {"statements", "rows returned", "rows fetched", "rows inserted",
        "rows updated", "rows deleted"};

    private MultiInstanceLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int requests = Integer.parseInt(options.getOrDefault("requests", "20000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        int accounts = Integer.parseInt(options.getOrDefault("accounts", "64"));
        int instances = Integer.parseInt(options.getOrDefault("instances", "3"));
        List<String> serverJvm = List.of(options.getOrDefault("serverJvm", "-Xmx384m").trim().split("\\s+"));
        Path serverLog = Path.of(options.getOrDefault("serverLog", "flowhex-multi-server.log"));
        LoggingSetup.configure(LogFormat.TEXT);
        LoadGenerator load = new LoadGenerator(requests, Duration.ofSeconds(seconds), warmup, concurrency, null);
        // the tenants, ids and keys the provisioning instance creates (see ServerHost#provision)
        Tenants tenants = ServerHost.provision(FlowhexApplication.custom().stores(InMemoryStores.create()).build(),
                accounts).get(0);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
            List<Process> hosts = new ArrayList<>();
            List<URI> endpoints = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    Process host = launch(serverJvm, serverLog, jdbcUrl, accounts, i == 0);
                    hosts.add(host);
                    endpoints.add(awaitReady(host));
                }
                System.out.printf(Locale.ROOT, "%d instances %s on PostgreSQL %s, server JVM options %s; %d accounts, "
                        + "concurrency %d, at most %d requests or %d s per phase%n", instances, endpoints, jdbcUrl,
                        serverJvm, accounts, concurrency, requests, seconds);
                List<String> lines = new ArrayList<>();
                for (int k = 1; k <= instances; k++) {
                    List<URI> used = endpoints.subList(0, k);
                    load.closedLoop("warm-up", signed(tenants, warmup, used));
                    long[] before = counters(postgres);
                    PhaseResult result = load.closedLoop("getflow-" + k + "-instances", signed(tenants, requests, used));
                    long[] after = counters(postgres);
                    lines.add(line(k, result, before, after));
                }
                System.out.println();
                System.out.println("| instances | requests/s (all instances) | p50 ms | p99 ms | PostgreSQL statements/s "
                        + "| statements per call | rows read per call (returned + fetched) | rows written per call "
                        + "(inserted + updated + deleted) | answers by Code |");
                System.out.println("|---|---|---|---|---|---|---|---|---|");
                lines.forEach(System.out::println);
            } finally {
                for (Process host : hosts) {
                    host.getOutputStream().close();
                    if (!host.waitFor(15, TimeUnit.SECONDS)) {
                        host.destroyForcibly();
                    }
                }
            }
        }
    }

    private static Process launch(List<String> serverJvm, Path serverLog, String jdbcUrl, int accounts, boolean provision)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(serverJvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PostgresServerHost.class.getName(),
                jdbcUrl, Integer.toString(accounts), Boolean.toString(provision)));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(serverLog.toFile())).start();
    }

    private static URI awaitReady(Process host) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("READY ")) {
                return URI.create("http://127.0.0.1:" + line.substring("READY ".length()).strip());
            }
        }
        throw new IllegalStateException("an instance stopped before it was ready; see the server log");
    }

    /** Requests spread round-robin over the instances, each signed for the instance it goes to. */
    private static HttpRequest[] signed(Tenants tenants, int count, List<URI> endpoints) {
        HttpRequest[] out = new HttpRequest[count];
        for (int i = 0; i < count; i++) {
            out[i] = SignedRequests.getFlow(tenants, i, SignatureScheme.ACS3_HMAC_SHA256, endpoints.get(i % endpoints.size()))
                    .toHttpRequest();
        }
        return out;
    }

    /** PostgreSQL's counters of this database, once every backend has flushed what it counted. */
    private static long[] counters(EmbeddedPostgres postgres) throws InterruptedException, SQLException {
        Thread.sleep(STATS_SETTLE.toMillis());
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet row = statement.executeQuery(COUNTERS)) {
                row.next();
                long[] values = new long[COUNTER_NAMES.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getLong(i + 1);
                }
                return values;
            }
        }
    }

    private static String line(int instances, PhaseResult result, long[] before, long[] after) {
        double calls = result.requests();
        double statements = after[0] - before[0];
        double read = (after[1] - before[1]) + (after[2] - before[2]);
        double written = (after[3] - before[3]) + (after[4] - before[4]) + (after[5] - before[5]);
        return String.format(Locale.ROOT, "| %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.1f | %.2f | %s |", instances,
                result.requestsPerSecond(), result.percentileMillis(50), result.percentileMillis(99),
                statements / result.seconds(), statements / calls, read / calls, written / calls, result.codes());
    }
}
