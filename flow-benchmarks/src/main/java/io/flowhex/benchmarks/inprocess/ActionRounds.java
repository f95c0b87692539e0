package io.flowhex.benchmarks.inprocess;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.application.port.in.CamsAction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * {@link ActionHandlerBenchmark}'s measurement, interleaved: one JVM, and in each round every action
 * in turn handles one fresh {@link ActionWorld}'s batch, so that a change in the machine's load during
 * the run falls on all actions alike rather than on whichever JMH trial ran then. Prints each action's
 * median per call, wall and the thread's own CPU time, and its ratio to GetFlow's, over the measured
 * rounds; warm-up rounds run the same way first, so the JIT sees every action as a server would.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.inprocess.ActionRounds [warmup=15]
 * [rounds=15] [batch=1024]}
 */
public final class ActionRounds {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int TENANTS = 16;

    private ActionRounds() {
    }

    public static void main(String[] args) {
        ((Logger) LoggerFactory.getLogger("io.flowhex.access")).setLevel(Level.WARN);
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1_024;
        Map<CamsAction, double[][]> perCall = new EnumMap<>(CamsAction.class);
        for (CamsAction action : CamsAction.values()) {
            perCall.put(action, new double[2][rounds]);
        }
        for (int round = -warmup; round < rounds; round++) {
            for (CamsAction action : CamsAction.values()) {
                ActionWorld world = ActionWorld.build(action, batch, TENANTS);
                long cpu = CPU.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < batch; i++) {
                    CamsHttpResponse response = world.handler().handle(world.request(i));
                    if (response.status() != 200) {
                        throw new IllegalStateException(action.wireName() + " refused: " + response.bodyText());
                    }
                }
                if (round >= 0) {
                    perCall.get(action)[0][round] = (double) (System.nanoTime() - wall) / batch;
                    perCall.get(action)[1][round] = (double) (CPU.getCurrentThreadCpuTime() - cpu) / batch;
                }
            }
        }
        double getFlowWall = median(perCall.get(CamsAction.GET_FLOW)[0]);
        double getFlowCpu = median(perCall.get(CamsAction.GET_FLOW)[1]);
        System.out.printf(Locale.ROOT, "%d warm-up and %d measured rounds of %d calls per action, medians per call%n",
                warmup, rounds, batch);
        System.out.printf(Locale.ROOT, "%-20s %12s %12s %10s %10s%n", "action", "wall ns", "cpu ns", "wall/GetFlow",
                "cpu/GetFlow");
        perCall.forEach((action, figures) -> System.out.printf(Locale.ROOT, "%-20s %12.0f %12.0f %10.2f %10.2f%n",
                action.wireName(), median(figures[0]), median(figures[1]), median(figures[0]) / getFlowWall,
                median(figures[1]) / getFlowCpu));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
