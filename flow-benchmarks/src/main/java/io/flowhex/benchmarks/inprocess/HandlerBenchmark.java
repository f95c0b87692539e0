package io.flowhex.benchmarks.inprocess;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.benchmarks.RotatingNonceStore;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;

/**
 * (e) The HTTP handler in process, no sockets: {@link CamsRpcHandler#handle} parses the request,
 * verifies the signature (ACS3 or V1), runs GetFlow on the in-memory adapters and writes the JSON body.
 * Each invocation handles a distinct request pre-signed with the client signer ({@link SignedRequests});
 * the pool of {@link #POOL} is replayed in rounds on a fresh nonce store each round
 * ({@link RotatingNonceStore}), so every request is valid and none is refused as a replay. The
 * handler's access log ({@code io.flowhex.access}, one INFO line per request) is set to WARN here: in
 * a JMH fork it would measure the console pipe to the JMH host. The HTTP load run keeps it on, as the
 * server runs, writing to a file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class HandlerBenchmark {

    static final int POOL = 16_384;
    private static final int TENANTS = 16;

    @Param({"ACS3_HMAC_SHA256", "V1_HMAC_SHA1"})
    public SignatureScheme scheme;

    private CamsRpcHandler handler;
    private RotatingNonceStore.Replay<CamsHttpRequest> requests;

    @Setup
    public void setUp() {
        ((Logger) LoggerFactory.getLogger("io.flowhex.access")).setLevel(Level.WARN);
        RotatingNonceStore nonces = new RotatingNonceStore(POOL);
        FlowhexApplication app = FlowhexApplication.custom().stores(InMemoryStores.create()).nonces(nonces).build();
        Tenants tenants = Tenants.provision(app, TENANTS);
        handler = new CamsRpcHandler(app.authenticate(), ActionRoutes.custom().getFlow(app.getFlow()).build(), app.health(), RestSettings.ofDefaults());
        URI endpoint = URI.create("http://127.0.0.1:8080");
        CamsHttpRequest[] signed = new CamsHttpRequest[POOL];
        for (int i = 0; i < POOL; i++) {
            signed[i] = SignedRequests.getFlow(tenants, i, scheme, endpoint).toCamsHttpRequest("127.0.0.1");
        }
        requests = nonces.replay(signed);
        CamsHttpResponse probe = handler.handle(SignedRequests.getFlow(tenants, 0, scheme, endpoint)
                .toCamsHttpRequest("127.0.0.1"));
        if (probe.status() != 200) {
            throw new IllegalStateException("a pre-signed request is refused: " + probe.bodyText());
        }
    }

    @Benchmark
    public CamsHttpResponse handle() {
        return handler.handle(requests.next());
    }
}
