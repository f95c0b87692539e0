package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rate-limit check passes a correct fixed-window limiter, and catches each over-grant planted in one. */
@DisplayName("The grant-window check")
class GrantWindowsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456789Z");
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration BRACKET = Duration.ofMillis(3);
    private static final int LIMIT = 5;

    /** A call decided at T0 + offset, its bracket 3 ms wide around the decision. */
    private static LoadClient.Call call(Duration offset, boolean granted) {
        Instant decided = T0.plus(offset);
        return new LoadClient.Call(decided.minus(BRACKET.dividedBy(2)), decided.plus(BRACKET.dividedBy(2)), granted ? 200 : 400,
                granted ? "OK" : "System.LimitControl");
    }

    private static boolean decidedIn(LoadClient.Call call, int window) {
        Instant decided = call.sent().plus(BRACKET.dividedBy(2));
        return !decided.isBefore(T0.plus(SECOND.multipliedBy(window))) && decided.isBefore(T0.plus(SECOND.multipliedBy(window + 1)));
    }

    /**
     * Saturation: each of {@code windows} windows grants the limit right after it starts (every 1 ms in
     * even windows, every 0.1 ms in odd ones), then refuses every 10 ms until it ends.
     */
    private static List<LoadClient.Call> saturated(int windows) {
        List<LoadClient.Call> calls = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            Duration spacing = w % 2 == 0 ? Duration.ofMillis(1) : Duration.ofNanos(100_000);
            for (int i = 0; i < LIMIT; i++) {
                calls.add(call(SECOND.multipliedBy(w).plus(spacing.multipliedBy(i)), true));
            }
            for (int ms = 10; ms < 1000; ms += 10) {
                calls.add(call(SECOND.multipliedBy(w).plusMillis(ms), false));
            }
        }
        return calls;
    }

    @Test
    @DisplayName("accepts a saturated fixed-window limiter, although a sliding second holds more than the limit")
    void correctLimiter() {
        GrantWindows.Verdict verdict = GrantWindows.check(saturated(5), LIMIT, SECOND);

        assertThat(verdict.withinLimit()).as(verdict.overLimit()).isTrue();
        assertThat(verdict.starving()).isEmpty();
        assertThat(verdict.grants()).isEqualTo(5 * LIMIT);
        assertThat(verdict.maxInSlidingSecond()).isGreaterThan(LIMIT).isLessThanOrEqualTo(2 * LIMIT);
    }

    @Test
    @DisplayName("catches one grant too many in the middle of a window")
    void extraGrantMidWindow() {
        List<LoadClient.Call> calls = saturated(5);
        calls.add(call(SECOND.multipliedBy(2).plusMillis(500), true));

        GrantWindows.Verdict verdict = GrantWindows.check(calls, LIMIT, SECOND);

        assertThat(verdict.withinLimit()).isFalse();
        assertThat(verdict.overLimit()).startsWith("window 2 ");
    }

    @Test
    @DisplayName("catches one grant too many right after a boundary, when the window before is full")
    void extraGrantAtTheBoundary() {
        List<LoadClient.Call> calls = saturated(5);
        calls.add(call(SECOND.multipliedBy(3).plusMillis(1), true));

        assertThat(GrantWindows.check(calls, LIMIT, SECOND).withinLimit()).isFalse();
    }

    @Test
    @DisplayName("catches a limiter that forgets its windows and grants twice the limit in one")
    void doubleGrants() {
        List<LoadClient.Call> calls = new ArrayList<>();
        for (int i = 0; i < 2 * LIMIT; i++) {
            calls.add(call(Duration.ofMillis(100 * i), true));
        }

        GrantWindows.Verdict verdict = GrantWindows.check(calls, LIMIT, SECOND);

        assertThat(verdict.withinLimit()).isFalse();
        assertThat(verdict.maxInSlidingSecond()).isEqualTo(2 * LIMIT);
    }

    @Test
    @DisplayName("catches a limiter that refuses while quota is left in the window")
    void starving() {
        List<LoadClient.Call> calls = saturated(5);
        // window 3 grants nothing, but refuses as before
        calls.removeIf(call -> call.granted() && decidedIn(call, 3));

        assertThat(GrantWindows.check(calls, LIMIT, SECOND).starving()).startsWith("window 3 refused a call");
    }

    @Test
    @DisplayName("does not call a window starved that was never asked for more than its grants, however slow the calls")
    void slowButFair() {
        List<LoadClient.Call> calls = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            calls.add(call(SECOND.multipliedBy(w).plusMillis(300), true));
            Instant sent = T0.plus(SECOND.multipliedBy(w)).plusMillis(400);
            calls.add(new LoadClient.Call(sent, sent.plusMillis(1500), 400, "System.LimitControl"));
        }

        GrantWindows.Verdict verdict = GrantWindows.check(calls, LIMIT, SECOND);

        assertThat(verdict.starving()).isEmpty();
        assertThat(verdict.withinLimit()).isTrue();
    }
}
