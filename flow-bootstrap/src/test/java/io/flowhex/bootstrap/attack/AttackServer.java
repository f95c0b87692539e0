package io.flowhex.bootstrap.attack;

import io.flowhex.bootstrap.cli.Main;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A flow-server started in-process through its own entry point ({@link Main#start}) on a free
 * loopback port, serving the attack fixture from the chosen store. Its startup report and its logs
 * go to {@link SuiteLogs}.
 */
final class AttackServer implements AutoCloseable {

    private final FlowServer server;

    private AttackServer(FlowServer server) {
        this.server = server;
    }

    /** The arguments that choose a store. */
    static List<String> memory() {
        return List.of("--store", "memory");
    }

    static List<String> h2(Path dataDir) {
        return List.of("--store", "h2", "--data-dir", dataDir.toString());
    }

    static List<String> postgres(String jdbcUrl) {
        return List.of("--store", "postgresql", "--jdbc-url", jdbcUrl, "--jdbc-user", "postgres",
                "--jdbc-password", "postgres");
    }

    /** Starts on port 0 with the fixture imported; {@code more} are further flags, e.g. a pool timeout. */
    static AttackServer start(AttackFixture fixture, Path fixtureFile, List<String> store, String... more) {
        return start(fixture, fixtureFile, Clock.systemUTC(), store, more);
    }

    /** As {@link #start(AttackFixture, Path, List, String...)}, the server reading {@code clock}. */
    static AttackServer start(AttackFixture fixture, Path fixtureFile, Clock clock, List<String> store,
            String... more) {
        SuiteLogs logs = SuiteLogs.get();
        fixture.secrets().forEach(logs::forbidSecret);
        List<String> args = new ArrayList<>(List.of("--port", "0", "--fixtures", fixtureFile.toString()));
        args.addAll(store);
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlowServer server = Main.start(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), clock);
        logs.record("startup report", out.toString(StandardCharsets.UTF_8));
        return new AttackServer(server);
    }

    int port() {
        return server.port();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    FlowServer flowServer() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
