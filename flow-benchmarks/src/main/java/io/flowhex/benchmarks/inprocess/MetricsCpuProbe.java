package io.flowhex.benchmarks.inprocess;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pair of {@link MetricsOverheadBenchmark} in the CPU time of the calling thread rather than wall time,
 * for a machine shared with other work: time spent waiting for a core is not counted. Batches of
 * {@code batch} GetFlow calls alternate off, on, off, on… after {@code warmup} batches of each; prints the
 * median and the fastest batch per side, in CPU ns per call, and their ratios.
 *
 * <pre>java -cp benchmarks.jar io.flowhex.benchmarks.inprocess.MetricsCpuProbe [batches=40] [batch=20000] [warmup=20]</pre>
 */
public final class MetricsCpuProbe {

    private MetricsCpuProbe() {
    }

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MeteredHandler off = MeteredHandler.create(false);
        MeteredHandler on = MeteredHandler.create(true);
        List<Double> offNanos = new ArrayList<>();
        List<Double> onNanos = new ArrayList<>();
        long sink = 0;
        for (int round = 0; round < warmup + batches; round++) {
            for (MeteredHandler side : round % 2 == 0 ? List.of(off, on) : List.of(on, off)) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < batch; i++) {
                    sink += side.handleNext().status();
                }
                double perCall = (threads.getCurrentThreadCpuTime() - start) / (double) batch;
                if (round >= warmup) {
                    (side == off ? offNanos : onNanos).add(perCall);
                }
            }
        }
        if (on.timedRequests() == 0 || sink == 0) {
            throw new IllegalStateException("metrics on, but no request was timed");
        }
        Collections.sort(offNanos);
        Collections.sort(onNanos);
        double offMedian = offNanos.get(offNanos.size() / 2);
        double onMedian = onNanos.get(onNanos.size() / 2);
        System.out.printf("batches %d x %d calls per side (after %d warm-up batches each), CPU ns per call%n",
                batches, batch, warmup);
        System.out.printf("off: median %.0f, fastest %.0f%n", offMedian, offNanos.get(0));
        System.out.printf("on:  median %.0f, fastest %.0f%n", onMedian, onNanos.get(0));
        System.out.printf("on/off: median %.3f, fastest %.3f%n", onMedian / offMedian, onNanos.get(0) / offNanos.get(0));
        off.close();
        on.close();
    }
}
