package io.flowhex.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.flowhex.bootstrap.config.RawSettings;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code --store postgresql-embedded} as a user tries it: one instance starts PostgreSQL under its
 * data directory, another joins it with {@code --store postgresql}; and the database failures a
 * PostgreSQL can give at start, each named by its own reason.
 */
@DisplayName("--store postgresql-embedded, and PostgreSQL start failures")
class EmbeddedPostgresStartTest {

    private static final Pattern SHARED_URL = Pattern.compile("other instances: --store postgresql --jdbc-url (\\S+)");
    private static final Pattern SECRET = Pattern.compile("demo AccessKeySecret: (\\S+)");

    @TempDir
    static Path dataDir;
    private static FlowServer first;
    private static String firstReport;
    private static String url;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void startTheFirstInstance() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        first = Main.start(List.of("--store", "postgresql-embedded", "--embedded-postgres-port", "0", "--data-dir",
                dataDir.toString(), "--port", "0", "--pool-timeout-ms", "10000"), Map.of(), print(report));
        firstReport = report.toString(StandardCharsets.UTF_8);
        Matcher shared = SHARED_URL.matcher(firstReport);
        assertThat(shared.find()).as(firstReport).isTrue();
        url = shared.group(1);
    }

    @AfterAll
    static void stopTheFirstInstance() {
        if (first != null) {
            first.stop();
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return Main.run(List.of(args), Map.of(), print(out), print(err));
    }

    private String failure() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Another instance's flags; a failure to connect is named once the pool's default wait is over. */
    private static List<String> joining(String jdbcUrl, String... extra) {
        List<String> args = new ArrayList<>(List.of("--store", "postgresql", "--jdbc-url", jdbcUrl, "--port", "0"));
        args.addAll(List.of(extra));
        return args;
    }

    private static String secret(String report) {
        Matcher matcher = SECRET.matcher(report);
        assertThat(matcher.find()).as(report).isTrue();
        return matcher.group(1);
    }

    @Test
    @DisplayName("the first instance reports its PostgreSQL, its data directory and what other instances pass")
    void report() {
        Path directory = dataDir.toAbsolutePath().normalize().resolve("postgresql");

        assertThat(url).matches("jdbc:postgresql://localhost:\\d+/postgres");
        assertThat(firstReport).contains("store: postgresql-embedded (" + url + ", user postgres, data in " + directory + ")")
                .contains("other instances: --store postgresql --jdbc-url " + url
                        + " --jdbc-user postgres (and a --port of their own)");
        assertThat(directory.resolve("PG_VERSION")).exists();
    }

    @Test
    @DisplayName("a second instance joins with --store postgresql and serves the same data; a password in its URL is masked in the report and the log")
    void secondInstance() {
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        lines.start();
        root.addAppender(lines);
        // FlowServer.start, not Main.start: Main configures logging afresh, dropping the test's appender
        FlowServer second = FlowServer.start(ServerSettings.from(RawSettings.resolve(
                joining(url + "?password=hunter2-in-url", "--jdbc-user", "postgres"), Map.of())), Clock.systemUTC(),
                print(out));
        try {
            String report = out.toString(StandardCharsets.UTF_8);
            assertThat(secret(report)).as("the demo account the first instance created").isEqualTo(secret(firstReport));
            assertThat(report).contains("store: postgresql (" + url + "?password=****)").doesNotContain("hunter2");
            assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).contains(url + "?password=****"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("hunter2"));
        } finally {
            root.detachAppender(lines);
            second.stop();
        }
    }

    @Test
    @DisplayName("a database that does not exist is named as such")
    void noSuchDatabase() {
        String missing = url.replace("/postgres", "/flowhex_missing");

        assertThat(run(joining(missing, "--jdbc-user", "postgres").toArray(String[]::new))).isEqualTo(Main.START_FAILED);

        assertThat(failure()).isEqualTo("flow-server did not start: the database named in " + missing + " does not exist"
                + " on that server (SQLState 3D000); create it, or check --jdbc-url" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    @DisplayName("a user the server does not know is a refused login")
    void unknownUser() {
        assertThat(run(joining(url, "--jdbc-user", "nobody", "--jdbc-password", "hunter2").toArray(String[]::new)))
                .isEqualTo(Main.START_FAILED);

        assertThat(failure()).isEqualTo("flow-server did not start: the database refused the login of user 'nobody'"
                + " (SQLState 28000); check --jdbc-user and --jdbc-password (or the user and password in --jdbc-url)"
                + System.lineSeparator());
    }

    @Test
    @DisplayName("a wrong password is a refused login, and the password is never shown")
    void wrongPassword() throws Exception {
        requirePasswordOf("flowhex_app", "the-right-one");

        assertThat(run(joining(url, "--jdbc-user", "flowhex_app", "--jdbc-password", "hunter2-wrong").toArray(String[]::new)))
                .isEqualTo(Main.START_FAILED);

        assertThat(failure()).isEqualTo("flow-server did not start: the database refused the login of user"
                + " 'flowhex_app' (SQLState 28P01); check --jdbc-user and --jdbc-password (or the user and password in"
                + " --jdbc-url)" + System.lineSeparator()).doesNotContain("hunter2");
    }

    @Test
    @DisplayName("the embedded PostgreSQL's port in use stops the start before its data directory is made")
    void embeddedPortTaken(@TempDir Path otherDir) throws IOException {
        int port;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = taken.getLocalPort();
            assertThat(run("--store", "postgresql-embedded", "--embedded-postgres-port", Integer.toString(port),
                    "--data-dir", otherDir.toString(), "--port", "0")).isEqualTo(Main.START_FAILED);
        }

        assertThat(failure()).isEqualTo("flow-server did not start: localhost:" + port + " is already in use; stop what"
                + " listens there, or choose another --embedded-postgres-port" + System.lineSeparator());
        assertThat(otherDir.resolve("postgresql")).doesNotExist();
    }

    @Test
    @DisplayName("stopped and started again on the same --data-dir, it keeps its data")
    void restart(@TempDir Path ownDir) {
        List<String> args = List.of("--store", "postgresql-embedded", "--embedded-postgres-port", "0", "--data-dir",
                ownDir.toString(), "--port", "0", "--pool-timeout-ms", "10000");
        Main.start(args, Map.of(), print(out)).stop();
        String before = secret(out.toString(StandardCharsets.UTF_8));
        assertThat(ownDir.resolve("postgresql").resolve("postmaster.pid")).as("stopped cleanly").doesNotExist();
        out.reset();

        FlowServer again = Main.start(args, Map.of(), print(out));
        try {
            assertThat(secret(out.toString(StandardCharsets.UTF_8))).isEqualTo(before);
        } finally {
            again.stop();
        }
    }

    /**
     * The embedded server trusts every local login; this makes one role prove its password, as a
     * real server does (pg_hba.conf matches its first line).
     */
    private static void requirePasswordOf(String role, String password) throws IOException, SQLException {
        Path hba = dataDir.toAbsolutePath().normalize().resolve("postgresql").resolve("pg_hba.conf");
        String rules = "host all " + role + " 127.0.0.1/32 scram-sha-256\nhost all " + role + " ::1/128 scram-sha-256\n";
        String existing = Files.readString(hba);
        if (!existing.startsWith(rules)) {
            Files.writeString(hba, rules + existing);
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            // a fixed role name and password: DDL takes no parameters
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN"
                    + " CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
            statement.execute("SELECT pg_reload_conf()");
        }
    }
}
