package io.flowhex.benchmarks.load;

import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.benchmarks.SignedRequests;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.bootstrap.config.LogFormat;
import io.flowhex.bootstrap.config.RawSettings;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.logging.LoggingSetup;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The server side of a load run, in a JVM of its own so that the load generator's allocations and
 * pauses are not the server's: flow-server ({@link FlowServer}, store {@code memory}) with
 * {@code accounts} accounts at the maximum QPS override plus one at the default 5 calls/s, and a
 * {@link FixedBodyServer} with the same thread pool settings answering the bytes of a real GetFlow
 * answer. Prints {@code READY <flow port> <fixed port>} and runs until its standard input closes.
 *
 * <p>The accounts come from {@link Tenants#provision}, whose ids and secrets follow the testkit's
 * deterministic sequence: the load generator provisions the same tenants into a throwaway in-memory
 * application of its own and so holds the same keys.
 */
public final class ServerHost {

    private ServerHost() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args.length > 0 ? args[0] : "64");
        LoggingSetup.configure(LogFormat.TEXT);
        ServerSettings settings = ServerSettings.from(RawSettings.resolve(List.of("--store", "memory", "--host",
                "127.0.0.1", "--port", "0", "--demo-data", "false"), Map.of()));
        try (FlowServer server = FlowServer.start(settings, Clock.systemUTC(), System.err)) {
            Tenants tenants = provision(server.application(), accounts).get(0);
            URI endpoint = URI.create("http://127.0.0.1:" + server.port());
            HttpResponse<byte[]> sample = HttpClient.newHttpClient().send(
                    SignedRequests.getFlow(tenants, 0, SignatureScheme.ACS3_HMAC_SHA256, endpoint).toHttpRequest(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (sample.statusCode() != 200) {
                throw new IllegalStateException("GetFlow is refused: " + new String(sample.body(), StandardCharsets.UTF_8));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : List.of("Content-Type", "Cache-Control", "x-acs-request-id")) {
                sample.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
            }
            try (FixedBodyServer fixed = FixedBodyServer.start(settings.maxThreads(), headers, sample.body())) {
                System.out.println("READY " + server.port() + " " + fixed.port() + " " + settings.maxThreads());
                System.out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (in.readLine() != null) {
                    // runs until the load generator closes the pipe
                }
            }
        }
    }

    /**
     * The tenants of a load run, in a fixed order: {@code accounts} at the maximum QPS override, then
     * one at the default limit. Run in a fresh JVM, this yields the same ids and keys every time.
     */
    static List<Tenants> provision(io.flowhex.application.FlowhexApplication app, int accounts) {
        return List.of(Tenants.provision(app, accounts), Tenants.provision(app, 1, OptionalInt.empty()));
    }
}
