package io.flowhex.bootstrap.multi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code flow-server.jar} in its own JVM, its output in a file (a killed process's pipes would
 * otherwise be lost). Ready once it printed where it listens and {@code GET /health} answers 200;
 * both waits poll with a generous deadline, since several JVMs start at once on a small machine.
 */
final class ServerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/flow-server.jar").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_DEADLINE = Duration.ofMinutes(3);
    // small heaps and the quick compiler: three servers, PostgreSQL and the tests share two cores
    private static final List<String> JVM_OPTIONS = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final Process process;
    private final Path log;
    private int port;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Launches the jar with these settings (plus {@code --port 0}); {@link #awaitReady} waits for it. */
    static ServerProcess launch(String name, Path workDir, List<String> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString(), "--port", "0"));
        command.addAll(settings);
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ServerProcess(name, process, log);
    }

    /** Waits until the server said where it listens and its health check answers 200. */
    ServerProcess awaitReady(HttpClient client) throws Exception {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (port == 0) {
            Matcher matcher = LISTENING.matcher(output());
            if (matcher.find()) {
                port = Integer.parseInt(matcher.group(1));
            } else {
                pauseOrFail(deadline, "never said where it listens");
            }
        }
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).timeout(Duration.ofSeconds(30)).build();
        while (true) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // the port is bound before the handler serves: asked again below
            }
            pauseOrFail(deadline, "never answered /health with 200");
        }
    }

    private void pauseOrFail(long deadline, String what) throws Exception {
        if (!process.isAlive() || System.nanoTime() > deadline) {
            throw new AssertionError(name + " " + what + " (alive: " + process.isAlive() + "):\n" + output());
        }
        Thread.sleep(100); // polling a process's progress; no assertion depends on this pause
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, connections cut mid-request. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " outlived SIGKILL by a minute");
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
