package io.flowhex.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The local call quota, per action and per account")
class LocalCallQuotaActionsTest {

    /** The ten actions of CAMS's flow API. */
    private static final List<String> FLOW_ACTIONS = List.of("GetFlow", "CreateFlow", "ModifyFlow", "ListFlow",
            "DeleteFlow", "PublishFlow", "DeprecateFlow", "GetFlowPreviewUrl", "GetFlowJSONAssest",
            "UpdateFlowJSONAsset");

    private static final AccountId ALICE = new AccountId("1000000000000001");
    private static final AccountId BOB = new AccountId("1000000000000002");
    private static final AccountId MALLORY = new AccountId("1000000000000666");

    private final SteppingClock clock = new SteppingClock();
    private final LocalCallQuota quota = LocalCallQuota.create(clock);

    private static int grants(LocalCallQuota quota, AccountId account, String action, int permits, int attempts) {
        int granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (quota.tryAcquire(account, action, permits)) {
                granted++;
            }
        }
        return granted;
    }

    private int grants(AccountId account, String action, int permits, int attempts) {
        return grants(quota, account, action, permits, attempts);
    }

    @Test
    @DisplayName("gives two actions of one account budgets of their own, each with its own limit")
    void actionsHaveIndependentBudgets() {
        assertThat(grants(ALICE, "GetFlow", 3, 10)).isEqualTo(3);

        assertThat(grants(ALICE, "ListFlow", 5, 10)).as("GetFlow's budget is spent, ListFlow's is not").isEqualTo(5);
        assertThat(grants(ALICE, "GetFlow", 3, 10)).isZero();
        assertThat(quota.trackedActions(ALICE)).isEqualTo(2);
        assertThat(quota.trackedAccounts()).as("one entry for the account").isOne();

        clock.advanceMillis(1000);
        assertThat(grants(ALICE, "GetFlow", 3, 10)).isEqualTo(3);
        assertThat(grants(ALICE, "ListFlow", 5, 10)).isEqualTo(5);
    }

    @Test
    @DisplayName("starts each action's windows at that action's first call")
    void eachActionItsOwnWindows() {
        assertThat(grants(ALICE, "GetFlow", 2, 10)).isEqualTo(2);
        clock.advanceMillis(600);
        assertThat(grants(ALICE, "ListFlow", 2, 10)).isEqualTo(2);

        clock.advanceMillis(400);
        assertThat(grants(ALICE, "GetFlow", 2, 10)).as("a second after GetFlow's first call").isEqualTo(2);
        assertThat(grants(ALICE, "ListFlow", 2, 10)).as("400 ms into ListFlow's window").isZero();
        clock.advanceMillis(600);
        assertThat(grants(ALICE, "ListFlow", 2, 10)).isEqualTo(2);
    }

    @Test
    @DisplayName("changes one action's limit without touching another action's window")
    void limitChangeStaysWithItsAction() {
        assertThat(grants(ALICE, "GetFlow", 4, 1)).isOne();
        assertThat(grants(ALICE, "ListFlow", 4, 1)).isOne();

        assertThat(grants(ALICE, "GetFlow", 1, 10)).as("lowered to 1 after one call").isZero();
        assertThat(grants(ALICE, "ListFlow", 4, 10)).isEqualTo(3);
    }

    @Test
    @DisplayName("forgets an account only once every action's window has been idle for the timeout")
    void forgetsAnAccountWithAllItsActions() {
        assertThat(grants(ALICE, "GetFlow", 2, 1)).isOne();
        clock.advanceMillis(600);
        assertThat(grants(ALICE, "ListFlow", 2, 2)).isEqualTo(2);

        clock.advanceMillis(400);
        assertThat(quota.tryAcquire(BOB, "GetFlow", 2)).as("runs a pass at 1000 ms").isTrue();
        assertThat(quota.trackedActions(ALICE)).as("ListFlow's window began 400 ms ago").isEqualTo(2);

        clock.advanceMillis(1000);
        assertThat(quota.tryAcquire(BOB, "GetFlow", 2)).as("runs a pass at 2000 ms").isTrue();
        assertThat(quota.trackedActions(ALICE)).isZero();
        assertThat(quota.trackedAccounts()).as("bob alone").isOne();
        assertThat(grants(ALICE, "ListFlow", 2, 10)).as("a whole budget again").isEqualTo(2);
    }

    @Test
    @DisplayName("holds at most the bound of actions per account, refusing another action while all are in use")
    void boundsTheActionsOfOneAccount() {
        int bound = LocalCallQuota.MAX_ACTIONS_PER_ACCOUNT;
        for (int i = 0; i < bound; i++) {
            assertThat(quota.tryAcquire(MALLORY, "Action" + i, 5)).as("action %d", i).isTrue();
        }

        List<Integer> granted = new ArrayList<>();
        for (int i = bound; i < bound + 1_000; i++) {
            if (quota.tryAcquire(MALLORY, "Action" + i, 5)) {
                granted.add(i);
            }
        }

        assertThat(granted).as("new actions while every held window is running").isEmpty();
        assertThat(quota.trackedActions(MALLORY)).isEqualTo(bound);
        assertThat(grants(MALLORY, "Action0", 5, 10)).as("the held actions keep their budgets").isEqualTo(4);
        assertThat(grants(ALICE, "Action" + bound, 5, 10)).as("another account is not bound by mallory's").isEqualTo(5);
    }

    @Test
    @DisplayName("gives a new action the place of one whose window is idle, once the account holds the bound")
    void reusesTheIdleActionsPlace() {
        int bound = LocalCallQuota.MAX_ACTIONS_PER_ACCOUNT;
        for (int i = 0; i < bound; i++) {
            quota.tryAcquire(MALLORY, "Action" + i, 5);
        }
        clock.advanceMillis(1000);
        for (int i = 1; i < bound; i++) {
            assertThat(quota.tryAcquire(MALLORY, "Action" + i, 5)).as("action %d", i).isTrue();
        }

        assertThat(grants(MALLORY, "New", 2, 10)).as("takes the place of Action0, idle for a second").isEqualTo(2);
        assertThat(quota.tryAcquire(MALLORY, "Newer", 2)).as("every other window began just now").isFalse();
        assertThat(quota.trackedActions(MALLORY)).isEqualTo(bound);
        assertThat(grants(MALLORY, "Action1", 5, 10)).as("kept, with what its window has left").isEqualTo(4);
        assertThat(grants(MALLORY, "Action0", 5, 10)).as("forgotten, so held again only in an idle place").isZero();
    }

    /**
     * Bob's calls go to two quotas on one clock; mallory floods one of them between bob's calls, on
     * every flow action and on a stream of made-up ones, far past every limit, so that her entry is
     * swept, rebuilt and at its bound of actions by turns. Bob's answers must be the same in both.
     */
    @Test
    @DisplayName("never changes another account's answers, whatever one account sends, across windows and sweeps")
    void oneAccountsFloodLeavesAnotherAlone() {
        LocalCallQuota quiet = LocalCallQuota.create(clock);
        LocalCallQuota flooded = LocalCallQuota.create(clock);
        Random random = new Random(11);
        long[] steps = {0, 1, 250, 999, 1000, 1001, 1500, 2500};
        List<String> differences = new ArrayList<>();
        int madeUp = 0;
        for (int call = 0; call < 20_000; call++) {
            if (random.nextInt(8) == 0) {
                clock.advanceMillis(steps[random.nextInt(steps.length)]);
            }
            for (int flood = 0; flood < 25; flood++) {
                String action = random.nextInt(3) == 0 ? "Made-up-" + madeUp++ : FLOW_ACTIONS.get(flood % 10);
                flooded.tryAcquire(MALLORY, action, 1 + random.nextInt(5));
            }
            String action = FLOW_ACTIONS.get(random.nextInt(FLOW_ACTIONS.size()));
            int permits = 1 + random.nextInt(5);

            boolean alone = quiet.tryAcquire(BOB, action, permits);
            boolean beside = flooded.tryAcquire(BOB, action, permits);

            if (alone != beside) {
                differences.add("call " + call + " " + action + "@" + permits + ": " + alone + " alone, " + beside);
            }
        }

        assertThat(differences).isEmpty();
        assertThat(flooded.trackedActions(MALLORY)).isBetween(1, LocalCallQuota.MAX_ACTIONS_PER_ACCOUNT);
        assertThat(grants(flooded, BOB, "GetFlow", 3, 10)).isEqualTo(grants(quiet, BOB, "GetFlow", 3, 10));
    }
}
