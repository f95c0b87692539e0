package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.bootstrap.attack.AttackFixture.FlowRef;
import io.flowhex.bootstrap.attack.AttackFixture.Key;
import io.flowhex.bootstrap.attack.AttackFixture.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays and signing times against two flow-server instances sharing one PostgreSQL: a nonce
 * recorded by one is spent for both, a signature sixteen minutes off either way is expired, and a
 * request refused before its nonce was recorded does not spend the nonce.
 */
@DisplayName("Replayed and mistimed requests")
class ReplayAndTimeTest {

    private static AttackFixture fixture;
    private static AttackServer first;
    private static AttackServer second;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        fixture = new AttackFixture();
        Path file = fixture.writeTo(Files.createTempDirectory(AttackPostgres.scratch(), "replay-"));
        List<String> store = AttackServer.postgres(AttackPostgres.shared().jdbcUrl());
        first = AttackServer.start(fixture, file, store);
        second = AttackServer.start(fixture, file, store);
    }

    @AfterAll
    static void stopInstances() {
        first.close();
        second.close();
        SuiteLogs.get().assertClean();
    }

    static Stream<Arguments> everyValidShape() {
        List<Arguments> cases = new ArrayList<>();
        for (CallVariant variant : CallVariant.all()) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(variant, role, true));
                cases.add(Arguments.of(variant, role, false));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, own flow: {2}")
    @MethodSource("everyValidShape")
    @DisplayName("a valid request, replayed to the same or the other instance, is refused as SignatureNonceUsed")
    void replays(CallVariant variant, Role role, boolean ownFlow) throws IOException {
        Key key = fixture.replay.key(role);
        FlowRef flow = fixture.replay.flows().get(0);
        String flowId = ownFlow ? flow.flowId() : AttackFixture.UNKNOWN_FLOW_ID;
        byte[] request = Signing.as(key, first.endpoint())
                .wire(variant, Map.of("FlowId", flowId, "CustSpaceId", flow.spaceId())).toBytes();
        String expected = role == Role.DENIED_USER ? "Ram.PermissionDeny" : ownFlow ? "OK" : "Unknown.ResourceOwnerId";

        String answer = Answers.codeOf(RawHttp.exchange(first.port(), request), fixture.secrets(), variant);
        String replayed = Answers.codeOf(RawHttp.exchange(first.port(), request), fixture.secrets(), variant);
        String elsewhere = Answers.codeOf(RawHttp.exchange(second.port(), request), fixture.secrets(), variant);

        assertThat(answer).isEqualTo(expected);
        assertThat(replayed).as("replayed to the same instance").isEqualTo("SignatureNonceUsed");
        assertThat(elsewhere).as("replayed to the other instance").isEqualTo("SignatureNonceUsed");
    }

    static Stream<Arguments> shiftedClocks() {
        List<Arguments> cases = new ArrayList<>();
        for (CallVariant variant : CallVariant.all()) {
            cases.add(Arguments.of(variant, Duration.ofMinutes(-16)));
            cases.add(Arguments.of(variant, Duration.ofMinutes(16)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, clock off by {1}")
    @MethodSource("shiftedClocks")
    @DisplayName("a request signed sixteen minutes in the past or the future is InvalidTimeStamp.Expired, and spends no nonce")
    void expired(CallVariant variant, Duration offset) throws IOException {
        Key key = fixture.replay.key(Role.ROOT);
        FlowRef flow = fixture.replay.flows().get(0);
        Map<String, String> parameters = Map.of("FlowId", flow.flowId(), "CustSpaceId", flow.spaceId());
        String nonce = Signing.nonce();

        RawResponse late = RawHttp.exchange(first.port(), Signing.as(key, first.endpoint(),
                Clock.offset(Clock.systemUTC(), offset), nonce).wire(variant, parameters).toBytes());
        RawResponse onTime = RawHttp.exchange(first.port(), Signing.as(key, first.endpoint(), Clock.systemUTC(), nonce)
                .wire(variant, parameters).toBytes());

        assertThat(ErrorContract.assertClientError(late, fixture.secrets(), variant)).isEqualTo("InvalidTimeStamp.Expired");
        Answers.assertServes(onTime, flow, "the same nonce, signed on time");
    }

    @Test
    @DisplayName("a request signed fourteen minutes off either way is still accepted")
    void withinTheWindow() throws IOException {
        Key key = fixture.replay.key(Role.ALLOWED_USER);
        FlowRef flow = fixture.replay.flows().get(1);
        for (Duration offset : List.of(Duration.ofMinutes(-14), Duration.ofMinutes(14))) {
            byte[] request = Signing.as(key, first.endpoint(), Clock.offset(Clock.systemUTC(), offset), Signing.nonce())
                    .wire(CallVariant.tea(), Map.of("FlowId", flow.flowId())).toBytes();

            Answers.assertServes(RawHttp.exchange(second.port(), request), flow, "signed " + offset + " off");
        }
    }

    @Test
    @DisplayName("the same request sent to both instances at once is served exactly once")
    void simultaneousReplays() throws Exception {
        Key key = fixture.replay.key(Role.ROOT);
        FlowRef flow = fixture.replay.flows().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 40; i++) {
                CallVariant variant = CallVariant.all().get(i % CallVariant.all().size());
                byte[] request = Signing.as(key, first.endpoint()).wire(variant, Map.of("FlowId", flow.flowId())).toBytes();
                List<Future<String>> answers = pool.invokeAll(List.<Callable<String>>of(
                        () -> Answers.codeOf(RawHttp.exchange(first.port(), request), fixture.secrets(), variant),
                        () -> Answers.codeOf(RawHttp.exchange(second.port(), request), fixture.secrets(), variant)));

                assertThat(List.of(answers.get(0).get(), answers.get(1).get())).as("round %d, %s", i, variant)
                        .containsExactlyInAnyOrder("OK", "SignatureNonceUsed");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
