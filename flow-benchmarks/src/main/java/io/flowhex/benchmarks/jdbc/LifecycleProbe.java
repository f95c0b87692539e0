package io.flowhex.benchmarks.jdbc;

import io.flowhex.benchmarks.Cursor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 12's three ratios measured side by side in one JVM on one database, for a machine whose load
 * swings more between JMH's forks than the ratios themselves: {@link LifecycleBenchmark}'s own set-up and
 * benchmark methods (public ones only, so this file also runs as a source file against an older
 * benchmarks jar), called in alternating blocks of {@value LifecycleBenchmark#BATCH} calls per side,
 * the order of the two sides swapped every round. Each round prints the mean per call of each block and
 * the round's ratio; the end prints the median ratio of the measured rounds. Not a JMH benchmark: a
 * check of the JMH figures under load.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.jdbc.LifecycleProbe [rounds]} (2 warm-up
 * rounds come first and are not counted)
 */
public final class LifecycleProbe {

    private static final int WARM_UP_ROUNDS = 2;
    private static final int BATCH = 1_000;

    /** One side of a comparison: {@link #BATCH} calls. */
    @FunctionalInterface
    private interface Block {
        void run() throws SQLException;
    }

    private LifecycleProbe() {
    }

    public static void main(String[] args) throws SQLException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        LifecycleBenchmark benchmark = new LifecycleBenchmark();
        benchmark.database = BenchmarkDatabase.Kind.POSTGRESQL;
        benchmark.setUp();
        try {
            Cursor cursor = new Cursor();
            List<double[]> create = new ArrayList<>();
            List<double[]> list = new ArrayList<>();
            List<double[]> publish = new ArrayList<>();
            for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
                boolean swapped = round % 2 == 1;
                boolean counted = round >= WARM_UP_ROUNDS;
                LifecycleBenchmark.Drafts toPublish = new LifecycleBenchmark.Drafts();
                LifecycleBenchmark.Drafts toUpdate = new LifecycleBenchmark.Drafts();
                toPublish.prepare(benchmark);
                toUpdate.prepare(benchmark);
                double[] c = pair(swapped, () -> repeat(benchmark::createFlow), () -> repeat(benchmark::rawInsert));
                double[] l = pair(swapped, () -> repeat(benchmark::listFlowFirstPage),
                        () -> repeat(() -> benchmark.getFlow(cursor)));
                double[] p = pair(swapped, () -> repeat(() -> benchmark.publishFlow(toPublish)),
                        () -> repeat(() -> benchmark.rawUpdate(toUpdate)));
                System.out.printf(Locale.ROOT, "round %d%s: createFlow %.1f / rawInsert %.1f us (%.2f); listFlowFirstPage"
                        + " %.1f / getFlow %.1f us (%.2f); publishFlow %.1f / rawUpdate %.1f us (%.2f)%n", round,
                        counted ? "" : " (warm-up)", c[0], c[1], c[1] / c[0], l[0], l[1], l[0] / l[1], p[0], p[1],
                        p[1] / p[0]);
                if (counted) {
                    create.add(c);
                    list.add(l);
                    publish.add(p);
                }
            }
            System.out.printf(Locale.ROOT, "median of %d rounds: CreateFlow %.2f x raw INSERT (target >= 0.5);"
                    + " ListFlow page 1 %.2f x GetFlow (target <= 3); PublishFlow %.2f x raw UPDATE (target >= 0.5)%n",
                    rounds, median(create, true), median(list, false), median(publish, true));
        } finally {
            benchmark.tearDown();
        }
    }

    /** The two sides' means per call in microseconds, {@code first} first unless swapped. */
    private static double[] pair(boolean swapped, Block first, Block second) throws SQLException {
        double[] means = new double[2];
        if (swapped) {
            means[1] = time(second);
            means[0] = time(first);
        } else {
            means[0] = time(first);
            means[1] = time(second);
        }
        return means;
    }

    private static double time(Block block) throws SQLException {
        long started = System.nanoTime();
        block.run();
        return (System.nanoTime() - started) / 1e3 / BATCH;
    }

    private static void repeat(Block call) throws SQLException {
        for (int i = 0; i < BATCH; i++) {
            call.run();
        }
    }

    /** The median over rounds of second/first (a throughput ratio) or first/second (a latency ratio). */
    private static double median(List<double[]> rounds, boolean throughput) {
        double[] ratios = rounds.stream().mapToDouble(r -> throughput ? r[1] / r[0] : r[0] / r[1]).toArray();
        Arrays.sort(ratios);
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }
}
