package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.CamsAction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UpdateFlowJSONAsset pointed at a hostile file server, end to end: flow-server on PostgreSQL with its
 * real fetcher ({@code flow-adapter-http}), a {@code FilePath} on a local server that redirects to a
 * link-local address or to {@code file:}, sends a body that never ends, 10 MiB + 1, or drips one byte
 * at a time. Each call is refused with {@code InvalidParameter.FilePath} (400, a RequestId, no address
 * in the message), the hostile server sees the fetcher hang up (an endless body after at most the
 * limit plus what the socket buffers held), and the account's flows in the database are as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("the asset fetcher attacked through UpdateFlowJSONAsset: refused within its bounds, nothing stored")
class AssetFetchAttackTest {

    private static final int MAX_BYTES = 10 * 1024 * 1024;
    /**
     * What the endless server may write past the limit before it learns of the hang-up: the fetcher's
     * network buffer, and the kernel's send and receive buffers of a loopback connection, which grow
     * to several MiB each. (The fetcher's own bound, the limit plus one buffer read, is checked on the
     * adapter in flow-adapter-http's SizeLimitTest.) A body that really never ended would not stop.
     */
    private static final long SLACK = 3L * MAX_BYTES;

    private final AttackFixture fixture = new AttackFixture();
    private final AttackFixture.FlowRef flow = fixture.load.flows().get(0);
    private final AtomicLong endlessBytes = new AtomicLong();
    private final CountDownLatch endlessCut = new CountDownLatch(1);
    private final CountDownLatch dripCut = new CountDownLatch(1);
    private ExecutorService hostileThreads;
    private HttpServer hostile;
    private AttackServer server;
    private FlowRows store;

    @BeforeAll
    void start() throws IOException, SQLException {
        hostileThreads = Executors.newCachedThreadPool();
        hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hostile.setExecutor(hostileThreads);
        hostile.createContext("/link-local", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        hostile.createContext("/file", exchange -> redirect(exchange, "file:///etc/passwd"));
        hostile.createContext("/endless", exchange -> endless(exchange, 64 * 1024, endlessBytes, endlessCut));
        hostile.createContext("/drip", exchange -> endless(exchange, 1, new AtomicLong(), dripCut));
        hostile.createContext("/over", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(new byte[MAX_BYTES + 1]);
            } catch (IOException expected) {
                // the fetcher hung up at the limit
            }
        });
        hostile.start();
        Path directory = Files.createTempDirectory(AttackPostgres.scratch(), "asset-fetch-");
        server = AttackServer.start(fixture, fixture.writeTo(directory),
                AttackServer.postgres(AttackPostgres.shared().jdbcUrl()), "--asset-download-timeout-ms", "2000");
        store = new FlowRows(AttackPostgres.shared(), fixture.load.accountId());
    }

    @AfterAll
    void stop() throws SQLException {
        server.close();
        hostile.stop(0);
        hostileThreads.shutdownNow();
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/link-local", "/file", "/endless", "/over", "/drip"})
    @DisplayName("refused with InvalidParameter.FilePath, naming no address, and the flow unchanged")
    void refusedAndNothingStored(String path) throws IOException {
        String before = store.read();
        assertThat(before).contains(flow.flowId());

        RawResponse answer = call(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", flow.flowId(),
                "FilePath", "http://127.0.0.1:" + hostile.getAddress().getPort() + path, "CustSpaceId", flow.spaceId()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(ErrorContract.assertClientError(answer, fixture.secrets(), path)).isEqualTo("InvalidParameter.FilePath");
        assertThat(ErrorContract.parse(answer).path("Message").asText()).doesNotContain("169.254", "127.0.0.1", "passwd");
        assertThat(store.read()).as("the flows after %s", path).isEqualTo(before);
        JsonNode asset = ErrorContract.parse(call(CamsAction.GET_FLOW_JSON_ASSET, Map.of("FlowId", flow.flowId())));
        assertThat(asset.path("Data").has("FilePath")).as("a Flow JSON stored after %s", path).isFalse();
    }

    @Test
    @DisplayName("an endless body is cut at the limit and the slow drip at the deadline: the fetcher hangs up on both")
    void endlessAndDripAreCut() throws Exception {
        String base = "http://127.0.0.1:" + hostile.getAddress().getPort();
        for (String path : new String[] {"/endless", "/drip"}) {
            call(CamsAction.UPDATE_FLOW_JSON_ASSET, Map.of("FlowId", flow.flowId(), "FilePath", base + path));
        }

        assertThat(endlessCut.await(60, TimeUnit.SECONDS)).as("the endless body's connection closed").isTrue();
        assertThat(dripCut.await(60, TimeUnit.SECONDS)).as("the drip's connection closed").isTrue();
        assertThat(endlessBytes.get()).as("bytes the endless server wrote before the fetcher hung up")
                .isGreaterThan(MAX_BYTES).isLessThan(MAX_BYTES + SLACK);
    }

    private RawResponse call(CamsAction action, Map<String, String> parameters) throws IOException {
        RpcCall call = RpcCall.of(action, parameters);
        return RawHttp.exchange(server.port(), Signing.as(fixture.load.key(AttackFixture.Role.ROOT), server.endpoint())
                .wire(CallVariant.tea(), call).toBytes());
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /**
     * Writes {@code chunk} bytes at a time until the fetcher hangs up, then keeps in {@code mostWritten}
     * the most one exchange wrote; the drip pauses between its bytes.
     */
    private static void endless(HttpExchange exchange, int chunk, AtomicLong mostWritten, CountDownLatch cut)
            throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] bytes = new byte[chunk];
        long written = 0;
        try (OutputStream body = exchange.getResponseBody()) {
            while (true) {
                body.write(bytes);
                body.flush();
                written += chunk;
                if (chunk == 1) {
                    Thread.sleep(50); // the drip's pace, a hostile server's behaviour: no test waits on it
                }
            }
        } catch (IOException | InterruptedException hungUp) {
            long total = written;
            mostWritten.accumulateAndGet(total, Math::max);
            cut.countDown();
        }
    }
}
