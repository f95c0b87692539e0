package io.flowhex.benchmarks.inprocess;

import io.flowhex.adapter.rest.CamsHttpResponse;
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

/**
 * Issue 15's budget: GetFlow's handler cost with metrics {@code off} and {@code on} (see {@link MeteredHandler}),
 * both in one JMH run, and {@code on-store-timers} beside them (what timing the in-memory stores' calls
 * would add). Target: on/off at most 1.05. {@link MetricsCpuProbe} measures the same pair in CPU time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MetricsOverheadBenchmark {

    /** off; on (as the server wires them); on-store-timers (the in-memory stores' calls timed as well). */
    @Param({"off", "on", "on-store-timers"})
    public String metrics;

    private MeteredHandler handler;

    @Setup
    public void setUp() {
        handler = metrics.equals("on-store-timers") ? MeteredHandler.withStoreTimers()
                : MeteredHandler.create(metrics.equals("on"));
    }

    @TearDown
    public void tearDown() {
        if (!metrics.equals("off") && handler.timedRequests() == 0) {
            throw new IllegalStateException("metrics on, but no request was timed");
        }
        handler.close();
    }

    @Benchmark
    public CamsHttpResponse handle() {
        return handler.handleNext();
    }
}
