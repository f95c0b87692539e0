package io.flowhex.benchmarks.load;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.benchmarks.ActionCalls;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.bootstrap.config.LogFormat;
import io.flowhex.bootstrap.logging.LoggingSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One load run on loopback: starts a {@link ServerHost} JVM (flow-server with store {@code memory},
 * and a {@link FixedBodyServer} with the same thread pool settings), pre-signs distinct
 * GetFlow requests (ACS3, unique nonces) for {@code accounts} accounts, and sends them over
 * keep-alive HTTP/1.1 connections ({@link HttpClient}) from {@code concurrency} threads. Each phase is
 * bounded by {@code requests} and by {@code seconds}, whichever comes first, after a warm-up of
 * {@code warmup} requests:
 *
 * <ol>
 *   <li>{@code fixed-body}: the baseline, as fast as the threads go;</li>
 *   <li>{@code fixed-body-80pct}: the baseline paced at 80% of its own rate, open loop: the latency
 *       floor of this machine, client and Jetty, which GetFlow's paced phase is read against;</li>
 *   <li>{@code getflow-max}: GetFlow as fast as the threads go, accounts with QPS overrides of 100000;</li>
 *   <li>{@code getflow-80pct}: GetFlow paced at 80% of the rate just measured (open loop: latency counts
 *       from each request's scheduled start, so a slow answer cannot hide the queue behind it);</li>
 *   <li>{@code mixed-max}: the mixed workload as fast as the threads go: of every ten requests, eight
 *       GetFlow, one ListFlow (the account's space, first page) and one write, CreateFlow and ModifyFlow
 *       in turn (each with a name of its own; ModifyFlow renames the account's flow), so 80/10/5/5;</li>
 *   <li>{@code rejection}: one account with the default 5 calls/s hammered as fast as the threads go.</li>
 * </ol>
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.flowhex.benchmarks.load.LoadGenerator [requests=40000]
 * [seconds=10] [warmup=10000] [concurrency=16] [accounts=64] [serverJvm="-Xmx1g"]
 * [serverLog=flowhex-load-server.log] [timeline=DIR]}; {@code serverJvm} holds the server JVM's options, e.g.
 * {@code "-Xmx1g -XX:StartFlightRecording=filename=server.jfr"}; the server's log (one access line per
 * request) is appended to {@code serverLog}; with {@code timeline}, each phase's requests (start and
 * latency) are written to {@code DIR/<phase>.csv}.
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
    private final Path timeline;

    /** Also the phase runner of {@link MultiInstanceLoad}, which starts servers of its own. */
    LoadGenerator(int requests, Duration phaseLimit, int warmup, int concurrency, Path timeline) {
        this.timeline = timeline;
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
        String serverJvm = options.getOrDefault("serverJvm", "-Xmx1g");
        Path serverLog = Path.of(options.getOrDefault("serverLog", "flowhex-load-server.log"));
        LoggingSetup.configure(LogFormat.TEXT);
        Path timeline = options.containsKey("timeline") ? Path.of(options.get("timeline")) : null;
        new LoadGenerator(requests, Duration.ofSeconds(seconds), warmup, concurrency, timeline)
                .run(accounts, serverJvm.isBlank() ? List.of() : List.of(serverJvm.trim().split("\\s+")), serverLog);
    }

    private void run(int accountCount, List<String> serverJvmOptions, Path serverLog) throws Exception {
        // the same tenants, ids and keys the server host provisions (see ServerHost#provision)
        List<Tenants> mirror = ServerHost.provision(
                FlowhexApplication.custom().stores(InMemoryStores.create()).build(), accountCount);
        Tenants accounts = mirror.get(0);
        Tenants hammered = mirror.get(1);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(serverJvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerHost.class.getName(),
                Integer.toString(accountCount)));
        // the server's log (an access line per request) goes to a file, as a deployed server's would
        Process host = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
            String ready = lines.readLine();
            while (ready != null && !ready.startsWith("READY ")) {
                System.out.println("server host: " + ready); // e.g. JFR announcing its recording
                ready = lines.readLine();
            }
            if (ready == null) {
                throw new IllegalStateException("the server host stopped before it was ready");
            }
            String[] ports = ready.split(" ");
            URI flowServer = URI.create("http://127.0.0.1:" + ports[1]);
            URI fixedServer = URI.create("http://127.0.0.1:" + ports[2]);
            System.out.printf(Locale.ROOT, "flow-server on %s, fixed-body server on %s, %s worker threads each, "
                            + "server JVM options %s; %d accounts, concurrency %d, at most %d requests or %d s per phase%n",
                    flowServer, fixedServer, ports[3], serverJvmOptions, accountCount, concurrency, requests,
                    phaseLimit.toSeconds());
            System.out.println("server log: " + serverLog.toAbsolutePath());
            List<PhaseResult> results = new ArrayList<>();
            closedLoop("warm-up", signed(accounts, warmup, fixedServer));
            PhaseResult fixedMax = closedLoop("fixed-body", signed(accounts, requests, fixedServer));
            results.add(fixedMax);
            results.add(atEightyPercent("fixed-body-80pct", fixedMax, accounts, fixedServer));
            closedLoop("warm-up", signed(accounts, warmup, flowServer));
            PhaseResult max = closedLoop("getflow-max", signed(accounts, requests, flowServer));
            results.add(max);
            results.add(atEightyPercent("getflow-80pct", max, accounts, flowServer));
            closedLoop("warm-up", mixed(accounts, warmup, flowServer, "mixwarm"));
            results.add(closedLoop("mixed-max", mixed(accounts, requests, flowServer, "mix")));
            results.add(closedLoop("rejection", signed(hammered, requests, flowServer)));
            report(results);
        } finally {
            host.getOutputStream().close();
            if (!host.waitFor(15, TimeUnit.SECONDS)) {
                host.destroyForcibly();
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

    /**
     * The mixed workload: request {@code i} is GetFlow unless {@code i % 10} is 8 (ListFlow) or 9 (a
     * write: CreateFlow for even tens, ModifyFlow for odd), each by account {@code i % accounts}.
     * {@code tag} keeps the names of one phase apart from another's.
     */
    private HttpRequest[] mixed(Tenants tenants, int count, URI endpoint, String tag) {
        HttpRequest[] out = new HttpRequest[count];
        for (int i = 0; i < count; i++) {
            Tenants.Tenant tenant = tenants.get(i % tenants.size());
            CamsAction action = switch (i % 10) {
                case 8 -> CamsAction.LIST_FLOW;
                case 9 -> (i / 10) % 2 == 0 ? CamsAction.CREATE_FLOW : CamsAction.MODIFY_FLOW;
                default -> CamsAction.GET_FLOW;
            };
            out[i] = SignedRequests.of(tenant, ActionCalls.of(action, tenant, tenant.flow(), tag, i),
                    SignatureScheme.ACS3_HMAC_SHA256, endpoint).toHttpRequest();
        }
        return out;
    }

    /** An open-loop phase at 80% of the rate a closed-loop phase reached, as many requests as fit its time. */
    private PhaseResult atEightyPercent(String name, PhaseResult max, Tenants tenants, URI endpoint)
            throws InterruptedException {
        double perSecond = 0.8 * max.requestsPerSecond();
        int count = (int) Math.min(requests, perSecond * phaseLimit.toSeconds());
        return openLoop(name, signed(tenants, count, endpoint), perSecond);
    }

    /** Every thread sends its next request as soon as the previous one is answered. */
    PhaseResult closedLoop(String name, HttpRequest[] batch) throws InterruptedException {
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
        long[] starts = new long[batch.length];
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
                    starts[i] = sent - began;
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
        writeTimeline(name, starts, latencies, codes);
        return result;
    }

    /**
     * With {@code timeline=DIR}, one file per phase: each answered request's start (ms since the phase
     * began) and latency (ms), in order of sending, so stalls show as runs of slow answers.
     */
    private void writeTimeline(String phase, long[] starts, long[] latencies, String[] codes) {
        if (timeline == null) {
            return;
        }
        StringBuilder lines = new StringBuilder("start_ms,latency_ms\n");
        for (int i = 0; i < starts.length; i++) {
            if (codes[i] != null) {
                lines.append(String.format(Locale.ROOT, "%.3f,%.3f%n", starts[i] / 1e6, latencies[i] / 1e6));
            }
        }
        try {
            Files.createDirectories(timeline);
            Files.writeString(timeline.resolve(phase + ".csv"), lines);
        } catch (IOException e) {
            System.err.println("timeline not written: " + e);
        }
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
        PhaseResult fixedPaced = results.get(1);
        PhaseResult max = results.get(2);
        PhaseResult paced = results.get(3);
        PhaseResult mixed = results.get(4);
        PhaseResult rejection = results.get(5);
        System.out.println();
        System.out.println(PhaseResult.header());
        results.forEach(result -> System.out.println(result.line()));
        System.out.printf(Locale.ROOT, "%nRESULT getflow_rps=%.0f fixed_body_rps=%.0f ratio=%.2f p99_at_80pct_ms=%.2f fixed_body_p99_at_80pct_ms=%.2f "
                        + "rejected_rps=%.0f rejected_over_getflow=%.2f mixed_rps=%.0f mixed_ratio=%.2f mixed_over_getflow=%.2f "
                        + "mixed_p99_ms=%.2f%n",
                max.requestsPerSecond(), fixed.requestsPerSecond(), max.requestsPerSecond() / fixed.requestsPerSecond(),
                paced.percentileMillis(99), fixedPaced.percentileMillis(99), rejection.perSecond("System.LimitControl"),
                rejection.perSecond("System.LimitControl") / max.requestsPerSecond(), mixed.requestsPerSecond(),
                mixed.requestsPerSecond() / fixed.requestsPerSecond(), mixed.requestsPerSecond() / max.requestsPerSecond(),
                mixed.percentileMillis(99));
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
