package io.flowhex.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.QuotaUsage;
import io.flowhex.domain.account.AccountId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The local call quota, reset by the operator")
class LocalCallQuotaResetTest {

    private static final AccountId ALICE = new AccountId("1000000000000001");
    private static final AccountId BOB = new AccountId("1000000000000002");

    private final LocalCallQuota quota = LocalCallQuota.create(new SteppingClock());

    private int grants(AccountId account, String action, int attempts) {
        int granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (quota.tryAcquire(account, action, 2)) {
                granted++;
            }
        }
        return granted;
    }

    @Test
    @DisplayName("forgetting one account gives it a fresh budget in the same window and leaves another's spent")
    void forgetOne() {
        assertThat(grants(ALICE, "GetFlow", 5)).isEqualTo(2);
        assertThat(grants(BOB, "GetFlow", 5)).isEqualTo(2);

        quota.forget(ALICE);

        assertThat(grants(ALICE, "GetFlow", 5)).isEqualTo(2);
        assertThat(grants(BOB, "GetFlow", 5)).isZero();
    }

    @Test
    @DisplayName("forgetting every account empties what it tracks")
    void forgetAll() {
        grants(ALICE, "GetFlow", 3);
        grants(ALICE, "ListFlow", 1);
        grants(BOB, "GetFlow", 3);
        assertThat(quota.usage()).contains(new QuotaUsage(2, 3));

        quota.forgetAll();

        assertThat(quota.usage()).contains(new QuotaUsage(0, 0));
        assertThat(quota.trackedAccounts()).isZero();
        assertThat(grants(BOB, "GetFlow", 5)).isEqualTo(2);
    }

    @Test
    @DisplayName("forgetting an account it never saw changes nothing")
    void forgetUnknown() {
        grants(BOB, "GetFlow", 1);

        quota.forget(ALICE);

        assertThat(quota.usage()).contains(new QuotaUsage(1, 1));
    }
}
