package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.bootstrap.cli.Main;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Without --admin-token")
class AdminApiOffTest {

    @AfterAll
    static void logsClean() {
        SuiteLogs.get().assertClean();
    }

    @Test
    @DisplayName("the admin API is off: /admin is an unknown path, whatever token comes, and nothing is reset")
    void off() {
        SuiteLogs.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FlowServer server = Main.start(List.of("--port", "0", "--store", "memory"), Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            AdminClient admin = new AdminClient(server.port(), "any-token-at-all-0123456789");
            long accounts = server.application().summarizeState().summary().accounts();

            AdminClient.Answer summary = admin.send("GET", "/admin/summary", "");
            AdminClient.Answer reset = admin.send("POST", "/admin/reset", "");

            assertThat(out.toString(StandardCharsets.UTF_8)).contains("admin API: off");
            assertThat(summary.status()).isEqualTo(404);
            assertThat(summary.code()).isEqualTo("InvalidAction.NotFound");
            assertThat(reset.status()).isEqualTo(404);
            assertThat(accounts).isEqualTo(1);
            assertThat(server.application().summarizeState().summary().accounts()).isEqualTo(accounts);
        }
    }
}
