package io.flowhex.benchmarks.load;

import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.bootstrap.config.LogFormat;
import io.flowhex.bootstrap.config.RawSettings;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.logging.LoggingSetup;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One load run on loopback, in one process: starts flow-server ({@link FlowServer}, store
 * {@code memory}) and a {@link FixedBodyServer} with the same thread pool settings, pre-signs distinct
 * GetFlow requests (ACS3, unique nonces) for {@code accounts} accounts, and sends them over
 * keep-alive HTTP/1.1 connections ({@link HttpClient}) from {@code concurrency} threads. Each phase is
 * bounded by {@code requests} and by {@code seconds}, whichever comes first, after a warm-up of
 * {@code warmup} requests:
 *
 * <ol>
 *   <li>{@code fixed-body}: the baseline, as fast as the threads go;</li>
 *   <li>{@code getflow-max}: GetFlow as fast as the threads go, accounts with QPS overrides of 100000;</li>
 *   <li>{@code getflow-80pct}: GetFlow paced at 80% of the rate just measured (open loop: latency counts
 *       from each request's scheduled start, so a slow answer cannot hide the queue behind it);</li>
 *   <li>{@code rejection}: one account with the default 5 calls/s hammered as fast as the threads go.</li>
 * </ol>
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.load.LoadGenerator [requests=40000]
 * [seconds=10] [warmup=10000] [concurrency=16] [accounts=64]}
 */
public final class LoadGenerator {

    private static final String CODE_FIELD = "\"Code\":\"";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger failuresShown = new AtomicInteger();
    private final int requests;
    private final Duration phaseLimit;
    private final int warmup;
    private final int concurrency;

    private LoadGenerator(int requests, Duration phaseLimit, int warmup, int concurrency) {
        this.requests = requests;
        this.phaseLimit = phaseLimit;
        this.warmup = warmup;
        this.concurrency = concurrency;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int requests = Integer.parseInt(options.getOrDefault("requests", "40000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        int accounts = Integer.parseInt(options.getOrDefault("accounts", "64"));
        LoggingSetup.configure(LogFormat.TEXT);
        new LoadGenerator(requests, Duration.ofSeconds(seconds), warmup, concurrency).run(accounts);
    }

    private void run(int accountCount) throws Exception {
        ServerSettings settings = ServerSettings.from(RawSettings.resolve(List.of("--store", "memory", "--host",
                "127.0.0.1", "--port", "0", "--demo-data", "false"), Map.of()));
        try (FlowServer server = FlowServer.start(settings, Clock.systemUTC(), System.out)) {
            Tenants accounts = Tenants.provision(server.application(), accountCount);
            Tenants hammered = Tenants.provision(server.application(), 1, OptionalInt.empty());
            URI flowServer = URI.create("http://127.0.0.1:" + server.port());
            HttpResponse<byte[]> sample = client.send(
                    SignedRequests.getFlow(accounts, 0, SignatureScheme.ACS3_HMAC_SHA256, flowServer).toHttpRequest(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (sample.statusCode() != 200) {
                throw new IllegalStateException("GetFlow is refused: " + new String(sample.body(), StandardCharsets.UTF_8));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : List.of("Content-Type", "Cache-Control", "x-acs-request-id")) {
                sample.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
            }
            try (FixedBodyServer fixed = FixedBodyServer.start(settings.maxThreads(), headers, sample.body())) {
                URI fixedServer = URI.create("http://127.0.0.1:" + fixed.port());
                System.out.printf(Locale.ROOT, "flow-server on %s, fixed-body server on %s, %d worker threads each; "
                                + "%d accounts, concurrency %d, at most %d requests or %d s per phase%n",
                        flowServer, fixedServer, settings.maxThreads(), accountCount, concurrency, requests,
                        phaseLimit.toSeconds());
                List<PhaseResult> results = new ArrayList<>();
                closedLoop("warm-up", signed(accounts, warmup, fixedServer));
                results.add(closedLoop("fixed-body", signed(accounts, requests, fixedServer)));
                closedLoop("warm-up", signed(accounts, warmup, flowServer));
                PhaseResult max = closedLoop("getflow-max", signed(accounts, requests, flowServer));
                results.add(max);
                double paced = 0.8 * max.requestsPerSecond();
                int pacedCount = (int) Math.min(requests, paced * phaseLimit.toSeconds());
                results.add(openLoop("getflow-80pct", signed(accounts, pacedCount, flowServer), paced));
                results.add(closedLoop("rejection", signed(hammered, requests, flowServer)));
                report(results);
            }
        }
    }

    private HttpRequest[] signed(Tenants tenants, int count, URI endpoint) {
        HttpRequest[] out = new HttpRequest[count];
        for (int i = 0; i < count; i++) {
            SignedRequest request = SignedRequests.getFlow(tenants, i, SignatureScheme.ACS3_HMAC_SHA256, endpoint);
            out[i] = request.toHttpRequest();
        }
        return out;
    }

    /** Every thread sends its next request as soon as the previous one is answered. */
    private PhaseResult closedLoop(String name, HttpRequest[] batch) throws InterruptedException {
        return phase(name, batch, index -> System.nanoTime());
    }

    /** Request {@code i} is due at {@code start + i / rate}; latency counts from when it was due. */
    private PhaseResult openLoop(String name, HttpRequest[] batch, double perSecond) throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        double interval = 1e9 / perSecond;
        return phase(name, batch, index -> {
            long due = start + (long) (index * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            return due;
        });
    }

    /** When request number {@code index} counts as sent (after waiting for it, if paced). */
    private interface Schedule {
        long startOf(int index);
    }

    private PhaseResult phase(String name, HttpRequest[] batch, Schedule schedule) throws InterruptedException {
        long[] latencies = new long[batch.length];
        String[] codes = new String[batch.length];
        AtomicInteger next = new AtomicInteger();
        long began = System.nanoTime();
        long deadline = began + phaseLimit.toNanos();
        List<Thread> workers = new ArrayList<>(concurrency);
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < batch.length && System.nanoTime() < deadline;
                        i = next.getAndIncrement()) {
                    long sent = schedule.startOf(i);
                    codes[i] = send(batch[i]);
                    latencies[i] = System.nanoTime() - sent;
                }
            }, "load-" + name + "-" + w);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Map<String, Long> byCode = new HashMap<>();
        List<Long> answered = new ArrayList<>();
        for (int i = 0; i < batch.length; i++) {
            if (codes[i] != null) {
                byCode.merge(codes[i], 1L, Long::sum);
                answered.add(latencies[i]);
            }
        }
        PhaseResult result = new PhaseResult(name, concurrency, answered.size(), seconds,
                answered.stream().mapToLong(Long::longValue).toArray(), byCode);
        System.out.println(result.line());
        return result;
    }

    /** Sends one request; the answer's {@code Code} (OK for a GetFlow answer), or the failure's class. */
    private String send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            int at = body.indexOf(CODE_FIELD);
            if (at < 0) {
                return "HTTP " + response.statusCode();
            }
            int from = at + CODE_FIELD.length();
            return body.substring(from, body.indexOf('"', from));
        } catch (IOException e) {
            if (failuresShown.getAndIncrement() < 3) {
                System.err.println("request failed: " + e);
            }
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted";
        }
    }

    private static void report(List<PhaseResult> results) {
        PhaseResult fixed = results.get(0);
        PhaseResult max = results.get(1);
        PhaseResult paced = results.get(2);
        PhaseResult rejection = results.get(3);
        System.out.println();
        System.out.println(PhaseResult.header());
        results.forEach(result -> System.out.println(result.line()));
        System.out.printf(Locale.ROOT, "%nRESULT getflow_rps=%.0f fixed_body_rps=%.0f ratio=%.2f p99_at_80pct_ms=%.2f "
                        + "rejected_rps=%.0f rejected_over_getflow=%.2f%n",
                max.requestsPerSecond(), fixed.requestsPerSecond(), max.requestsPerSecond() / fixed.requestsPerSecond(),
                paced.percentileMillis(99), rejection.perSecond("System.LimitControl"),
                rejection.perSecond("System.LimitControl") / max.requestsPerSecond());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("options are name=value, e.g. requests=40000; got " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }
}
