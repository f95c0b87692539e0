package io.flowhex.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Reads one run's JMH results ({@code -rf csv}) and, when given, the load generator's output, and
 * prints the ratios the targets are stated in, each with its verdict. Only figures from the files
 * given are compared, so every ratio comes from one run.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.Summary jmh.csv [load.txt]}
 */
public final class Summary {

    private final Map<String, double[]> scores = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Summary summary = new Summary();
        summary.readJmh(Path.of(args[0]));
        Map<String, Double> load = args.length > 1 ? readLoad(Path.of(args[1])) : Map.of();
        summary.print(load);
    }

    /** Keys: simple benchmark name plus its parameters, e.g. {@code JdbcGetFlowBenchmark.getFlowOneThread[H2]}. */
    private void readJmh(Path csv) throws IOException {
        List<String> rows = Files.readAllLines(csv);
        List<String> header = cells(rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = cells(row);
            // io.flowhex.benchmarks.jdbc.LifecycleBenchmark.createFlow[:gc.alloc.rate] -> LifecycleBenchmark.createFlow[...]
            String name = cells.get(0);
            int secondary = name.indexOf(':');
            String primary = secondary < 0 ? name : name.substring(0, secondary);
            name = primary.substring(primary.lastIndexOf('.', primary.lastIndexOf('.') - 1) + 1)
                    + (secondary < 0 ? "" : name.substring(secondary));
            List<String> params = new ArrayList<>();
            for (int i = 7; i < cells.size(); i++) {
                if (header.get(i).startsWith("Param") && !cells.get(i).isEmpty()) {
                    params.add(cells.get(i));
                }
            }
            String key = params.isEmpty() ? name : name + params;
            double error = cells.get(5).equals("NaN") ? Double.NaN : Double.parseDouble(cells.get(5));
            scores.put(key.replace(" ", ""), new double[] {Double.parseDouble(cells.get(4)), error});
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.3f ± %.3f %s |", key.replace(" ", ""), cells.get(2),
                    Double.parseDouble(cells.get(4)), error, cells.get(6)));
        }
    }

    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String cell : row.split(",", -1)) {
            out.add(cell.replace("\"", ""));
        }
        return out;
    }

    private static Map<String, Double> readLoad(Path output) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output)) {
            if (line.startsWith("RESULT ")) {
                for (String pair : line.substring(7).trim().split(" ")) {
                    String[] kv = pair.split("=");
                    values.put(kv[0], Double.parseDouble(kv[1]));
                }
            }
        }
        return values;
    }

    private void print(Map<String, Double> load) {
        System.out.println("| benchmark | threads | score |");
        System.out.println("|---|---|---|");
        lines.forEach(System.out::println);
        System.out.println();
        System.out.println("| target | figure | verdict |");
        System.out.println("|---|---|---|");
        ratio("(b)/(a) <= 5", "GetFlowBenchmark.rootCaller", "BaselineBenchmark.lookupAndPermit", r -> r, 5, true);
        single("(c) <= 2 us per call", "GetFlowBenchmark.ramUserThreePolicies", v -> v / 1000, 2, true, "us");
        for (String db : List.of("H2", "POSTGRESQL")) {
            for (String threads : List.of("OneThread", "FourThreads")) {
                // throughput ratio = time of the raw SELECT / time of GetFlow
                ratio("JDBC GetFlow >= 0.9 x raw SELECT (" + db + ", " + threads + ")",
                        "JdbcGetFlowBenchmark.rawSelect" + threads + "[" + db + "]",
                        "JdbcGetFlowBenchmark.getFlow" + threads + "[" + db + "]", r -> r, 0.9, false);
            }
            // JMH lists parameters in name order: database, then flows
            ratio("GetFlow at 1M flows <= 1.5 x at 1k (" + db + ")", "FlowCountBenchmark.getFlow[" + db + ",1000000]",
                    "FlowCountBenchmark.getFlow[" + db + ",1000]", r -> r, 1.5, true);
            ratio("(raw SELECT at 1M flows / at 1k, " + db + ", for comparison)", "FlowCountBenchmark.rawSelect[" + db
                    + ",1000000]", "FlowCountBenchmark.rawSelect[" + db + ",1000]", r -> r, Double.MAX_VALUE, true);
        }
        // the lifecycle on PostgreSQL (issue 12); throughput ratios are the raw statement's time over the use case's
        String lifecycle = "LifecycleBenchmark.%s[POSTGRESQL]";
        ratio("CreateFlow >= 0.5 x raw INSERT (POSTGRESQL)", lifecycle.formatted("rawInsert"),
                lifecycle.formatted("createFlow"), r -> r, 0.5, false);
        ratio("ListFlow page 1 of 100k <= 3 x GetFlow (POSTGRESQL)", lifecycle.formatted("listFlowFirstPage"),
                lifecycle.formatted("getFlow"), r -> r, 3, true);
        ratio("(raw page of 20 / raw primary-key SELECT, POSTGRESQL, for comparison)",
                lifecycle.formatted("rawListPage"), lifecycle.formatted("rawSelect"), r -> r, Double.MAX_VALUE, true);
        ratio("PublishFlow >= 0.5 x raw UPDATE (POSTGRESQL)", lifecycle.formatted("rawUpdate"),
                lifecycle.formatted("publishFlow"), r -> r, 0.5, false);
        if (!load.isEmpty()) {
            verdict("HTTP GetFlow >= 0.6 x fixed body", load.get("ratio"), 0.6, false, "");
            verdict("p99 at 80% of max rate <= 5 ms", load.get("p99_at_80pct_ms"), 5, true, "ms");
            verdict("(fixed body: p99 at 80% of its max rate, for comparison)", load.get("fixed_body_p99_at_80pct_ms"),
                    Double.MAX_VALUE, true, "ms");
            verdict("rejected/s >= GetFlow/s", load.get("rejected_over_getflow"), 1, false, "");
        }
    }

    private void ratio(String target, String numerator, String denominator, DoubleUnaryOperator f, double bound,
            boolean atMost) {
        double[] top = scores.get(numerator);
        double[] bottom = scores.get(denominator);
        if (top == null || bottom == null) {
            return;
        }
        verdict(target, f.applyAsDouble(top[0] / bottom[0]), bound, atMost, "");
    }

    private void single(String target, String key, DoubleUnaryOperator f, double bound, boolean atMost, String unit) {
        double[] value = scores.get(key);
        if (value != null) {
            verdict(target, f.applyAsDouble(value[0]), bound, atMost, unit);
        }
    }

    private static void verdict(String target, Double value, double bound, boolean atMost, String unit) {
        if (value == null) {
            return;
        }
        boolean met = atMost ? value <= bound : value >= bound;
        String verdict = bound == Double.MAX_VALUE ? "reference" : met ? "met" : "MISSED";
        System.out.printf(Locale.ROOT, "| %s | %.2f%s | %s |%n", target, value, unit.isEmpty() ? "" : " " + unit,
                verdict);
    }
}
