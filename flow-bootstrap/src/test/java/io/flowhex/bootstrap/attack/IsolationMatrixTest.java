package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.bootstrap.attack.AttackFixture.AccountRef;
import io.flowhex.bootstrap.attack.AttackFixture.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three accounts × two spaces × (root, allowed RAM user, denied RAM user) × (own flow, the other
 * space's flow, another account's flow, an unknown id): the code of every cell, on every store, each
 * request replayed once, and no answer ever carrying another account's flow ids, flow names or
 * account id.
 */
@DisplayName("The isolation matrix")
class IsolationMatrixTest {

    enum Target { OWN_FLOW, OTHER_SPACE_FLOW, OTHER_ACCOUNT_FLOW, UNKNOWN_ID }

    private static final AttackFixture FIXTURE = new AttackFixture();
    private static int cells;

    @TempDir
    static Path h2Directory;

    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("memory", (Function<Path, List<String>>) dir -> AttackServer.memory()),
                Arguments.of("H2", (Function<Path, List<String>>) AttackServer::h2),
                Arguments.of("PostgreSQL", (Function<Path, List<String>>) dir ->
                        AttackServer.postgres(AttackPostgres.shared().jdbcUrl())));
    }

    @AfterAll
    static void report() {
        System.out.println("isolation matrix: " + cells + " cells asserted, each replayed once");
        SuiteLogs.get().assertClean();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("stores")
    @DisplayName("every cell answers its code and shows nothing of another account")
    void everyCell(String storeName, Function<Path, List<String>> store) throws IOException {
        Path directory = Files.createDirectories(h2Directory.resolve(storeName));
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        try (AttackServer server = AttackServer.start(FIXTURE, FIXTURE.writeTo(directory), store.apply(directory))) {
            int n = 0;
            for (int a = 0; a < FIXTURE.isolation.size(); a++) {
                AccountRef account = FIXTURE.isolation.get(a);
                AccountRef other = FIXTURE.isolation.get((a + 1) % FIXTURE.isolation.size());
                for (int s = 0; s < account.spaces().size(); s++) {
                    String space = account.spaces().get(s);
                    for (Role role : Role.values()) {
                        for (Target target : Target.values()) {
                            CallVariant variant = CallVariant.all().get(n++ % CallVariant.all().size());
                            String cell = account.accountId() + " " + space + " " + role + " " + target + " (" + variant + ")";
                            String flowId = switch (target) {
                                case OWN_FLOW -> account.flowIn(space).flowId();
                                case OTHER_SPACE_FLOW -> account.flowIn(account.spaces().get(1 - s)).flowId();
                                case OTHER_ACCOUNT_FLOW -> other.flowIn(other.spaces().get(s)).flowId();
                                case UNKNOWN_ID -> AttackFixture.UNKNOWN_FLOW_ID;
                            };
                            expected.put(cell, expectedCode(role, target));
                            answers.put(cell, ask(server, account, role, variant, flowId, space, cell));
                        }
                    }
                }
            }
        }
        cells += answers.size();
        assertThat(answers).hasSize(72).containsExactlyEntriesOf(expected);
    }

    /** RAM comes before ownership: a denied user learns nothing about any id; one answer for every foreign or unknown id. */
    private static String expectedCode(Role role, Target target) {
        if (role == Role.DENIED_USER) {
            return "Ram.PermissionDeny";
        }
        return target == Target.OWN_FLOW ? "OK" : "Unknown.ResourceOwnerId";
    }

    private static String ask(AttackServer server, AccountRef account, Role role, CallVariant variant, String flowId,
            String space, String cell) throws IOException {
        byte[] request = Signing.as(account.key(role), server.endpoint())
                .wire(variant, Map.of("FlowId", flowId, "CustSpaceId", space)).toBytes();
        RawResponse response = RawHttp.exchange(server.port(), request);
        assertShowsNothingOfOthers(response, account, cell);
        String code = Answers.codeOf(response, FIXTURE.secrets(), cell);
        if (code.equals("OK")) {
            Answers.assertServes(response, account.flowIn(space), cell);
        }
        RawResponse replay = RawHttp.exchange(server.port(), request);
        assertShowsNothingOfOthers(replay, account, cell + ", replayed");
        assertThat(ErrorContract.assertClientError(replay, FIXTURE.secrets(), cell + ", replayed"))
                .isEqualTo("SignatureNonceUsed");
        return code;
    }

    private static void assertShowsNothingOfOthers(RawResponse response, AccountRef caller, String cell) {
        List<String> foreign = new ArrayList<>();
        for (AccountRef account : FIXTURE.accounts()) {
            if (!account.accountId().equals(caller.accountId())) {
                foreign.add(account.accountId());
                account.flows().forEach(f -> {
                    foreign.add(f.flowId());
                    foreign.add(f.flowName());
                });
            }
        }
        String body = response.bodyText();
        assertThat(foreign).as("another account's ids or names in the answer to %s: %s", cell, body)
                .noneMatch(body::contains);
    }
}
