package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The suite's log capture sees what the servers log, and its check catches each kind of leak planted in a line. */
@DisplayName("The suite's log capture")
class SuiteLogsTest {

    private static final AttackFixture FIXTURE = new AttackFixture();

    @Test
    @DisplayName("keeps capturing across the logging reset every server start performs")
    void survivesServerStarts() throws IOException {
        SuiteLogs logs = SuiteLogs.get();
        String marker = "capture-probe-" + UUID.randomUUID();
        try (AttackServer server = AttackServer.start(FIXTURE, FIXTURE.writeTo(Files.createTempDirectory(
                AttackPostgres.scratch(), "logs-")), AttackServer.memory())) {
            LoggerFactory.getLogger(SuiteLogsTest.class).warn(marker);
        }

        assertThat(logs.lines()).anyMatch(line -> line.contains(marker))
                .anyMatch(line -> line.contains("flow-server started on"))
                .anyMatch(line -> line.startsWith("startup report: listening on"));
        logs.assertClean();
    }

    @Test
    @DisplayName("finds a planted secret, signature, policy document and Authorization header")
    void catchesPlantedLeaks() {
        SuiteLogs logs = SuiteLogs.get();
        String signature = "5".repeat(64);
        logs.forbidSignature(signature);
        FIXTURE.secrets().forEach(logs::forbidSecret);
        String secret = FIXTURE.fuzz.key(AttackFixture.Role.ROOT).secret();

        assertThat(logs.leaks(List.of("WARN x - key " + secret))).singleElement().asString().startsWith("an AccessKeySecret");
        assertThat(logs.leaks(List.of("INFO x - signed " + signature))).singleElement().asString()
                .startsWith("a signature the suite sent");
        assertThat(logs.leaks(List.of("INFO x - signed nM4W5AmI/638jA6GqAvBC+BSgLs= by V1"))).singleElement().asString()
                .startsWith("a signature-shaped token");
        assertThat(logs.leaks(List.of("INFO x - policy " + AttackFixture.DENY_DOCUMENT))).isNotEmpty();
        assertThat(logs.leaks(List.of("DEBUG x - Authorization: ACS3-HMAC-SHA256 Credential=a,SignedHeaders=b,Signature=c")))
                .isNotEmpty();
        assertThat(logs.leaks(List.of("INFO i.f.bootstrap.server.FlowServer - flow-server started on 127.0.0.1:8080")))
                .isEmpty();
    }
}
