package io.flowhex.bootstrap.cli;

import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.bootstrap.config.HelpText;
import io.flowhex.bootstrap.config.RawSettings;
import io.flowhex.bootstrap.config.ServerSettings;
import io.flowhex.bootstrap.config.Setting;
import io.flowhex.bootstrap.config.SettingsException;
import io.flowhex.bootstrap.fixtures.FixtureException;
import io.flowhex.bootstrap.logging.LoggingSetup;
import io.flowhex.bootstrap.server.FlowServer;
import io.flowhex.bootstrap.server.StartException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar flow-server.jar [options]} serves; {@code ... call ...} is the signing client;
 * {@code --help} lists every setting. A bad setting or fixture file stops the start with exit code 2
 * and one line naming it.
 */
public final class Main {

    public static final int START_FAILED = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int exit = run(Arrays.asList(args), System.getenv(), System.out, System.err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs a subcommand to its end; for {@code serve}, returns only after a stop (SIGTERM). */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("call")) {
            return CallCommand.run(args.subList(1, args.size()), out, err);
        }
        if (args.contains("--help") || args.contains("-h")) {
            out.print(HelpText.render());
            return 0;
        }
        FlowServer server;
        try {
            server = start(args, environment, out);
        } catch (SettingsException | FixtureException e) {
            err.println("flow-server did not start: " + e.getMessage());
            return START_FAILED;
        } catch (StartException | IllegalStateException e) {
            // a port in use, a database refusing or held elsewhere: named with the setting to look at
            err.println("flow-server did not start: " + e.getMessage());
            return START_FAILED;
        } catch (StoreUnavailableException e) {
            // a store failing at start after its database answered once (the schema checked, then gone)
            err.println("flow-server did not start: " + e.getMessage() + "; check " + Setting.JDBC_URL.flag()
                    + " and that the database is running");
            return START_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            LoggingSetup.flush();
            stopped.countDown();
            // A stop asked for (SIGTERM, SIGINT) and carried out is a success: without this the JVM
            // reports 143 (128 + SIGTERM), which supervisors and CI read as a crash. Everything this
            // process owns (HTTP, pool, an embedded PostgreSQL, the log queue) was closed just above.
            Runtime.getRuntime().halt(0);
        }, "flowhex-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Parses the settings, configures logging and starts the server; what tests call in-process. */
    public static FlowServer start(List<String> args, Map<String, String> environment, PrintStream out) {
        return start(args, environment, out, Clock.systemUTC());
    }

    /** As {@link #start(List, Map, PrintStream)}, on another clock (a test's, which it moves itself). */
    public static FlowServer start(List<String> args, Map<String, String> environment, PrintStream out, Clock clock) {
        RawSettings raw = RawSettings.resolve(args, environment);
        if (!raw.positional().isEmpty()) {
            throw new SettingsException("unexpected argument '" + raw.positional().get(0) + "' (see --help)");
        }
        ServerSettings settings = ServerSettings.from(raw);
        LoggingSetup.configure(settings.logFormat());
        return FlowServer.start(settings, clock, out);
    }
}
