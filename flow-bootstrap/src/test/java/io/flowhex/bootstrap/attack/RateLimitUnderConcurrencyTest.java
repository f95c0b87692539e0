package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.bootstrap.attack.AttackFixture.AccountRef;
import io.flowhex.bootstrap.attack.AttackFixture.FlowRef;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads hammer one account for five seconds through the running server (PostgreSQL store)
 * while two other accounts call at a modest pace. The hammered account's grants must fit its limit
 * in every one of the server's windows, no call may be refused while its window had quota left
 * ({@link GrantWindows} explains the checks and their tolerance), and the other accounts must be
 * served every time.
 */
@DisplayName("The rate limit under concurrency")
class RateLimitUnderConcurrencyTest {

    private static final int THREADS = 16;
    private static final Duration HAMMERING = Duration.ofSeconds(5);
    private static final Duration BYSTANDER_PACE = Duration.ofMillis(400);

    @Test
    @DisplayName("holds per window for the hammered account and leaves the others alone")
    void hammered() throws Exception {
        AttackFixture fixture = new AttackFixture();
        try (AttackServer server = AttackServer.start(fixture, fixture.writeTo(Files.createTempDirectory(
                AttackPostgres.scratch(), "rate-")), AttackServer.postgres(AttackPostgres.shared().jdbcUrl()))) {
            LoadClient client = new LoadClient(Duration.ofSeconds(10));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + fixture.bystanders.size());
            List<Future<List<LoadClient.Call>>> hammers = new ArrayList<>();
            List<Future<List<LoadClient.Call>>> bystanders = new ArrayList<>();
            try {
                warmUp(pool, client, server, fixture.load);
                Instant end = Instant.now().plus(HAMMERING);
                for (int t = 0; t < THREADS; t++) {
                    CallVariant variant = CallVariant.official(t);
                    hammers.add(pool.submit(() -> callUntil(client, server, fixture.hammered, variant, end, Duration.ZERO)));
                }
                for (AccountRef account : fixture.bystanders) {
                    bystanders.add(pool.submit(() -> callUntil(client, server, account, CallVariant.tea(), end, BYSTANDER_PACE)));
                }
                assertHeldPerWindow(collect(hammers));
                for (Future<List<LoadClient.Call>> bystander : bystanders) {
                    assertThat(bystander.get()).as("a bystander's calls").hasSizeGreaterThanOrEqualTo(3)
                            .allSatisfy(call -> assertThat(call.code()).as("a bystander's call").isEqualTo("OK"));
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
        SuiteLogs.get().assertClean();
    }

    private static void assertHeldPerWindow(List<LoadClient.Call> calls) {
        Map<String, Long> codes = calls.stream().collect(Collectors.groupingBy(LoadClient.Call::code, Collectors.counting()));
        assertThat(codes.keySet()).as("answers to the hammered account").containsOnly("OK", "System.LimitControl");

        int limit = AttackFixture.HAMMERED_QPS;
        GrantWindows.Verdict verdict = GrantWindows.check(calls, limit, Duration.ofSeconds(1));
        long[] brackets = calls.stream().mapToLong(c -> c.latency().toMillis()).sorted().toArray();
        System.out.printf("rate limit: %d calls (%.0f/s) by %d threads, %d granted in %d windows of 1 s (limit %d);"
                + " most certainly in one window %d, most certainly in a sliding second %d; %d grants near a boundary;"
                + " send-to-answer bracket median %d ms, p99 %d ms, widest %d ms%n", calls.size(),
                calls.size() / (double) HAMMERING.toSeconds(), THREADS, verdict.grants(), verdict.windows(), limit,
                verdict.maxCertain(), verdict.maxInSlidingSecond(), verdict.ambiguous(), brackets[brackets.length / 2],
                brackets[brackets.length * 99 / 100], brackets[brackets.length - 1]);

        assertThat(verdict.overLimit()).as("grants over the limit in a window").isEmpty();
        assertThat(verdict.starving()).as("refusals while quota was left").isEmpty();
        assertThat(verdict.maxInSlidingSecond()).as("grants in a sliding second, which spans at most two windows")
                .isLessThanOrEqualTo(2 * limit);
        assertThat(verdict.grants()).as("grants").isPositive();
    }

    /**
     * One second of the same load on another account first, so that the measured run does not pay
     * for class loading and compilation: that widens the send-to-answer brackets, the check's only
     * tolerance.
     */
    private static void warmUp(ExecutorService pool, LoadClient client, AttackServer server, AccountRef account)
            throws Exception {
        Instant end = Instant.now().plusSeconds(1);
        List<Future<List<LoadClient.Call>>> warming = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            warming.add(pool.submit(() -> callUntil(client, server, account, CallVariant.tea(), end, Duration.ZERO)));
        }
        assertThat(collect(warming)).allSatisfy(call -> assertThat(call.code()).isEqualTo("OK"));
    }

    /** Calls until {@code end}, waiting {@code pace} between calls; every call is kept. */
    private static List<LoadClient.Call> callUntil(LoadClient client, AttackServer server, AccountRef account,
            CallVariant variant, Instant end, Duration pace) throws InterruptedException {
        Signing signing = Signing.as(account.key(AttackFixture.Role.ROOT), server.endpoint());
        FlowRef flow = account.flows().get(0);
        Map<String, String> parameters = Map.of("FlowId", flow.flowId(), "CustSpaceId", flow.spaceId());
        List<LoadClient.Call> calls = new ArrayList<>();
        while (Instant.now().isBefore(end)) {
            calls.add(client.call(signing, variant, parameters));
            if (!pace.isZero()) {
                Thread.sleep(pace.toMillis());
            }
        }
        return calls;
    }

    private static List<LoadClient.Call> collect(List<Future<List<LoadClient.Call>>> futures) throws Exception {
        List<LoadClient.Call> all = new ArrayList<>();
        for (Future<List<LoadClient.Call>> future : futures) {
            all.addAll(future.get());
        }
        all.sort(Comparator.comparing(LoadClient.Call::sent));
        return all;
    }
}
