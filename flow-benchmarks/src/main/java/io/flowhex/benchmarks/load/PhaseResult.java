package io.flowhex.benchmarks.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What one phase of load measured: counts, rate, latency percentiles and answers by Code. */
record PhaseResult(String name, int concurrency, long requests, double seconds, long[] latenciesNanos,
        Map<String, Long> codes) {

    PhaseResult {
        latenciesNanos = latenciesNanos.clone();
        Arrays.sort(latenciesNanos);
        codes = new TreeMap<>(codes);
    }

    double requestsPerSecond() {
        return requests / seconds;
    }

    /** Requests per second that were answered with this Code (e.g. {@code System.LimitControl}). */
    double perSecond(String code) {
        return codes.getOrDefault(code, 0L) / seconds;
    }

    double percentileMillis(double percentile) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1;
        return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
    }

    String line() {
        return String.format(Locale.ROOT,
                "| %s | %d | %d | %.1f | %.0f | %.2f | %.2f | %.2f | %s |",
                name, concurrency, requests, seconds, requestsPerSecond(), percentileMillis(50), percentileMillis(99),
                percentileMillis(99.9), codes);
    }

    static String header() {
        return "| phase | concurrency | requests | seconds | requests/s | p50 ms | p99 ms | p99.9 ms | answers by Code |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }
}
