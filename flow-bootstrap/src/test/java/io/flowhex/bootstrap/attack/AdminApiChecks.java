package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.bootstrap.cli.Main;
import io.flowhex.bootstrap.server.FlowServer;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admin API over real HTTP, on one store per subclass: a server started with {@code --admin-token}
 * and no data, reset and given {@code fixtures/valid.json} through the API before each test. The bad
 * input of issue 15 (no token, a wrong one, a token in the query string, malformed JSON, a huge body,
 * a wrong method, an unknown path) is each answered with a 4xx, a code and a RequestId, and changes
 * nothing; the token never reaches a log line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdminApiChecks {

    static final String TOKEN = "suite-admin-token-7f3a9c2e51d84b06";
    private static final String ROOT_ACCOUNT = "2718281828459045";
    private static final String OTHER_ACCOUNT = "6543210987654321";
    private static final String PUBLISHED_FLOW = "31415926535898";
    private static final String DRAFT_FLOW = "31415926535897";
    private static final List<String> FIXTURE_SECRETS = List.of("FixtureRootSecret/+~*1", "FixtureReaderSecret/+~*2",
            "FixtureNobodySecret/+~*3", "FixtureDisabledSecret4", "FixtureUnsubSecret5");
    private static final String UUID = "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}";

    private FlowServer server;
    private AdminClient admin;
    private String fixture;

    /** The flags that choose the store. */
    abstract List<String> store() throws IOException;

    @BeforeAll
    void start() throws IOException {
        SuiteLogs logs = SuiteLogs.get();
        logs.forbidSecret(TOKEN);
        FIXTURE_SECRETS.forEach(logs::forbidSecret);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/valid.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> args = new ArrayList<>(List.of("--port", "0", "--demo-data", "false", "--admin-token", TOKEN,
                // a guard for a busy build machine, not a bound the test measures
                "--pool-timeout-ms", "30000"));
        args.addAll(store());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server = Main.start(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        logs.record("startup report", report);
        assertThat(report).contains("admin API: on under /admin").doesNotContain(TOKEN);
        admin = new AdminClient(server.port(), TOKEN);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        SuiteLogs.get().assertClean();
    }

    @BeforeEach
    void resetAndImport() {
        assertThat(admin.send("POST", "/admin/reset", "").status()).isEqualTo(200);
        AdminClient.Answer imported = admin.send("POST", "/admin/fixtures", fixture);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    }

    private ProvisionUseCase provision() {
        return server.application().provision();
    }

    private void assertFixtureUnchanged() {
        JsonNode summary = admin.summary();
        assertThat(summary.path("Accounts").asLong()).isEqualTo(2);
        assertThat(summary.path("AccessKeys").asLong()).isEqualTo(5);
        assertThat(summary.path("Flows").path("Total").asLong()).isEqualTo(3);
        assertThat(provision().findFlow(new FlowId(PUBLISHED_FLOW)).orElseThrow().status()).isEqualTo(FlowStatus.PUBLISHED);
    }

    private static void assertError(AdminClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().path("Message").asText()).isNotBlank();
        assertThat(answer.json().path("RequestId").asText()).matches(UUID)
                .isEqualTo(answer.raw().header("x-acs-request-id"));
        assertThat(answer.raw().bodyText()).doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("the summary counts the fixture's accounts, AccessKeys and flows by status, and the limiter")
    void summary() {
        JsonNode summary = admin.summary();

        assertThat(summary.path("Accounts").asLong()).isEqualTo(2);
        assertThat(summary.path("AccessKeys").asLong()).isEqualTo(5);
        JsonNode flows = summary.path("Flows");
        assertThat(flows.path("Total").asLong()).isEqualTo(3);
        assertThat(flows.path("DRAFT").asLong()).isEqualTo(2);
        assertThat(flows.path("PUBLISHED").asLong()).isEqualTo(1);
        assertThat(flows.path("THROTTLED").asLong()).isZero();
        assertThat(flows.path("BLOCKED").asLong()).isZero();
        assertThat(summary.path("Limiter").path("TrackedAccounts").isIntegralNumber()).isTrue();
    }

    static Stream<Arguments> badCredentials() {
        return Stream.of(
                Arguments.of("no Authorization header", List.of()),
                Arguments.of("a wrong token", List.of("Authorization: Bearer wrong-token-wrong-token")),
                Arguments.of("the token but its last character", List.of("Authorization: Bearer "
                        + TOKEN.substring(0, TOKEN.length() - 1) + "X")),
                Arguments.of("the token with a character more", List.of("Authorization: Bearer " + TOKEN + "0")),
                Arguments.of("the token as Basic credentials", List.of("Authorization: Basic " + TOKEN)),
                Arguments.of("the scheme alone", List.of("Authorization: Bearer")),
                Arguments.of("the token twice", List.of("Authorization: Bearer " + TOKEN, "Authorization: Bearer " + TOKEN)),
                Arguments.of("the token in another header", List.of("X-Admin-Token: " + TOKEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCredentials")
    @DisplayName("a request without the right token is refused with one 401 for all, and changes nothing")
    void badCredentials(String name, List<String> headers) {
        AdminClient.Answer reset = admin.send("POST", "/admin/reset", "", headers);
        AdminClient.Answer unknownPath = admin.send("GET", "/admin/nothing-here", "", headers);

        assertError(reset, 401, "Admin.Unauthorized");
        assertThat(reset.raw().header("www-authenticate")).startsWith("Bearer");
        // the same answer whatever came, and no hint of which paths exist
        assertError(unknownPath, 401, "Admin.Unauthorized");
        assertThat(unknownPath.json().path("Message")).isEqualTo(reset.json().path("Message"));
        assertFixtureUnchanged();
    }

    @Test
    @DisplayName("a token in the query string is refused, with or without the header, and never logged")
    void tokenInQueryString() {
        AdminClient.Answer alone = admin.send("POST", "/admin/reset?token=" + TOKEN, "", List.of());
        AdminClient.Answer withHeader = admin.send("POST", "/admin/reset?access_token=" + TOKEN, "");

        assertError(alone, 400, "Admin.QueryStringRefused");
        assertError(withHeader, 400, "Admin.QueryStringRefused");
        assertFixtureUnchanged();
        String requestId = alone.json().path("RequestId").asText();
        List<String> lines = SuiteLogs.get().lines();
        assertThat(lines).anyMatch(line -> line.contains(requestId) && line.contains("action=admin"));
        assertThat(lines).noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    @DisplayName("an unknown path under /admin is 404 Admin.NotFound")
    void unknownPath() {
        assertError(admin.send("GET", "/admin/nothing-here", ""), 404, "Admin.NotFound");
        assertError(admin.send("GET", "/admin", ""), 404, "Admin.NotFound");
        assertError(admin.send("POST", "/admin/accounts/" + ROOT_ACCOUNT + "/reset/more", ""), 404, "Admin.NotFound");
        assertFixtureUnchanged();
    }

    @Test
    @DisplayName("a wrong method is 405 Admin.MethodNotAllowed naming the method that works")
    void wrongMethod() {
        AdminClient.Answer getReset = admin.send("GET", "/admin/reset", "");
        AdminClient.Answer deleteSummary = admin.send("DELETE", "/admin/summary", "");
        AdminClient.Answer postStatus = admin.send("POST", "/admin/flows/" + PUBLISHED_FLOW + "/status",
                "{\"Status\":\"THROTTLED\"}");

        assertError(getReset, 405, "Admin.MethodNotAllowed");
        assertThat(getReset.raw().header("allow")).isEqualTo("POST");
        assertError(deleteSummary, 405, "Admin.MethodNotAllowed");
        assertThat(deleteSummary.raw().header("allow")).isEqualTo("GET");
        assertError(postStatus, 405, "Admin.MethodNotAllowed");
        assertFixtureUnchanged();
    }

    @Test
    @DisplayName("a body over the request limit is 413 before anything is read, token or not")
    void hugeBody() {
        byte[] huge = ("{\"accounts\":[" + " ".repeat(200_000) + "]}").getBytes(StandardCharsets.UTF_8);

        AdminClient.Answer withToken = admin.send("POST", "/admin/fixtures", huge, List.of("Authorization: Bearer " + TOKEN));
        AdminClient.Answer without = admin.send("POST", "/admin/fixtures", huge, List.of());

        assertError(withToken, 413, "RequestEntityTooLarge");
        assertError(without, 413, "RequestEntityTooLarge");
        assertFixtureUnchanged();
    }

    @Test
    @DisplayName("malformed JSON is 400 with the place it broke, and imports nothing")
    void malformedFixture() {
        AdminClient.Answer answer = admin.send("POST", "/admin/fixtures", "{\"accounts\": [ {\"accountId\": ");

        assertError(answer, 400, "Admin.InvalidFixture");
        assertThat(answer.json().path("Message").asText()).startsWith("fixture body is not valid JSON (line 1");
        assertError(admin.send("POST", "/admin/fixtures", ""), 400, "Admin.InvalidFixture");
        assertFixtureUnchanged();
    }

    @Test
    @DisplayName("a fixture with one bad entry imports none of it: all or nothing")
    void allOrNothing() {
        String newAccount = "1234567890123456";
        String body = """
                {"accounts": [
                  {"accountId": "%s", "subscribed": true, "spaces": ["s1"],
                   "accessKeys": [{"accessKeyId": "LTAI5tAdminNew", "accessKeySecret": "AdminNewSecret1"}], "flows": []},
                  {"accountId": "1234567890123457", "subscribed": true, "spaces": ["s1"],
                   "accessKeys": [{"accessKeyId": "LTAI5tAdminBad", "accessKeySecret": "AdminBadSecret22"}],
                   "flows": [{"flowId": "77777777777777", "custSpaceId": "not-a-space-of-it", "flowName": "f",
                              "categories": ["OTHER"], "status": "DRAFT", "jsonVersion": "7.0", "dataApiVersion": "3.0"}]}
                ]}""".formatted(newAccount);
        SuiteLogs.get().forbidSecret("AdminNewSecret1");
        SuiteLogs.get().forbidSecret("AdminBadSecret22");

        AdminClient.Answer answer = admin.send("POST", "/admin/fixtures", body);

        assertError(answer, 400, "Admin.InvalidFixture");
        assertThat(answer.json().path("Message").asText()).contains("accounts[1].flows[0].custSpaceId");
        assertThat(provision().findAccount(new AccountId(newAccount))).isEmpty();
        assertFixtureUnchanged();
    }

    @Test
    @DisplayName("a fixture that changes what the store holds is refused whole under --fixture-conflicts fail")
    void conflictingFixture() {
        String changed = fixture.replace("\"flowName\": \"flow_002\"", "\"flowName\": \"flow_002_renamed\"");

        AdminClient.Answer answer = admin.send("POST", "/admin/fixtures", changed);

        assertError(answer, 400, "Admin.InvalidFixture");
        assertThat(answer.json().path("Message").asText()).contains("nothing was imported");
        assertThat(provision().findFlow(new FlowId(PUBLISHED_FLOW)).orElseThrow().name().value()).isEqualTo("flow_002");
    }

    @Test
    @DisplayName("a new fixture is imported at runtime and counted; importing it again changes nothing")
    void importAtRuntime() {
        String body = """
                {"accounts": [{"accountId": "1234567890123456", "subscribed": true, "spaces": ["s1"],
                  "accessKeys": [{"accessKeyId": "LTAI5tAdminNew", "accessKeySecret": "AdminNewSecret1"}],
                  "flows": [{"flowId": "77777777777777", "custSpaceId": "s1", "flowName": "f", "categories": ["OTHER"],
                             "status": "PUBLISHED", "jsonVersion": "7.0", "dataApiVersion": "3.0"}]}]}""";
        SuiteLogs.get().forbidSecret("AdminNewSecret1");

        AdminClient.Answer first = admin.send("POST", "/admin/fixtures", body);
        AdminClient.Answer again = admin.send("POST", "/admin/fixtures", body);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.data().path("Accounts").asInt()).isEqualTo(1);
        assertThat(first.data().path("AccessKeys").asInt()).isEqualTo(1);
        assertThat(first.data().path("Flows").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("Replaced").asInt()).isZero();
        JsonNode summary = admin.summary();
        assertThat(summary.path("Accounts").asLong()).isEqualTo(3);
        assertThat(summary.path("Flows").path("PUBLISHED").asLong()).isEqualTo(2);
        assertThat(first.raw().bodyText()).doesNotContain("AdminNewSecret1");
    }

    @Test
    @DisplayName("resetting one account removes it with its keys and flows, and leaves the other")
    void resetAccount() {
        AdminClient.Answer answer = admin.send("POST", "/admin/accounts/" + ROOT_ACCOUNT + "/reset", "");
        AdminClient.Answer again = admin.send("POST", "/admin/accounts/" + ROOT_ACCOUNT + "/reset", "");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.data().path("Existed").asBoolean()).isTrue();
        assertThat(again.data().path("Existed").asBoolean()).isFalse();
        assertThat(provision().findAccount(new AccountId(ROOT_ACCOUNT))).isEmpty();
        assertThat(provision().findAccessKey(new AccessKeyId("LTAI5tFixtureRoot"))).isEmpty();
        assertThat(provision().findAccessKey(new AccessKeyId("LTAI5tFixtureReader"))).isEmpty();
        assertThat(provision().findFlow(new FlowId(PUBLISHED_FLOW))).isEmpty();
        assertThat(provision().findAccount(new AccountId(OTHER_ACCOUNT))).isPresent();
        JsonNode summary = admin.summary();
        assertThat(summary.path("Accounts").asLong()).isEqualTo(1);
        assertThat(summary.path("AccessKeys").asLong()).isEqualTo(1);
        assertThat(summary.path("Flows").path("Total").asLong()).isEqualTo(1);
        assertError(admin.send("POST", "/admin/accounts/not-an-id/reset", ""), 400, "Admin.InvalidAccountId");
    }

    @Test
    @DisplayName("resetting everything empties the server; the fixture imports again")
    void resetAll() {
        AdminClient.Answer answer = admin.send("POST", "/admin/reset", "");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode summary = admin.summary();
        assertThat(summary.path("Accounts").asLong()).isZero();
        assertThat(summary.path("AccessKeys").asLong()).isZero();
        assertThat(summary.path("Flows").path("Total").asLong()).isZero();
        assertThat(provision().findAccessKey(new AccessKeyId("LTAI5tFixtureRoot"))).isEmpty();
        assertThat(admin.send("POST", "/admin/fixtures", fixture).status()).isEqualTo(200);
        assertFixtureUnchanged();
    }

    @Test
    @DisplayName("a published flow goes THROTTLED, BLOCKED and back, as Meta's health monitoring moves it")
    void flowStatus() {
        String path = "/admin/flows/" + PUBLISHED_FLOW + "/status";
        for (String status : List.of("THROTTLED", "BLOCKED", "THROTTLED", "PUBLISHED")) {
            AdminClient.Answer answer = admin.send("PUT", path, "{\"Status\": \"" + status + "\"}");

            assertThat(answer.status()).as("%s", answer).isEqualTo(200);
            assertThat(answer.data().path("Status").asText()).isEqualTo(status);
            assertThat(provision().findFlow(new FlowId(PUBLISHED_FLOW)).orElseThrow().status())
                    .isEqualTo(FlowStatus.valueOf(status));
        }
    }

    @Test
    @DisplayName("a status change the lifecycle does not allow the operator, or a bad body, changes nothing")
    void badFlowStatus() {
        assertError(admin.send("PUT", "/admin/flows/" + DRAFT_FLOW + "/status", "{\"Status\": \"THROTTLED\"}"), 400,
                "InvalidStatus");
        assertError(admin.send("PUT", "/admin/flows/" + PUBLISHED_FLOW + "/status", "{\"Status\": \"BLOCKED\"}"), 400,
                "InvalidStatus");
        assertError(admin.send("PUT", "/admin/flows/" + PUBLISHED_FLOW + "/status", "{\"Status\": \"NOPE\"}"), 400,
                "Admin.InvalidStatus");
        assertError(admin.send("PUT", "/admin/flows/" + PUBLISHED_FLOW + "/status", "{\"Status\": "), 400,
                "Admin.MalformedJson");
        assertError(admin.send("PUT", "/admin/flows/" + PUBLISHED_FLOW + "/status",
                "{\"Status\": \"THROTTLED\", \"Status\": \"BLOCKED\"}"), 400, "Admin.MalformedJson");
        assertError(admin.send("PUT", "/admin/flows/99999999999999/status", "{\"Status\": \"THROTTLED\"}"), 404,
                "Admin.FlowNotFound");
        assertThat(provision().findFlow(new FlowId(DRAFT_FLOW)).orElseThrow().status()).isEqualTo(FlowStatus.DRAFT);
        assertFixtureUnchanged();
    }
}
