package io.flowhex.benchmarks.inprocess;

import ch.qos.logback.classic.Logger;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.application.port.in.CamsAction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.slf4j.LoggerFactory;

/**
 * Each of the ten flow actions through the HTTP handler in process, on the in-memory stores, in one
 * run, so that every action's cost can be read against GetFlow's (target: each read within 1.5x).
 * A write changes its flow once (a DRAFT is published once, deleted once), so an action is not timed
 * on a steady state but on a batch: before each iteration a fresh {@link ActionWorld} is built with
 * {@value #BATCH} distinct pre-signed requests, and the iteration handles exactly those
 * ({@code SingleShotTime}, reported per call). Every action, reads included, is timed this same way.
 * A request that is not answered 200 fails the run: every figure is of the success path.
 * ACS3 only (the current SDKs' scheme; {@link HandlerBenchmark} compares the schemes on GetFlow).
 * The access log is off, as in {@link HandlerBenchmark}.
 *
 * <p>On a machine shared with other work, wall time also counts the time this thread waits for a
 * core. Each measured iteration therefore also prints the thread's own CPU time per call
 * ({@code ThreadMXBean}), between the end of the iteration's setup and the start of its teardown,
 * which is the batch plus JMH's loop: {@code CPU <action> <ns per call>}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 15, batchSize = ActionHandlerBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = ActionHandlerBenchmark.BATCH)
@OperationsPerInvocation(ActionHandlerBenchmark.BATCH)
@Fork(1)
@State(Scope.Thread)
public class ActionHandlerBenchmark {

    static final int BATCH = 1_024;
    private static final int TENANTS = 16;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Param({"GetFlow", "ListFlow", "GetFlowJSONAssest", "GetFlowPreviewUrl", "CreateFlow", "ModifyFlow",
            "UpdateFlowJSONAsset", "PublishFlow", "DeprecateFlow", "DeleteFlow"})
    public String action;

    private ActionWorld world;
    private int next;
    private int refused;
    private CamsHttpResponse lastRefusal;
    private long cpuAtStart;

    @Setup(Level.Iteration)
    public void setUp() {
        ((Logger) LoggerFactory.getLogger("io.flowhex.access")).setLevel(ch.qos.logback.classic.Level.WARN);
        world = ActionWorld.build(CamsAction.fromWire(action).orElseThrow(), BATCH, TENANTS);
        next = 0;
        refused = 0;
        cpuAtStart = CPU.getCurrentThreadCpuTime();
    }

    @Benchmark
    public CamsHttpResponse handle() {
        CamsHttpResponse response = world.handler().handle(world.request(next++));
        if (response.status() != 200) {
            refused++;
            lastRefusal = response;
        }
        return response;
    }

    @TearDown(Level.Iteration)
    public void checkAnswers(IterationParams iteration) {
        long cpu = CPU.getCurrentThreadCpuTime() - cpuAtStart;
        if (iteration.getType() == IterationType.MEASUREMENT) {
            System.out.printf(Locale.ROOT, "CPU %s %.0f%n", action, (double) cpu / next);
        }
        if (refused > 0) {
            throw new IllegalStateException(refused + " of " + next + " " + action + " calls refused, e.g. "
                    + lastRefusal.bodyText());
        }
    }
}
