package io.flowhex.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a {@code compare.sh} directory ({@code before-<round>.txt}, {@code after-<round>.txt}: JMH's
 * console output with {@code -prof gc}) and prints, per benchmark and round, the median and the
 * fastest measured iteration of each side, the allocation per operation, and after/before. The
 * median and the minimum of the iterations are given beside JMH's mean because on a shared machine an
 * iteration that another process starved pulls the mean far off (by 10x at times) while the fastest
 * iterations stay near the cost of the code; the allocation per operation does not depend on the load
 * at all. Each ratio pairs the two sides of one round, which ran minutes apart.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.CompareSummary DIR}
 */
public final class CompareSummary {

    private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: .*\\.([A-Za-z]+\\.[A-Za-z]+)$");
    private static final Pattern PARAMETERS = Pattern.compile("^# Parameters: \\((.*)\\)$");
    private static final Pattern ITERATION = Pattern.compile("^Iteration +\\d+: ([0-9.]+) ");
    private static final Pattern ALLOCATION = Pattern.compile("^ +gc\\.alloc\\.rate\\.norm: +([0-9.]+) B/op");
    private static final Pattern FILE = Pattern.compile("(before|after)-(\\d+)\\.txt");

    private CompareSummary() {
    }

    /** One benchmark's measured iterations in one file. */
    private record Run(List<Double> scores, List<Double> allocations) {

        double median() {
            return middle(scores);
        }

        double min() {
            return Collections.min(scores);
        }

        double bytes() {
            return allocations.isEmpty() ? Double.NaN : middle(allocations);
        }

        private static double middle(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        // benchmark -> round -> side -> run
        Map<String, Map<Integer, Map<String, Run>>> runs = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    int round = Integer.parseInt(name.group(2));
                    read(file).forEach((benchmark, run) -> runs.computeIfAbsent(benchmark, b -> new TreeMap<>())
                            .computeIfAbsent(round, r -> new TreeMap<>()).put(name.group(1), run));
                }
            }
        }
        System.out.println("| benchmark | round | before: median / fastest | after: median / fastest "
                + "| after/before (median) | after/before (fastest) | B/op before / after |");
        System.out.println("|---|---|---|---|---|---|---|");
        runs.forEach((benchmark, rounds) -> rounds.forEach((round, sides) -> {
            Run before = sides.get("before");
            Run after = sides.get("after");
            if (before != null && after != null) {
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f / %.1f | %.1f / %.1f | %.3f | %.3f | %.0f / %.0f |%n",
                        benchmark, round, before.median(), before.min(), after.median(), after.min(),
                        after.median() / before.median(), after.min() / before.min(), before.bytes(), after.bytes());
            }
        }));
    }

    private static Map<String, Run> read(Path file) throws IOException {
        Map<String, Run> runs = new TreeMap<>();
        Run current = null;
        String benchmark = null;
        for (String line : Files.readAllLines(file)) {
            Matcher m = BENCHMARK.matcher(line);
            if (m.matches()) {
                benchmark = m.group(1);
                current = new Run(new ArrayList<>(), new ArrayList<>());
                runs.put(benchmark, current);
                continue;
            }
            m = PARAMETERS.matcher(line);
            if (m.matches() && current != null) {
                runs.remove(benchmark);
                runs.put(benchmark + "[" + m.group(1).replaceAll("\\w+ = ", "") + "]", current);
                continue;
            }
            m = ITERATION.matcher(line);
            if (m.find() && current != null) {
                current.scores().add(Double.parseDouble(m.group(1)));
                continue;
            }
            m = ALLOCATION.matcher(line);
            if (m.find() && current != null) {
                current.allocations().add(Double.parseDouble(m.group(1)));
            }
        }
        runs.values().removeIf(run -> run.scores().isEmpty());
        return runs;
    }
}
