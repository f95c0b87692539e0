package io.flowhex.bootstrap.multi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.bootstrap.multi.CamsClient.Answer;
import io.flowhex.testkit.scenario.LifecycleScenarios;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code flow-server.jar} processes on one PostgreSQL (the embedded binaries), as three
 * instances behind a load balancer: one quota, one replay window, one truth. The instance that is
 * killed with SIGKILL is killed last. Every wait is a latch or a poll with a generous deadline: the
 * machine may be small and busy, so no check depends on how fast anything runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Three flow-server.jar instances on one PostgreSQL")
class MultiInstanceIT {

    /** The quota shared through the database (the default on PostgreSQL, said aloud here). */
    private static final List<String> SHARED_QUOTA = List.of("--quota", "shared");
    private static final int QUOTA_LIMIT = 5;
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final String QUOTA_FLOW = "71000000000011";
    private static final String WORK_SPACE = "multi-work";
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final byte[] FLOW_JSON = LifecycleScenarios.VALID_JSON.getBytes(StandardCharsets.UTF_8);
    private static final String FIXTURES = """
            {"accounts": [
              {"accountId": "7100000000000001", "subscribed": true, "qps": %d, "spaces": ["multi-quota"],
               "accessKeys": [{"accessKeyId": "LTAI5tMultiQuota", "accessKeySecret": "MultiQuotaSecret/1"}],
               "flows": [{"flowId": "%s", "custSpaceId": "multi-quota", "flowName": "quota", "categories": ["OTHER"],
                          "status": "DRAFT", "jsonVersion": "7.0", "dataApiVersion": "3.0"}]},
              {"accountId": "7100000000000002", "subscribed": true, "qps": 100000, "spaces": ["%s"],
               "accessKeys": [{"accessKeyId": "LTAI5tMultiWork", "accessKeySecret": "MultiWorkSecret/2"}], "flows": []}
            ]}""".formatted(QUOTA_LIMIT, QUOTA_FLOW, WORK_SPACE);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final CamsClient quotaKey = new CamsClient(http, "LTAI5tMultiQuota", "MultiQuotaSecret/1");
    private final CamsClient work = new CamsClient(http, "LTAI5tMultiWork", "MultiWorkSecret/2");
    private final AtomicInteger names = new AtomicInteger();
    private EmbeddedPostgres postgres;
    private HttpServer files;
    private ServerProcess a;
    private ServerProcess b;
    private ServerProcess c;

    @BeforeAll
    void startPostgresAndThreeServers(@TempDir Path workDir) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.createContext("/flow.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, FLOW_JSON.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(FLOW_JSON);
            }
        });
        files.start();
        Path fixtures = Files.writeString(workDir.resolve("fixtures.json"), FIXTURES);
        List<String> common = new ArrayList<>(List.of("--store", "postgresql",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                "--jdbc-user", "postgres", "--pool-size", "6", "--demo-data", "false"));
        common.addAll(SHARED_QUOTA);
        // the first migrates the schema and imports the accounts; the other two then start together
        a = ServerProcess.launch("a", workDir, plus(common, "--fixtures", fixtures.toString())).awaitReady(http);
        b = ServerProcess.launch("b", workDir, common);
        c = ServerProcess.launch("c", workDir, common);
        b.awaitReady(http);
        c.awaitReady(http);
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {a, b, c}) {
            if (open != null) {
                open.close();
            }
        }
        if (files != null) {
            files.stop(0);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    private List<ServerProcess> instances() {
        return List.of(a, b, c);
    }

    private String createFlow(ServerProcess on) throws Exception {
        Answer created = work.call(on, CamsAction.CREATE_FLOW, Map.of("FlowName", "multi-" + names.incrementAndGet(),
                "Categories", "[\"OTHER\"]", "CustSpaceId", WORK_SPACE));
        assertThat(created.ok()).as("CreateFlow on %s: %s", on.name(), created.body()).isTrue();
        return created.data("FlowId");
    }

    private void uploadFlowJson(ServerProcess on, String flowId) throws Exception {
        Answer uploaded = work.call(on, CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", flowId,
                "FilePath", "http://127.0.0.1:" + files.getAddress().getPort() + "/flow.json"));
        assertThat(uploaded.ok()).as("UpdateFlowJSONAsset on %s: %s", on.name(), uploaded.body()).isTrue();
    }

    private Answer getFlow(CamsClient client, ServerProcess on, String flowId) throws Exception {
        return client.call(on, CamsAction.GET_FLOW, Map.of("FlowId", flowId));
    }

    @Test
    @Order(1)
    @DisplayName("16 threads spread over the three instances get at most the account's limit per window, together")
    void oneQuotaForAllInstances() throws Exception {
        int threads = 16;
        int callsPerThread = 12;
        List<Callable<List<Answer>>> callers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            ServerProcess to = instances().get(t % 3);
            callers.add(() -> {
                start.await();
                List<Answer> answers = new ArrayList<>();
                for (int i = 0; i < callsPerThread; i++) {
                    answers.add(getFlow(quotaKey, to, QUOTA_FLOW));
                }
                return answers;
            });
        }
        List<Answer> answers = runAll(callers, start);

        List<Answer> grants = answers.stream().filter(Answer::ok).toList();
        assertThat(answers).as("every answer is a grant or the quota's refusal")
                .allSatisfy(x -> assertThat(x.ok() || x.code().equals("System.LimitControl")).as("%s", x.body()).isTrue());
        QuotaBound.Verdict verdict = QuotaBound.check(answers, QUOTA_LIMIT, WINDOW);
        System.out.println("[multi-instance] quota: " + answers.size() + " calls, " + verdict);
        // the first window, opened by the first call, grants the limit before it refuses anything
        assertThat(grants).as("grants: at least the first window's").hasSizeGreaterThanOrEqualTo(QUOTA_LIMIT);
        assertThat(verdict.findings()).as("grants beyond what one limiter could give").isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("a request answered by one instance is refused when replayed on another: one replay window")
    void replayOnAnotherInstanceIsRefused() throws Exception {
        String flowId = createFlow(a);
        SignedRequest request = work.sign(a, CamsAction.GET_FLOW, Map.of("FlowId", flowId));

        Answer first = work.send(request);
        Answer onB = work.replay(request, b);
        Answer onC = work.replay(request, c);

        assertThat(first.ok()).as("%s", first.body()).isTrue();
        assertThat(List.of(onB, onC)).allSatisfy(replayed -> {
            assertThat(replayed.status()).isEqualTo(400);
            assertThat(replayed.code()).isEqualTo("SignatureNonceUsed");
        });
    }

    @Test
    @Order(3)
    @DisplayName("a flow created on one instance is read on the others")
    void createdOnOneReadOnOthers() throws Exception {
        String flowId = createFlow(b);

        for (ServerProcess other : List.of(a, c)) {
            Answer read = getFlow(work, other, flowId);
            assertThat(read.ok()).as("GetFlow on %s: %s", other.name(), read.body()).isTrue();
            assertThat(read.data("FlowId")).isEqualTo(flowId);
            assertThat(read.data("Status")).isEqualTo("DRAFT");
        }
    }

    @Test
    @Order(4)
    @DisplayName("PublishFlow of one flow on two instances at once: exactly one wins, the other is refused")
    void concurrentPublishHasOneWinner() throws Exception {
        for (int round = 0; round < 3; round++) {
            String flowId = createFlow(a);
            uploadFlowJson(b, flowId);
            CountDownLatch start = new CountDownLatch(1);
            List<Answer> answers = runAll(List.of(
                    () -> List.of(awaitThenPublish(start, a, flowId)),
                    () -> List.of(awaitThenPublish(start, c, flowId))), start);

            assertThat(answers.stream().filter(Answer::ok)).as("round %d: %s", round, answers).hasSize(1);
            assertThat(answers.stream().filter(x -> !x.ok()).map(Answer::code)).as("round %d", round)
                    .containsExactly("Flow.CannotPublish");
            assertThat(getFlow(work, b, flowId).data("Status")).isEqualTo("PUBLISHED");
        }
    }

    private Answer awaitThenPublish(CountDownLatch start, ServerProcess on, String flowId) throws Exception {
        SignedRequest request = work.sign(on, CamsAction.PUBLISH_FLOW, Map.of("FlowId", flowId));
        start.await();
        return work.send(request);
    }

    @Test
    @Order(5)
    @DisplayName("a preview link and a Flow JSON link issued by one instance open on the others: one link key")
    void linksOpenOnEveryInstance() throws Exception {
        String flowId = createFlow(a);
        uploadFlowJson(a, flowId);
        URI preview = URI.create(getFlow(work, a, flowId).data("PreviewUrl"));
        URI asset = URI.create(work.call(b, CamsAction.GET_FLOW_JSON_ASSET, Map.of("FlowId", flowId)).data("FilePath"));

        HttpResponse<byte[]> page = work.open(preview, b);
        HttpResponse<byte[]> download = work.open(asset, c);
        HttpResponse<byte[]> forged = work.open(URI.create(asset.toString().replace("token=", "token=A")), a);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<h2>Hi</h2>");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(FLOW_JSON);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(6)
    @DisplayName("one instance killed with SIGKILL under load: the others keep answering, every acknowledged creation is kept")
    void sigkillUnderLoad() throws Exception {
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean killing = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch beforeKill = new CountDownLatch(15);
        Map<ServerProcess, CountDownLatch> afterKill = Map.of(a, new CountDownLatch(5), b, new CountDownLatch(5));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            loops.add(pool.submit(() -> {
                for (int i = first; !stop.get(); i++) {
                    ServerProcess to = instances().get(i % 3);
                    boolean afterTheKill = killing.get();
                    try {
                        Answer created = work.call(to, CamsAction.CREATE_FLOW, Map.of("FlowName",
                                "kill-" + names.incrementAndGet(), "Categories", "[\"OTHER\"]", "CustSpaceId", WORK_SPACE));
                        if (created.ok()) {
                            acknowledged.add(created.data("FlowId"));
                            beforeKill.countDown();
                            if (afterTheKill && afterKill.containsKey(to)) {
                                afterKill.get(to).countDown();
                            }
                        } else {
                            failures.add(to.name() + " answered " + created.body());
                        }
                    } catch (java.io.IOException e) {
                        if (!(to == c && killing.get())) {
                            failures.add(to.name() + " failed: " + e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        try {
            assertThat(beforeKill.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("creations before the kill").isTrue();
            killing.set(true);
            c.kill();
            for (Map.Entry<ServerProcess, CountDownLatch> survivor : afterKill.entrySet()) {
                assertThat(survivor.getValue().await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                        .as("%s keeps creating flows after the kill; failures: %s", survivor.getKey().name(), failures).isTrue();
            }
        } finally {
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        }
        for (Future<?> loop : loops) {
            loop.get();
        }

        assertThat(failures).as("answers other than OK from the instances still running").isEmpty();
        List<String> missing = new ArrayList<>();
        int i = 0;
        for (String flowId : acknowledged) {
            Answer read = getFlow(work, (i++ % 2 == 0) ? a : b, flowId);
            if (!read.ok()) {
                missing.add(flowId + ": " + read.body());
            }
        }
        System.out.println("[multi-instance] SIGKILL: " + acknowledged.size() + " creations acknowledged, all read back");
        assertThat(missing).as("acknowledged creations not found after the kill").isEmpty();
        assertThat(c.isAlive()).isFalse();
    }

    /** Runs every caller on its own thread, opens the start latch, and gathers all answers (generous deadline). */
    private static List<Answer> runAll(List<Callable<List<Answer>>> callers, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            List<Future<List<Answer>>> futures = new ArrayList<>();
            for (Callable<List<Answer>> caller : callers) {
                futures.add(pool.submit(caller));
            }
            start.countDown();
            List<Answer> all = new ArrayList<>();
            for (Future<List<Answer>> future : futures) {
                all.addAll(future.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
