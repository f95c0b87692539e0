package io.flowhex.benchmarks.load;

import io.flowhex.bootstrap.config.LogFormat;
import io.flowhex.bootstrap.config.RawSettings;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.logging.LoggingSetup;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One flow-server instance of a {@link MultiInstanceLoad} run, in a JVM of its own, on the shared
 * PostgreSQL with the shared quota: {@code <jdbc url> <accounts> <provision: true|false>}. The
 * instance told to provision creates the run's tenants ({@link ServerHost#provision}, the same
 * deterministic ids and keys the load generator mirrors); the others find them in the database.
 * Prints {@code READY <port>} and runs until its standard input closes.
 */
public final class PostgresServerHost {

    private PostgresServerHost() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        int accounts = Integer.parseInt(args[1]);
        boolean provision = Boolean.parseBoolean(args[2]);
        LoggingSetup.configure(LogFormat.TEXT);
        ServerSettings settings = ServerSettings.from(RawSettings.resolve(List.of("--store", "postgresql",
                "--jdbc-url", jdbcUrl, "--jdbc-user", "postgres", "--quota", "shared", "--host", "127.0.0.1",
                "--port", "0", "--demo-data", "false"), Map.of()));
        try (FlowServer server = FlowServer.start(settings, Clock.systemUTC(), System.err)) {
            if (provision) {
                ServerHost.provision(server.application(), accounts);
            }
            System.out.println("READY " + server.port());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // runs until the load generator closes the pipe
            }
        }
    }
}
