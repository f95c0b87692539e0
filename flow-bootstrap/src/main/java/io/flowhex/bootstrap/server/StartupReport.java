package io.flowhex.bootstrap.server;

import io.flowhex.adapter.jdbc.JdbcUrls;
import io.flowhex.adapter.rest.OwnAddress;
import io.flowhex.bootstrap.fixtures.FixtureImporter;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * What the server prints at start, on standard output: the store, what was loaded, a command that
 * calls GetFlow when pasted, and always a line {@code listening on http://HOST:PORT} that scripts
 * and tests wait for.
 */
final class StartupReport {

    private final PrintStream out;
    private DemoData.Credentials demo;

    StartupReport(PrintStream out) {
        this.out = out;
    }

    void store(String description) {
        out.println("flowhex flow-server: CAMS 2020-06-06 flow API (10 actions)");
        out.println("store: " + description);
    }

    /** The flags another instance on this machine needs to share the embedded PostgreSQL. */
    void otherInstances(String jdbcUrl) {
        out.println("other instances: --store postgresql --jdbc-url " + JdbcUrls.masked(jdbcUrl) + " --jdbc-user "
                + LocalPostgres.USER + " (and a --port of their own)");
    }

    void fixtures(Path file, FixtureImporter.Summary summary) {
        out.println("fixtures: " + file + " (" + summary.accounts() + " accounts, " + summary.accessKeys()
                + " access keys, " + summary.ramUsers() + " RAM users, " + summary.policies() + " policies, "
                + summary.flows() + " flows" + (summary.replaced() > 0 ? "; " + summary.replaced() + " replaced" : "")
                + ")");
    }

    void demo(DemoData.Credentials credentials) {
        this.demo = credentials;
        out.println("demo account:         " + credentials.account());
        out.println("demo AccessKeyId:     " + credentials.accessKeyId());
        out.println("demo AccessKeySecret: " + credentials.secret().reveal());
        out.println("demo FlowId:          " + credentials.flowId() + " (CustSpaceId " + credentials.space() + ")");
    }

    void admin(boolean on) {
        out.println(on ? "admin API: on under /admin (Authorization: Bearer <--admin-token>)"
                : "admin API: off (set --admin-token to turn it on)");
    }

    void links(URI base) {
        out.println("links: " + base + "/flows/... (preview pages and Flow JSON downloads, signed, no AccessKey needed)");
    }

    void listening(String host, int port) {
        // where a client on this machine calls it: a wildcard address is reached on loopback
        String hostPort = OwnAddress.baseUrl(host, port).getRawAuthority();
        String endpoint = "http://" + hostPort;
        out.println("endpoint: " + endpoint);
        // the official SDKs take host:port without a scheme, and plain HTTP as a protocol of its own
        out.println("SDK endpoint: " + hostPort + " (new Config().setEndpoint(\"" + hostPort
                + "\").setProtocol(\"HTTP\"))");
        if (demo != null) {
            out.println("try it:");
            out.println("  java -jar " + jarPath() + " call --endpoint " + endpoint + " --access-key-id "
                    + demo.accessKeyId() + " --access-key-secret " + demo.secret().reveal() + " GetFlow FlowId="
                    + demo.flowId());
        }
        out.println("listening on http://" + OwnAddress.inUrl(host) + ":" + port);
        out.flush();
    }

    /** The path of the running jar, so the printed command works when pasted from the same directory. */
    private static String jarPath() {
        try {
            Path location = Paths.get(StartupReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.toString().endsWith(".jar")) {
                Path cwd = Path.of("").toAbsolutePath();
                return location.startsWith(cwd) ? cwd.relativize(location).toString() : location.toString();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the documented location
        }
        return "flow-bootstrap/target/flow-server.jar";
    }
}
