package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.bootstrap.attack.AttackFixture.FlowRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} scraped over real HTTP after calls of three actions: the request timer counts them by
 * action, code and status, the application's own timer and counters agree, the store calls are timed
 * (on H2; on the in-memory store, not), and the scrape names no account, AccessKeyId, FlowId or secret.
 */
@DisplayName("GET /metrics")
class MetricsScrapeTest {

    /** One sample line: {@code name{label="value",...} number}. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    Path directory;

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    @Test
    @DisplayName("counts the calls of three actions by action and code, and carries no id or secret")
    void countsByActionAndCode() throws IOException {
        AttackFixture fixture = new AttackFixture();
        FlowRef flow = fixture.load.flows().get(0);
        AttackFixture.Key root = fixture.load.key(AttackFixture.Role.ROOT);
        // H2, the server's default store: its calls are timed (the in-memory store's are not, see below)
        try (AttackServer server = AttackServer.start(fixture, fixture.writeTo(directory),
                AttackServer.h2(directory.resolve("data")))) {
            Signing signing = Signing.as(root, server.endpoint());
            Map<String, String> own = Map.of("FlowId", flow.flowId());
            assertThat(send(server, signing, RpcCall.getFlow(own)).status()).isEqualTo(200);
            assertThat(send(server, signing, RpcCall.getFlow(own)).status()).isEqualTo(200);
            assertThat(send(server, signing, RpcCall.getFlow(Map.of("FlowId", AttackFixture.UNKNOWN_FLOW_ID))).status())
                    .isEqualTo(400);
            assertThat(send(server, signing, RpcCall.of(CamsAction.LIST_FLOW, Map.of("CustSpaceId", flow.spaceId())))
                    .status()).isEqualTo(200);
            assertThat(send(server, signing, RpcCall.of(CamsAction.GET_FLOW_PREVIEW_URL, own)).status())
                    .isEqualTo(200);
            AttackFixture.Key forged = new AttackFixture.Key(root.accessKeyId(), "not-the-secret-" + root.secret().length(),
                    root.accountId(), AttackFixture.Role.ROOT);
            assertThat(send(server, Signing.as(forged, server.endpoint()), RpcCall.getFlow(own)).status()).isEqualTo(400);

            RawResponse scrape = get(server, "/metrics");

            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.header("Content-Type")).startsWith("text/plain; version=0.0.4");
            List<Sample> samples = parse(scrape.bodyText());
            assertThat(value(samples, "cams_requests_seconds_count", "GetFlow", "OK", "200")).isEqualTo(2.0);
            assertThat(value(samples, "cams_requests_seconds_count", "GetFlow", "Unknown.ResourceOwnerId", "400"))
                    .isEqualTo(1.0);
            assertThat(value(samples, "cams_requests_seconds_count", "GetFlow", "SignatureDoesNotMatch", "400"))
                    .isEqualTo(1.0);
            assertThat(value(samples, "cams_requests_seconds_count", "ListFlow", "OK", "200")).isEqualTo(1.0);
            assertThat(value(samples, "cams_requests_seconds_count", "GetFlowPreviewUrl", "OK", "200")).isEqualTo(1.0);
            // the application's view: calls past authentication, by action and code
            assertThat(value(samples, "cams_actions_seconds_count", Map.of("action", "GetFlow", "code", "OK")))
                    .isEqualTo(2.0);
            assertThat(value(samples, "cams_actions_seconds_count",
                    Map.of("action", "GetFlow", "code", "Unknown.ResourceOwnerId"))).isEqualTo(1.0);
            assertThat(value(samples, "cams_authentication_failures_total", Map.of("reason", "SignatureDoesNotMatch")))
                    .isEqualTo(1.0);
            assertThat(value(samples, "cams_quota_denials_total", Map.of("action", "GetFlow"))).isZero();
            assertThat(value(samples, "flowhex_store_calls_seconds_count",
                    Map.of("store", "flows", "operation", "findById", "outcome", "ok"))).isGreaterThanOrEqualTo(3.0);
            assertThat(samples).extracting(Sample::name).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
                    "process_cpu_usage");

            String text = scrape.bodyText();
            assertThat(text).doesNotContain(root.accessKeyId()).doesNotContain(root.accountId())
                    .doesNotContain(flow.flowId()).doesNotContain(AttackFixture.UNKNOWN_FLOW_ID);
            fixture.secrets().forEach(secret -> assertThat(text).doesNotContain(secret));
            assertThat(samples).allSatisfy(sample -> assertThat(sample.labels()).doesNotContainKeys(
                    "account", "accessKeyId", "flowId", "FlowId"));
        }
    }

    @Test
    @DisplayName("on the in-memory store times the requests and actions but no store call: nothing to see, and the clock reads would cost more than the calls")
    void inMemoryStoreCallsAreNotTimed() throws IOException {
        AttackFixture fixture = new AttackFixture();
        FlowRef flow = fixture.load.flows().get(0);
        AttackFixture.Key root = fixture.load.key(AttackFixture.Role.ROOT);
        try (AttackServer server = AttackServer.start(fixture, fixture.writeTo(directory), AttackServer.memory())) {
            Signing signing = Signing.as(root, server.endpoint());
            assertThat(send(server, signing, RpcCall.getFlow(Map.of("FlowId", flow.flowId()))).status()).isEqualTo(200);

            List<Sample> samples = parse(get(server, "/metrics").bodyText());

            assertThat(value(samples, "cams_requests_seconds_count", "GetFlow", "OK", "200")).isEqualTo(1.0);
            assertThat(value(samples, "cams_actions_seconds_count", Map.of("action", "GetFlow", "code", "OK")))
                    .isEqualTo(1.0);
            assertThat(samples).extracting(Sample::name).noneMatch(name -> name.startsWith("flowhex_store_calls"));
        }
    }

    private static RawResponse send(AttackServer server, Signing signing, RpcCall call) throws IOException {
        return RawHttp.exchange(server.port(), signing.wire(CallVariant.tea(), call).toBytes());
    }

    static RawResponse get(AttackServer server, String path) throws IOException {
        return RawHttp.exchange(server.port(), ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static double value(List<Sample> samples, String name, String action, String code, String status) {
        return value(samples, name, Map.of("action", action, "code", code, "status", status));
    }

    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name)
                && s.labels().entrySet().containsAll(labels.entrySet())).toList();
        assertThat(found).as("samples of %s with %s", name, labels).hasSize(1);
        return found.get(0).value();
    }

    private static List<Sample> parse(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }
}
