package io.flowhex.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.bootstrap.server.FlowServer;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a bad setting stops the start with exit code 2 and a line naming the setting")
    void badSetting() {
        assertThat(run("--store", "memory", "--default-qps", "lots")).isEqualTo(Main.START_FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("flow-server did not start: invalid setting --default-qps (FLOWHEX_DEFAULT_QPS)");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("listening on");
    }

    @Test
    @DisplayName("a bad fixture file stops the start with a message naming the file and the problem")
    void badFixture(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fixtures.json");
        Files.writeString(file, "{\"accounts\": [{\"accountId\": \"12ab\"}]}");

        assertThat(run("--store", "memory", "--port", "0", "--fixtures", file.toString())).isEqualTo(Main.START_FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(file.toString())
                .contains("accounts[0].accountId: AccountId must contain only the digits 0-9");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("listening on");
    }

    @Test
    @DisplayName("a fixture changed since the last start stops the next start naming the entry, unless replace is asked for")
    void changedFixture(@TempDir Path dir) throws Exception {
        Path fixtures = dir.resolve("fixtures.json");
        String valid = Files.readString(Path.of(MainTest.class.getResource("/fixtures/valid.json").toURI()));
        Files.writeString(fixtures, valid);
        List<String> h2 = List.of("--store", "h2", "--data-dir", dir.resolve("data").toString(), "--port", "0",
                "--pool-timeout-ms", "60000", "--fixtures", fixtures.toString());
        Main.start(h2, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8)).stop();
        Files.writeString(fixtures, valid.replace("\"flowName\": \"flow_002\"", "\"flowName\": \"flow_two\""));

        assertThat(run(h2.toArray(String[]::new))).isEqualTo(Main.START_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("flow-server did not start: fixture file " + fixtures)
                .contains("flow 31415926535898 exists with other values (flowName)")
                .contains("--fixture-conflicts replace");

        List<String> replacing = new ArrayList<>(h2);
        replacing.addAll(List.of("--fixture-conflicts", "replace"));
        out.reset();
        FlowServer server = Main.start(replacing, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 flows; 1 replaced)");
            assertThat(server.application().provision().findFlow(new FlowId("31415926535898")).orElseThrow().name())
                    .isEqualTo(new FlowName("flow_two"));
        } finally {
            server.stop();
        }
    }

    @Test
    @DisplayName("a database port where nothing listens stops the start naming it unreachable, with exit code 2 and one line")
    void databaseUnreachable(@TempDir Path dir) throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int exit = run("--store", "postgresql", "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + closedPort
                + "/postgres?password=hunter2-in-url", "--jdbc-user", "postgres", "--jdbc-password", "hunter2-flag",
                "--pool-timeout-ms", "2000", "--port", "0");

        assertThat(exit).isEqualTo(Main.START_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("flow-server did not start: nothing answers at"
                + " jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres?password=**** (SQLState 08001); check"
                + " --jdbc-url and that the database is running" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @DisplayName("a database host that does not resolve stops the start naming the host as unknown")
    void unknownDatabaseHost() {
        int exit = run("--store", "postgresql", "--jdbc-url", "jdbc:postgresql://flowhex-no-such-host.invalid:5432/postgres",
                "--jdbc-user", "postgres", "--jdbc-password", "hunter2", "--pool-timeout-ms", "5000", "--port", "0");

        assertThat(exit).isEqualTo(Main.START_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("flow-server did not start: the database host"
                + " 'flowhex-no-such-host.invalid' is unknown (the name does not resolve); check --jdbc-url"
                + System.lineSeparator());
    }

    @Test
    @DisplayName("the smallest pool accepted, two connections, migrates and serves an H2 database")
    void smallestPool(@TempDir Path dir) {
        FlowServer server = Main.start(List.of("--store", "h2", "--data-dir", dir.toString(), "--port", "0",
                "--pool-size", "2", "--pool-timeout-ms", "60000"), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(server.application().health().isHealthy()).isTrue();
        } finally {
            server.stop();
        }
    }

    @Test
    @DisplayName("a port in use stops the start before anything is printed or created: no demo secret, no data directory")
    void portTaken(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        int port;
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = taken.getLocalPort();
            assertThat(run("--data-dir", data.toString(), "--port", Integer.toString(port))).isEqualTo(Main.START_FAILED);
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("flow-server did not start: 127.0.0.1:" + port
                + " is already in use; stop what listens there, or choose another --port" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(data).doesNotExist();
    }

    @Test
    @DisplayName("--help lists the settings and exits 0")
    void help() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--jdbc-url").contains("FLOWHEX_PORT").contains("call");
    }

    @Test
    @DisplayName("the call subcommand explains its usage and exits 2 when arguments are missing")
    void callUsage() {
        assertThat(run("call", "GetFlow")).isEqualTo(CallCommand.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: call --endpoint URL");
    }
}
