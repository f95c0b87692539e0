package io.flowhex.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The local call quota")
class LocalCallQuotaTest {

    private static final AccountId ALICE = new AccountId("1000000000000001");
    private static final AccountId BOB = new AccountId("1000000000000002");
    private static final String GET_FLOW = "GetFlow";

    private final SteppingClock clock = new SteppingClock();
    private final LocalCallQuota quota = LocalCallQuota.create(clock);

    /** Asks {@code attempts} times and answers how many were granted. */
    private int grants(AccountId account, int permitsPerSecond, int attempts) {
        return grants(quota, account, permitsPerSecond, attempts);
    }

    private static int grants(LocalCallQuota quota, AccountId account, int permitsPerSecond, int attempts) {
        return grants(quota, account, GET_FLOW, permitsPerSecond, attempts);
    }

    private static int grants(LocalCallQuota quota, AccountId account, String action, int permitsPerSecond,
            int attempts) {
        int granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (quota.tryAcquire(account, action, permitsPerSecond)) {
                granted++;
            }
        }
        return granted;
    }

    @Nested
    @DisplayName("within one window")
    class WithinOneWindow {

        @ParameterizedTest(name = "{0} per second")
        @ValueSource(ints = {1, 5, 37})
        @DisplayName("grants exactly the permits per second, then refuses")
        void grantsExactlyTheLimit(int permitsPerSecond) {
            for (int i = 0; i < permitsPerSecond; i++) {
                assertThat(quota.tryAcquire(ALICE, GET_FLOW, permitsPerSecond)).as("call %d", i + 1).isTrue();
            }
            assertThat(quota.tryAcquire(ALICE, GET_FLOW, permitsPerSecond)).isFalse();
            assertThat(quota.tryAcquire(ALICE, GET_FLOW, permitsPerSecond)).isFalse();
        }

        @Test
        @DisplayName("refuses at once, without waiting for the next window")
        void refusesWithoutWaiting() {
            assertThat(grants(ALICE, 5, 5)).isEqualTo(5);
            Instant before = clock.instant();

            // A limiter that waited for a permit would park for most of a second per call.
            int granted = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> grants(ALICE, 5, 100));

            assertThat(granted).isZero();
            assertThat(clock.instant()).as("nothing but the test moves the clock").isEqualTo(before);
        }

        @Test
        @DisplayName("counts each account on its own")
        void accountsAreSeparate() {
            assertThat(grants(ALICE, 3, 10)).isEqualTo(3);

            assertThat(grants(BOB, 3, 10)).isEqualTo(3);
            assertThat(quota.trackedAccounts()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("at the edge of a window")
    class AtTheEdge {

        @Test
        @DisplayName("still refuses 999 ms after the account's first call and refills at 1000 ms")
        void refillsAfterExactlyOneSecond() {
            assertThat(grants(ALICE, 3, 4)).isEqualTo(3);

            clock.advanceMillis(999);
            assertThat(quota.tryAcquire(ALICE, GET_FLOW, 3)).isFalse();

            clock.advanceMillis(1);
            assertThat(grants(ALICE, 3, 10)).isEqualTo(3);

            clock.advanceMillis(999);
            assertThat(quota.tryAcquire(ALICE, GET_FLOW, 3)).isFalse();
            clock.advanceMillis(1);
            assertThat(grants(ALICE, 3, 10)).isEqualTo(3);
        }

        @Test
        @DisplayName("does not carry unused permits over into the next window")
        void noCarryOver() {
            assertThat(grants(ALICE, 4, 1)).isEqualTo(1);

            clock.advanceMillis(1000);

            assertThat(grants(ALICE, 4, 10)).isEqualTo(4);
        }
    }

    @Nested
    @DisplayName("when the permits per second change between calls")
    class WhenTheLimitChanges {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"2, 6", "6, 2"})
        @DisplayName("grants exactly the new limit from the next window on, raised or lowered")
        void newLimitFromNextWindow(int before, int after) {
            assertThat(grants(ALICE, before, 10)).isEqualTo(before);

            clock.advanceMillis(1000);
            assertThat(grants(ALICE, after, 10)).isEqualTo(after);
            clock.advanceMillis(1000);
            assertThat(grants(ALICE, after, 10)).isEqualTo(after);
        }

        @ParameterizedTest(name = "{0} -> {1} after {2} calls")
        @CsvSource({"6, 2, 3, 0", "6, 2, 1, 1", "5, 1, 1, 0", "2, 6, 1, 1", "3, 3, 1, 2"})
        @DisplayName("a lowered limit counts the calls already granted in the window; a raised one adds nothing to it")
        void changeWithinWindowIsExact(int before, int after, int usedBefore, int moreAfter) {
            assertThat(grants(ALICE, before, usedBefore)).isEqualTo(usedBefore);

            assertThat(grants(ALICE, after, 10)).isEqualTo(moreAfter);
            clock.advanceMillis(1000);
            assertThat(grants(ALICE, after, 10)).isEqualTo(after);
        }
    }

    @Test
    @DisplayName("never grants more than the limit in a window to 8 threads calling at once, over 20 windows")
    void concurrentCallersShareOneBudget() throws Exception {
        int threads = 8;
        int attemptsPerThread = 25;
        int permitsPerSecond = 17;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Integer> grantsPerWindow = new ArrayList<>();
            for (int window = 0; window < 20; window++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return grants(ALICE, permitsPerSecond, attemptsPerThread);
                    }));
                }
                start.countDown();
                int granted = 0;
                for (Future<Integer> result : results) {
                    granted += result.get(10, TimeUnit.SECONDS);
                }
                grantsPerWindow.add(granted);
                clock.advance(Duration.ofSeconds(1));
            }

            // 200 attempts per window for 17 permits: every window is used up, and never overdrawn.
            assertThat(grantsPerWindow).hasSize(20).containsOnly(permitsPerSecond);
        } finally {
            pool.shutdownNow();
        }
    }

    @Nested
    @DisplayName("starting an action's windows at its first call")
    class WindowsFromTheFirstCall {

        @Test
        @DisplayName("starts the account's windows at its first call, not at a later one")
        void windowsStartAtTheFirstCall() {
            assertThat(quota.tryAcquire(ALICE, GET_FLOW, 2)).isTrue();
            clock.advanceMillis(600);
            assertThat(grants(ALICE, 2, 5)).isOne();

            clock.advanceMillis(400);
            assertThat(grants(ALICE, 2, 5)).as("a new window a second after the first call").isEqualTo(2);
        }

        @Test
        @DisplayName("counts the first call in its own window when the second comes windows later")
        void firstCallCountsInItsOwnWindow() {
            LocalCallQuota patient = LocalCallQuota.create(clock, Duration.ofSeconds(1), Duration.ofSeconds(10));
            assertThat(grants(patient, ALICE, 3, 1)).isOne();

            clock.advanceMillis(2500);
            assertThat(grants(patient, ALICE, 3, 10)).as("a full budget, the first call long gone").isEqualTo(3);
            clock.advanceMillis(499);
            assertThat(grants(patient, ALICE, 3, 10)).as("the same window").isZero();
            clock.advanceMillis(1);
            assertThat(grants(patient, ALICE, 3, 10)).isEqualTo(3);
        }

        @ParameterizedTest(name = "{0} calls before the race")
        @ValueSource(ints = {0, 1})
        @DisplayName("grants exactly the limit to threads racing for a new account, over 5,000 accounts")
        void racingCallsShareOneBudget(int earlierCalls) throws Exception {
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<String> overdrawn = new ArrayList<>();
                for (int round = 0; round < 5_000; round++) {
                    AccountId account = new AccountId(Integer.toString(2_000_000 + round));
                    int permits = 1 + round % 10;
                    int granted = grants(account, permits, earlierCalls);
                    // the last thread to arrive starts the race; the others wait awake, not parked, so
                    // that their calls start together rather than a wake-up apart
                    AtomicInteger arrived = new AtomicInteger();
                    List<Future<Integer>> results = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        results.add(pool.submit(() -> {
                            arrived.incrementAndGet();
                            while (arrived.get() < threads) {
                                Thread.yield();
                            }
                            return grants(account, permits, permits);
                        }));
                    }
                    for (Future<Integer> result : results) {
                        granted += result.get(10, TimeUnit.SECONDS);
                    }
                    if (granted != permits) {
                        overdrawn.add("round " + round + ": " + granted + " of " + permits);
                    }
                }

                assertThat(overdrawn).as("the clock stands still: one window per account").isEmpty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    @DisplayName("forgetting idle accounts")
    class ForgettingIdleAccounts {

        @Test
        @DisplayName("keeps state for only the recently active accounts among 1,000,000 that call once each")
        void staysBoundedUnderManyAccounts() {
            LocalCallQuota shortWindows = LocalCallQuota.create(clock, Duration.ofMillis(1), Duration.ofMillis(2));
            int refused = 0;
            int mostTracked = 0;
            List<Integer> checkpoints = new ArrayList<>();
            for (int call = 1; call <= 1_000_000; call++) {
                if (!shortWindows.tryAcquire(new AccountId(Integer.toString(call)), GET_FLOW, 5)) {
                    refused++;
                }
                mostTracked = Math.max(mostTracked, shortWindows.trackedAccounts());
                if (call % 1_000 == 0) {
                    clock.advanceMillis(1);
                }
                if (call % 100_000 == 0) {
                    checkpoints.add(shortWindows.trackedAccounts());
                }
            }

            assertThat(refused).as("every account's first call is granted").isZero();
            assertThat(checkpoints).hasSize(10).allSatisfy(tracked -> assertThat(tracked).isLessThanOrEqualTo(5_000));
            assertThat(mostTracked).isLessThanOrEqualTo(5_000);
            assertThat(shortWindows.trackedAccounts()).isLessThanOrEqualTo(5_000)
                    .as("the accounts of the last millisecond are still tracked").isGreaterThanOrEqualTo(1_000);
        }

        @Test
        @DisplayName("forgets an account after one idle second by default, and gives it exactly a full budget again")
        void evictedAccountGetsFullBudget() {
            assertThat(grants(ALICE, 3, 5)).isEqualTo(3);

            clock.advance(Duration.ofSeconds(1));
            assertThat(quota.tryAcquire(BOB, GET_FLOW, 3)).isTrue();
            assertThat(quota.trackedAccounts()).as("alice was forgotten, bob is new").isEqualTo(1);

            assertThat(grants(ALICE, 3, 10)).isEqualTo(3);
            assertThat(quota.trackedAccounts()).isEqualTo(2);
        }

        @Test
        @DisplayName("keeps an account used within its idle timeout, with what is left of its window")
        void keepsRecentlyUsedAccount() {
            assertThat(grants(ALICE, 3, 5)).isEqualTo(3);
            clock.advanceMillis(1000);
            assertThat(grants(ALICE, 3, 1)).isEqualTo(1);

            clock.advanceMillis(999);
            assertThat(quota.tryAcquire(BOB, GET_FLOW, 3)).as("runs the sweep, due a second after the quota was made").isTrue();

            assertThat(quota.trackedAccounts()).isEqualTo(2);
            assertThat(grants(ALICE, 3, 10)).as("a fresh limiter would grant 3").isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("sweeping a few accounts per call")
    class SweepingAFewPerCall {

        private AccountId account(int number) {
            return new AccountId(Integer.toString(3_000_000 + number));
        }

        /** Calls accounts 0 to {@code count - 1} once each; every call must be granted. */
        private void callOnceEach(int count, int permitsPerSecond) {
            callOnceEach(0, count, permitsPerSecond);
        }

        /** Calls accounts {@code first} to {@code first + count - 1} once each; every call must be granted. */
        private void callOnceEach(int first, int count, int permitsPerSecond) {
            List<Integer> refused = new ArrayList<>();
            for (int i = first; i < first + count; i++) {
                if (!quota.tryAcquire(account(i), GET_FLOW, permitsPerSecond)) {
                    refused.add(i);
                }
            }
            assertThat(refused).as("accounts refused").isEmpty();
        }

        @Test
        @DisplayName("visits at most the step's number of accounts in one call, and forgets every idle account within a pass")
        void boundedWorkPerCall() {
            int accounts = 10_000;
            int active = 100;
            callOnceEach(accounts, 3);
            clock.advanceMillis(500);
            callOnceEach(accounts, active, 3); // windows that began half a second later
            clock.advanceMillis(500);

            assertThat(quota.tryAcquire(BOB, GET_FLOW, 3)).as("starts a pass").isTrue();
            int tracked = quota.trackedAccounts();
            assertThat(tracked).as("bob, the 10,000 and the 100, less one step at most")
                    .isGreaterThanOrEqualTo(accounts + active + 1 - LocalCallQuota.SWEEP_STEP)
                    .isLessThan(accounts + active + 1);
            int calls = 1;
            List<Integer> dropsAboveStep = new ArrayList<>();
            while (calls < accounts) {
                quota.tryAcquire(BOB, GET_FLOW, 3);
                calls++;
                int now = quota.trackedAccounts();
                if (tracked - now > LocalCallQuota.SWEEP_STEP) {
                    dropsAboveStep.add(tracked - now);
                }
                if (now == active + 1) {
                    break;
                }
                tracked = now;
            }

            assertThat(dropsAboveStep).isEmpty();
            assertThat(quota.trackedAccounts()).as("bob and the accounts whose windows began half a second ago")
                    .isEqualTo(active + 1);
            for (int i = accounts; i < accounts + active; i++) {
                assertThat(quota.trackedActions(account(i))).as("account %d", i).isOne();
            }
            assertThat(calls).as("a pass of 10,101 accounts at one step per call")
                    .isGreaterThanOrEqualTo((accounts + active + 1) / LocalCallQuota.SWEEP_STEP)
                    .isLessThanOrEqualTo((accounts + active + 1) / LocalCallQuota.SWEEP_STEP + 1);
        }

        /**
         * 250 calls per simulated millisecond, each from a new account. A pass starts at most once per
         * second, and one that starts at {@code s} forgets every account last used by {@code s - 1 s}; the
         * next starts a second later, so at its start it finds at most the accounts of two seconds,
         * 500,000. A call adds at most one account while a pass advances by a step, so the pass ends
         * within 500,000 / (step - 1) calls, and at most that many are added meanwhile.
         */
        @Test
        @DisplayName("keeps at most two seconds of accounts, plus one pass's worth, among 1,000,000 that call once each at 250,000 calls/s")
        void staysBoundedUnderAFlood() {
            int perSecond = 250_000;
            int bound = 2 * perSecond + 2 * perSecond / (LocalCallQuota.SWEEP_STEP - 1) + 1;
            int mostTracked = 0;
            int refused = 0;
            for (int call = 1; call <= 1_000_000; call++) {
                if (!quota.tryAcquire(account(call), GET_FLOW, 5)) {
                    refused++;
                }
                mostTracked = Math.max(mostTracked, quota.trackedAccounts());
                if (call % (perSecond / 1000) == 0) {
                    clock.advanceMillis(1);
                }
            }

            assertThat(refused).as("every account's first call is granted").isZero();
            assertThat(mostTracked).as("bound %d", bound).isLessThanOrEqualTo(bound);
            assertThat(quota.trackedAccounts()).as("the last second's accounts are still tracked")
                    .isGreaterThanOrEqualTo(perSecond).isLessThanOrEqualTo(bound);
        }

        /**
         * A pass visits accounts in the map's order, not in the order they are called. Of 100,000 idle
         * accounts, 2,000 are called while the pass over them runs (it takes at least 100,000 / step
         * calls). Each of them is either visited after its call, and must be kept, or was visited before
         * it, idle, and is back with its call as a new account: either way tracked, and either way its
         * window began at that call (one that finds its window idle for the timeout starts over), so half
         * a second later each is granted exactly what is left of it.
         */
        @Test
        @DisplayName("never forgets an account used during a pass, and answers it alike whether the pass came before its call or after")
        void accountUsedDuringAPassIsKept() {
            int idle = 100_000;
            int used = 2_000;
            callOnceEach(idle, 2);
            clock.advanceMillis(1500);
            int kept = 0;
            for (int i = 0; i < used; i++) {
                if (quota.trackedActions(account(i)) == 1) {
                    kept++;
                }
                assertThat(quota.tryAcquire(account(i), GET_FLOW, 2)).as("account %d", i).isTrue();
            }
            assertThat(quota.trackedAccounts()).as("the pass is under way").isGreaterThanOrEqualTo(idle - used * LocalCallQuota.SWEEP_STEP);
            assertThat(kept).as("called before the pass reached them").isPositive().isLessThan(used);
            for (int i = 0; i <= idle / LocalCallQuota.SWEEP_STEP + 1; i++) {
                quota.tryAcquire(BOB, GET_FLOW, 1);
            }
            assertThat(quota.trackedAccounts()).as("the pass is over: the accounts used during it, and bob")
                    .isEqualTo(used + 1);

            clock.advanceMillis(500);
            List<Integer> notOne = new ArrayList<>();
            for (int i = 0; i < used; i++) {
                if (grants(account(i), 2, 5) != 1) {
                    notOne.add(i);
                }
            }
            assertThat(notOne).as("kept or forgotten, each window began at 1500 ms with its call").isEmpty();
        }
    }

    @Nested
    @DisplayName("when a sweep forgets an account in the middle of its call")
    class SweepDuringACall {

        /** Stops the next clock read of one thread until released: a call's read, after it found its entry. */
        private final class PausingClock extends Clock {
            private volatile Thread paused;
            private final CountDownLatch reached = new CountDownLatch(1);
            private final CountDownLatch release = new CountDownLatch(1);

            @Override
            public Instant instant() {
                if (Thread.currentThread() == paused) {
                    paused = null;
                    reached.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return clock.instant();
            }

            @Override
            public ZoneId getZone() {
                return clock.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        }

        @Test
        @DisplayName("finds the entry it was about to use retired, and takes its permit from a new one")
        void callOnARetiredEntryStartsOver() throws Exception {
            PausingClock pausing = new PausingClock();
            LocalCallQuota paused = LocalCallQuota.create(pausing);
            assertThat(grants(paused, ALICE, 3, 1)).isEqualTo(1);
            clock.advanceMillis(1000);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> alice = pool.submit(() -> {
                    pausing.paused = Thread.currentThread();
                    return paused.tryAcquire(ALICE, GET_FLOW, 3);
                });
                assertThat(pausing.reached.await(10, TimeUnit.SECONDS)).isTrue();

                assertThat(paused.tryAcquire(BOB, GET_FLOW, 3)).isTrue();
                assertThat(paused.trackedAccounts()).as("the sweep forgot alice while her call was under way").isEqualTo(1);
                pausing.release.countDown();

                assertThat(alice.get(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                pool.shutdownNow();
            }
            assertThat(grants(paused, ALICE, 3, 10)).as("the rest of the window alice's call was counted in").isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("with accounts on different limits")
    class DifferentLimits {

        private final AccountId carol = new AccountId("1000000000000003");
        private final AccountId dave = new AccountId("1000000000000004");

        @Test
        @DisplayName("gives each account its own limit, whichever limit was seen first")
        void eachAccountItsOwnLimit() {
            for (int window = 0; window < 3; window++) {
                assertThat(grants(ALICE, 2, 10)).as("alice, window %d", window).isEqualTo(2);
                assertThat(grants(BOB, 6, 10)).as("bob, window %d", window).isEqualTo(6);
                assertThat(grants(carol, 2, 10)).as("carol, window %d", window).isEqualTo(2);
                assertThat(grants(dave, 6, 10)).as("dave, window %d", window).isEqualTo(6);
                clock.advanceMillis(1000);
            }
        }

        @Test
        @DisplayName("changes one account's limit without changing another's that started on the same limit")
        void limitChangeStaysWithItsAccount() {
            assertThat(grants(ALICE, 3, 1)).isEqualTo(1);
            assertThat(grants(BOB, 3, 1)).isEqualTo(1);

            assertThat(grants(ALICE, 1, 10)).as("alice lowered to 1 after one call").isZero();
            assertThat(grants(BOB, 3, 10)).as("the rest of bob's window").isEqualTo(2);
            assertThat(grants(carol, 3, 10)).as("a new account on the first limit").isEqualTo(3);

            clock.advanceMillis(1000);
            assertThat(grants(ALICE, 1, 10)).isEqualTo(1);
            assertThat(grants(BOB, 3, 10)).isEqualTo(3);
            assertThat(grants(carol, 3, 10)).isEqualTo(3);
            assertThat(grants(dave, 3, 10)).isEqualTo(3);
        }

        @Test
        @DisplayName("grants exactly a limit above the domain's highest")
        void limitAboveTheDomainsHighest() {
            int limit = Account.MAX_QPS + 1;

            assertThat(grants(ALICE, limit, limit + 10)).isEqualTo(limit);
            assertThat(grants(BOB, limit, limit + 10)).isEqualTo(limit);
        }

        @Test
        @DisplayName("keeps each quota's window when two quotas see the same limit")
        void sameLimitDifferentWindows() {
            LocalCallQuota tenthOfASecond = LocalCallQuota.create(clock, Duration.ofMillis(100), Duration.ofMillis(100));
            assertThat(grants(ALICE, 3, 10)).isEqualTo(3);
            assertThat(grants(tenthOfASecond, ALICE, 3, 10)).isEqualTo(3);

            clock.advanceMillis(100);

            assertThat(grants(ALICE, 3, 10)).as("one-second window, still the first").isZero();
            assertThat(grants(tenthOfASecond, ALICE, 3, 10)).as("a new 100 ms window").isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("when created or called with bad arguments")
    class BadArguments {

        @Test
        @DisplayName("refuses an idle timeout shorter than one window, since eviction would then be inexact")
        void idleTimeoutBelowWindow() {
            assertThatThrownBy(() -> LocalCallQuota.create(clock, Duration.ofSeconds(1), Duration.ofMillis(999)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("idleTimeout must be at least one window, or eviction would be inexact");
        }

        @Test
        @DisplayName("accepts an idle timeout of exactly one window")
        void idleTimeoutOfOneWindow() {
            LocalCallQuota tight = LocalCallQuota.create(clock, Duration.ofSeconds(1), Duration.ofSeconds(1));

            assertThat(tight.tryAcquire(ALICE, GET_FLOW, 1)).isTrue();
            assertThat(tight.tryAcquire(ALICE, GET_FLOW, 1)).isFalse();
        }

        @ParameterizedTest(name = "{0} ms")
        @ValueSource(longs = {0, -1, -1000})
        @DisplayName("refuses a window that is not positive")
        void nonPositiveWindow(long millis) {
            assertThatThrownBy(() -> LocalCallQuota.create(clock, Duration.ofMillis(millis), Duration.ofSeconds(2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("window must be positive");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        @DisplayName("refuses permits per second below one")
        void nonPositivePermits(int permitsPerSecond) {
            assertThatThrownBy(() -> quota.tryAcquire(ALICE, GET_FLOW, permitsPerSecond))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("permitsPerSecond must be positive");
            assertThat(quota.trackedAccounts()).isZero();
        }

        @Test
        @DisplayName("refuses missing collaborators and a missing account")
        void nulls() {
            assertThatNullPointerException().isThrownBy(() -> LocalCallQuota.create(null)).withMessage("clock");
            assertThatNullPointerException()
                    .isThrownBy(() -> LocalCallQuota.create(Clock.systemUTC(), null, Duration.ofSeconds(2)))
                    .withMessage("window");
            assertThatNullPointerException()
                    .isThrownBy(() -> LocalCallQuota.create(Clock.systemUTC(), Duration.ofSeconds(1), null))
                    .withMessage("idleTimeout");
            assertThatNullPointerException().isThrownBy(() -> quota.tryAcquire(null, GET_FLOW, 5)).withMessage("account");
            assertThatNullPointerException().isThrownBy(() -> quota.tryAcquire(ALICE, null, 5)).withMessage("action");
            assertThat(quota.trackedAccounts()).isZero();
        }

        @Test
        @DisplayName("refuses an empty action name, holding nothing for it")
        void emptyAction() {
            assertThatThrownBy(() -> quota.tryAcquire(ALICE, "", 5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("action must not be empty");
            assertThat(quota.trackedAccounts()).isZero();
        }
    }
}
