package io.flowhex.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.ParameterPlacement;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.testkit.LoopbackPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code flow-server.jar} as a user runs it: in its own JVM, in an empty directory,
 * on its embedded defaults (but port 0). Runs after {@code package}, under failsafe.
 */
class ServerJarIT {

    private static final Path JAR = Path.of("target/flow-server.jar").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private Process server;
    private Path log;

    @AfterEach
    void killServer() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    /** The server's stdout and stderr go to a file: destroy() (SIGTERM) closes the process's pipes. */
    private int start(Path workDir, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString(), "--port", "0"));
        command.addAll(List.of(extra));
        log = workDir.resolve("server.log");
        server = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && server.isAlive()) {
            Matcher matcher = LISTENING.matcher(output());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server never said where it listens: " + output());
    }

    /** Polls the server's output until it has printed {@code line}; fails after a minute. */
    private void awaitOutput(String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (output().contains(line)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the server never printed '" + line + "': " + output());
    }

    private String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    @DisplayName("on its defaults it creates the H2 data, loads the demo account, and the printed command works")
    void defaultsAndThePrintedCommand(@TempDir Path workDir) throws Exception {
        start(workDir);

        assertThat(Files.isDirectory(workDir.resolve("flowhex-data"))).isTrue();
        String tryIt = output().lines().filter(l -> l.strip().startsWith("java -jar ")).findFirst().orElseThrow().strip();
        List<String> command = new ArrayList<>(List.of(tryIt.split(" ")));
        command.set(0, javaBinary());
        Process call = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String answer = new String(call.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(call.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(call.exitValue()).isZero();
        assertThat(answer).contains("\"Code\":\"OK\"").contains("\"FlowId\":\"92675332812643\"");
    }

    @Test
    @DisplayName("SIGTERM lets requests in flight finish with their answers, refusing new connections meanwhile, then the server exits")
    void sigtermLosesNoRequestInFlight(@TempDir Path workDir) throws Exception {
        Path fixtures = workDir.resolve("fixtures.json");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/valid.json")) {
            Files.write(fixtures, in.readAllBytes());
        }
        int port = start(workDir, "--store", "memory", "--fixtures", fixtures.toString(), "--shutdown-timeout-ms", "15000");
        List<Socket> sockets = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SignedRequest request = CamsRequestSigner.of("LTAI5tFixtureRoot", "FixtureRootSecret/+~*1")
                    .sign(SignatureScheme.V1_HMAC_SHA1, URI.create("http://127.0.0.1:" + port + "/"),
                            new RpcCall("POST", "GetFlow", RpcCall.CAMS_VERSION,
                                    Map.of("FlowId", "31415926535897", "CustSpaceId", "cams-space-a"),
                                    ParameterPlacement.FORM_BODY));
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head(request, port));
            socket.getOutputStream().flush();
            // the server asks for the body once the handler reads it: from here the request is in flight
            assertThat(interimResponse(socket.getInputStream())).startsWith("HTTP/1.1 100");
            sockets.add(socket);
            bodies.add(request.body());
        }

        server.destroy(); // SIGTERM
        // the bodies go as soon as the stop has begun: a connection silent for a second of the stop is
        // closed (JettyCamsServer's shutdown idle timeout), so waiting longer would race that second
        awaitOutput("flow-server stopping");
        for (int i = 0; i < sockets.size(); i++) {
            OutputStream body = sockets.get(i).getOutputStream();
            body.write(bodies.get(i));
            body.flush();
        }
        LoopbackPort.awaitRefused(port);
        List<String> answers = new ArrayList<>();
        for (Socket socket : sockets) {
            answers.add(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            socket.close();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).startsWith("HTTP/1.1 200").contains("\"Code\":\"OK\""));
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).as("a stop asked for and carried out is a success").isZero();
        assertThat(output()).contains("flow-server stopping").contains("flow-server stopped");
    }

    @Test
    @DisplayName("a second server on the same data directory stops at once, naming the H2 database in use by the first")
    void secondInstanceOnTheSameDataDirectory(@TempDir Path workDir) throws Exception {
        start(workDir);
        Path second = workDir.resolve("second.log");
        Process other = new ProcessBuilder(javaBinary(), "-jar", JAR.toString(), "--port", "0")
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(second.toFile()).start();

        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isEqualTo(2);
        assertThat(Files.readString(second, StandardCharsets.UTF_8)).contains("flow-server did not start: the H2"
                + " database under " + workDir.resolve("flowhex-data") + " is in use by another process (another"
                + " flow-server on the same --data-dir?) (SQLState 90020); stop it, or choose another --data-dir\n")
                .doesNotContain("demo AccessKeySecret").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("with postgresql-embedded, SIGTERM stops PostgreSQL too and exits 0; the next start finds the same data")
    void embeddedPostgresStopsWithTheServer(@TempDir Path workDir) throws Exception {
        String[] embedded = {"--store", "postgresql-embedded", "--embedded-postgres-port", "0"};
        start(workDir, embedded);
        String secret = demoSecret();
        Path pid = workDir.resolve("flowhex-data").resolve("postgresql").resolve("postmaster.pid");
        assertThat(pid).exists();

        server.destroy(); // SIGTERM
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        assertThat(output()).contains("embedded PostgreSQL stopped").contains("flow-server stopped");
        assertThat(pid).as("PostgreSQL shut down cleanly").doesNotExist();

        start(workDir, embedded);
        assertThat(demoSecret()).isEqualTo(secret);
    }

    private String demoSecret() throws IOException {
        return output().lines().filter(l -> l.startsWith("demo AccessKeySecret:")).findFirst().orElseThrow()
                .substring("demo AccessKeySecret:".length()).strip();
    }

    /** The interim response ({@code 100 Continue}) up to its blank line. */
    private static String interimResponse(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an interim response: " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }

    /**
     * The signed request's line and headers as bytes on the wire, announcing its body with
     * {@code Expect: 100-continue} and closing the connection after the answer; the body follows later.
     */
    private static byte[] head(SignedRequest request, int port) {
        StringBuilder head = new StringBuilder()
                .append(request.method()).append(' ').append(request.uri().getRawPath());
        if (request.uri().getRawQuery() != null) {
            head.append('?').append(request.uri().getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        head.append("Expect: 100-continue\r\nContent-Length: ").append(request.body().length).append("\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }
}
