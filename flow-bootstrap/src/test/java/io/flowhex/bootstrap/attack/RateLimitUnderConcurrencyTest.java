package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.bootstrap.attack.AttackFixture.AccountRef;
import io.flowhex.bootstrap.attack.AttackFixture.FlowRef;
import io.flowhex.testkit.MutableClock;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads hammer one account through the running server (PostgreSQL store) while two other
 * accounts call too.
 *
 * <p>In the default build the server reads a clock the test holds still, with the in-process quota
 * ({@code --quota local}; the shared quota's clock is the database's), and moves by one window
 * between rounds: each round's calls fall into one window of the limiter, so the hammered account
 * must be granted exactly its limit per round however the threads interleave, and every bystander
 * call, each made while the hammered account is throttled and still being hammered, must be served.
 * Nothing depends on how fast the machine is.
 *
 * <p>On demand (tag {@code soak}) the same on the wall clock for five seconds, judged per server
 * window from the calls' send and answer times ({@link GrantWindows} explains the checks and their
 * tolerance).
 */
@DisplayName("The rate limit under concurrency")
class RateLimitUnderConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 3;
    /** Per thread and round: sixteen threads then send more than the hammered account's limit. */
    private static final int MIN_HAMMER_CALLS = 2;
    /** Per bystander and round, within the server's default of five calls per second. */
    private static final int BYSTANDER_CALLS = 3;
    private static final Duration HAMMERING = Duration.ofSeconds(5);
    private static final Duration BYSTANDER_PACE = Duration.ofMillis(400);

    @Test
    @DisplayName("grants the hammered account exactly its limit in each window and serves every call of the others")
    void hammeredInHeldWindows() throws Exception {
        AttackFixture fixture = new AttackFixture();
        MutableClock clock = MutableClock.atDefaultStart();
        // the held clock drives the in-process quota only: the shared one (PostgreSQL's default) times
        // its windows by the database, and flow-adapter-jdbc's checks hold it exact under 16 threads
        try (AttackServer server = AttackServer.start(fixture, fixture.writeTo(Files.createTempDirectory(
                AttackPostgres.scratch(), "rate-")), clock, AttackServer.postgres(AttackPostgres.shared().jdbcUrl()),
                "--quota", "local")) {
            LoadClient client = new LoadClient(Duration.ofSeconds(30));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + fixture.bystanders.size(),
                    LoadClient.clientThreads("attack-rate-"));
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    Round calls = round(pool, client, server, fixture, clock);

                    Map<String, Long> codes = calls.hammered().stream()
                            .collect(Collectors.groupingBy(LoadClient.Call::code, Collectors.counting()));
                    assertThat(calls.hammered()).as("round %d: calls to the hammered account", round)
                            .hasSizeGreaterThan(AttackFixture.HAMMERED_QPS);
                    assertThat(codes).as("round %d: answers to the hammered account", round)
                            .containsOnlyKeys("OK", "System.LimitControl")
                            .containsEntry("OK", (long) AttackFixture.HAMMERED_QPS);
                    assertThat(calls.bystanders()).as("round %d: the bystanders' calls", round)
                            .hasSize(BYSTANDER_CALLS * fixture.bystanders.size())
                            .allSatisfy(call -> assertThat(call.code()).as("a bystander's call").isEqualTo("OK"));
                    clock.advance(Duration.ofSeconds(1));
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(30, TimeUnit.SECONDS);
            }
        }
        SuiteLogs.get().assertClean();
    }

    /** The calls of one round, all in one window of the limiter. */
    private record Round(List<LoadClient.Call> hammered, List<LoadClient.Call> bystanders) {
    }

    /**
     * Sixteen threads call for the hammered account until the bystanders are done; the bystanders
     * start once a hammered call was refused, so each of their calls is made while the hammered
     * account is throttled and still being called.
     */
    private static Round round(ExecutorService pool, LoadClient client, AttackServer server, AttackFixture fixture,
            Clock clock) throws Exception {
        CountDownLatch throttled = new CountDownLatch(1);
        AtomicBoolean bystandersDone = new AtomicBoolean();
        List<Future<List<LoadClient.Call>>> hammers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            CallVariant variant = CallVariant.official(t);
            hammers.add(pool.submit(() -> {
                List<LoadClient.Call> calls = new ArrayList<>();
                callWhile(client, server, fixture.hammered, variant, clock,
                        () -> calls.size() < MIN_HAMMER_CALLS || !bystandersDone.get(), call -> {
                            calls.add(call);
                            if (call.code().equals("System.LimitControl")) {
                                throttled.countDown();
                            }
                        });
                return calls;
            }));
        }
        List<Future<List<LoadClient.Call>>> bystanders = new ArrayList<>();
        for (AccountRef account : fixture.bystanders) {
            bystanders.add(pool.submit(() -> {
                // a guard, not a measure: a limiter that never refuses fails here instead of hanging
                assertThat(throttled.await(60, TimeUnit.SECONDS)).as("the hammered account was throttled").isTrue();
                List<LoadClient.Call> calls = new ArrayList<>();
                callWhile(client, server, account, CallVariant.tea(), clock, () -> calls.size() < BYSTANDER_CALLS,
                        calls::add);
                return calls;
            }));
        }
        List<LoadClient.Call> bystanderCalls;
        try {
            bystanderCalls = collect(bystanders);
        } finally {
            bystandersDone.set(true);
        }
        return new Round(collect(hammers), bystanderCalls);
    }

    private static void callWhile(LoadClient client, AttackServer server, AccountRef account, CallVariant variant,
            Clock clock, BooleanSupplier more, Consumer<LoadClient.Call> answers) {
        Signing signing = Signing.as(account.key(AttackFixture.Role.ROOT), server.endpoint(), clock);
        FlowRef flow = account.flows().get(0);
        Map<String, String> parameters = Map.of("FlowId", flow.flowId(), "CustSpaceId", flow.spaceId());
        while (more.getAsBoolean()) {
            answers.accept(client.call(signing, variant, parameters));
        }
    }

    @Test
    @Tag("soak")
    @DisplayName("on the wall clock: holds per window for the hammered account and leaves the others alone")
    void hammeredOnTheWallClock() throws Exception {
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
