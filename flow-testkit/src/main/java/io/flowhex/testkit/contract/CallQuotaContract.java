package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.flowhex.application.port.out.CallQuota;
import io.flowhex.domain.account.AccountId;
import io.flowhex.testkit.Fixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallQuota} must do, whether it counts in one process or in a shared store: each
 * (account, action) gets {@code permitsPerSecond} calls per window, never one more, in windows that
 * begin at the first call after the previous one ended; a changed limit counts what the window
 * already granted. Time is the implementation's own (a clock the test moves, or a database's), so the
 * suite never waits: it asks the test to let time pass ({@link QuotaTime#elapse}), and it stays well inside or
 * well past a window, never at its edge, so a clock that also runs on its own (a database's) passes.
 */
public abstract class CallQuotaContract {

    private static final String GET_FLOW = "GetFlow";
    private static final String LIST_FLOW = "ListFlow";
    private static final int LIMIT = 5;

    protected abstract CallQuota quota();

    /**
     * How time passes for this quota: one-second windows on a clock the test moves, or longer ones where its
     * clock runs on its own, aged in what it stored.
     */
    protected abstract QuotaTime time();

    private Duration windows(double count) {
        return Duration.ofNanos(Math.round(time().window().toNanos() * count));
    }

    private int grants(AccountId account, String action, int permits, int attempts) {
        int granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (quota().tryAcquire(account, action, permits)) {
                granted++;
            }
        }
        return granted;
    }

    @Test
    @DisplayName("a burst gets exactly the limit, and every further call in the window is refused")
    void burstGetsTheLimit() {
        AccountId account = Fixtures.accountId();

        assertThat(grants(account, GET_FLOW, LIMIT, LIMIT)).isEqualTo(LIMIT);
        assertThat(quota().tryAcquire(account, GET_FLOW, LIMIT)).isFalse();
        assertThat(grants(account, GET_FLOW, LIMIT, 20)).isZero();
    }

    @Test
    @DisplayName("a call late in the window is still refused; one window after the first call, the full budget is back")
    void budgetComesBackAfterOneWindow() {
        AccountId account = Fixtures.accountId();
        grants(account, GET_FLOW, LIMIT, LIMIT);

        time().elapse(windows(0.9));
        assertThat(quota().tryAcquire(account, GET_FLOW, LIMIT)).as("nine tenths of a window on").isFalse();
        time().elapse(windows(0.1));
        assertThat(grants(account, GET_FLOW, LIMIT, LIMIT + 3)).as("one window on").isEqualTo(LIMIT);
    }

    @Test
    @DisplayName("permits a window leaves unused are not carried into the next")
    void unusedPermitsAreLost() {
        AccountId account = Fixtures.accountId();
        grants(account, GET_FLOW, LIMIT, 2);

        time().elapse(windows(1.5));

        assertThat(grants(account, GET_FLOW, LIMIT, 2 * LIMIT)).isEqualTo(LIMIT);
    }

    @Test
    @DisplayName("after a pause, the window begins at the next call, not on a grid of whole windows from the first")
    void windowBeginsAtTheFirstCallAfterAPause() {
        AccountId account = Fixtures.accountId();
        grants(account, GET_FLOW, LIMIT, LIMIT);
        time().elapse(windows(1.5));
        assertThat(grants(account, GET_FLOW, LIMIT, LIMIT)).as("a new window begins at 1.5").isEqualTo(LIMIT);

        time().elapse(windows(0.7));
        assertThat(quota().tryAcquire(account, GET_FLOW, LIMIT)).as("2.2: still the window begun at 1.5").isFalse();
        time().elapse(windows(0.4));
        assertThat(grants(account, GET_FLOW, LIMIT, LIMIT + 1)).as("2.6: the next window").isEqualTo(LIMIT);
    }

    @Test
    @DisplayName("forgetting an account gives it its full budget at once and leaves every other account's as it was")
    void forgetOneAccount() {
        AccountId reset = Fixtures.accountId();
        AccountId other = Fixtures.accountId();
        grants(reset, GET_FLOW, LIMIT, LIMIT);
        grants(other, GET_FLOW, LIMIT, LIMIT);

        quota().forget(reset);

        assertThat(grants(reset, GET_FLOW, LIMIT, LIMIT + 1)).as("the forgotten account").isEqualTo(LIMIT);
        assertThat(quota().tryAcquire(other, GET_FLOW, LIMIT)).as("the other account").isFalse();
    }

    @Test
    @DisplayName("forgetting all gives every account its full budget at once; the usage it reports then counts only what follows")
    void forgetAll() {
        AccountId first = Fixtures.accountId();
        AccountId second = Fixtures.accountId();
        grants(first, GET_FLOW, LIMIT, LIMIT);
        grants(second, LIST_FLOW, LIMIT, LIMIT);

        quota().forgetAll();

        // usage is optional for a quota (empty: it cannot tell cheaply); where reported, it must be true
        quota().usage().ifPresent(usage -> assertThat(usage.trackedActions()).isZero());
        assertThat(grants(first, GET_FLOW, LIMIT, LIMIT + 1)).isEqualTo(LIMIT);
        assertThat(grants(second, LIST_FLOW, LIMIT, LIMIT + 1)).isEqualTo(LIMIT);
        quota().usage().ifPresent(usage -> {
            assertThat(usage.trackedAccounts()).isEqualTo(2);
            assertThat(usage.trackedActions()).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("each account has its own budget: one account's burst costs another nothing")
    void accountsAreApart() {
        AccountId busy = Fixtures.accountId();
        AccountId quiet = Fixtures.accountId();

        assertThat(grants(busy, GET_FLOW, LIMIT, 3 * LIMIT)).isEqualTo(LIMIT);

        assertThat(grants(quiet, GET_FLOW, LIMIT, LIMIT + 1)).isEqualTo(LIMIT);
    }

    @Test
    @DisplayName("each action of an account has its own budget, with its own limit")
    void actionsAreApart() {
        AccountId account = Fixtures.accountId();

        assertThat(grants(account, GET_FLOW, LIMIT, 2 * LIMIT)).isEqualTo(LIMIT);
        assertThat(grants(account, LIST_FLOW, 2, 2 * LIMIT)).isEqualTo(2);
        assertThat(grants(account, GET_FLOW, LIMIT, 1)).as("GetFlow's window is still spent").isZero();
    }

    @Test
    @DisplayName("the limit is the one passed with the call: 1 and 100 per window")
    void limitIsTheOnePassed() {
        AccountId one = Fixtures.accountId();
        AccountId hundred = Fixtures.accountId();

        assertThat(grants(one, GET_FLOW, 1, 5)).isEqualTo(1);
        assertThat(grants(hundred, GET_FLOW, 100, 120)).isEqualTo(100);
    }

    @Test
    @DisplayName("a limit lowered within a window counts the calls it already granted; the next window has the new limit")
    void loweredLimitCountsWhatWasGranted() {
        AccountId account = Fixtures.accountId();
        assertThat(grants(account, GET_FLOW, LIMIT, 2)).isEqualTo(2);

        assertThat(grants(account, GET_FLOW, 3, LIMIT)).as("3 - 2 granted").isEqualTo(1);
        assertThat(grants(account, GET_FLOW, 1, 1)).as("already over 1").isZero();
        time().elapse(windows(1));
        assertThat(grants(account, GET_FLOW, 3, LIMIT)).isEqualTo(3);
    }

    @Test
    @DisplayName("a limit raised within a window adds nothing to it; the next window has the new limit")
    void raisedLimitWaitsForTheNextWindow() {
        AccountId account = Fixtures.accountId();
        assertThat(grants(account, GET_FLOW, 2, LIMIT)).isEqualTo(2);

        assertThat(grants(account, GET_FLOW, 10, LIMIT)).isZero();
        time().elapse(windows(1));
        assertThat(grants(account, GET_FLOW, 10, 12)).isEqualTo(10);
    }

    @Test
    @DisplayName("16 threads released at once on one account get exactly the limit between them")
    void concurrentCallersGetExactlyTheLimit() throws Exception {
        AccountId account = Fixtures.accountId();
        int attemptsEach = 8;

        List<Integer> granted = Race.among(16, thread -> () -> grants(account, GET_FLOW, LIMIT, attemptsEach));

        assertThat(granted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(LIMIT);
    }

    @Test
    @DisplayName("arguments are checked: no account, no action, an empty action or a limit below 1 are refused")
    void argumentsAreChecked() {
        AccountId account = Fixtures.accountId();

        assertThatNullPointerException().isThrownBy(() -> quota().tryAcquire(null, GET_FLOW, LIMIT));
        assertThatNullPointerException().isThrownBy(() -> quota().tryAcquire(account, null, LIMIT));
        assertThatIllegalArgumentException().isThrownBy(() -> quota().tryAcquire(account, "", LIMIT));
        assertThatIllegalArgumentException().isThrownBy(() -> quota().tryAcquire(account, GET_FLOW, 0));
        assertThat(grants(account, GET_FLOW, LIMIT, LIMIT + 1)).as("a refused argument took no permit").isEqualTo(LIMIT);
    }
}
