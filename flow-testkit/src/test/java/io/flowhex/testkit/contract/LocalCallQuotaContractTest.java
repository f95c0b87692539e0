package io.flowhex.testkit.contract;

import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.ratelimit.LocalCallQuota;
import io.flowhex.testkit.MutableClock;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-process call quota, on a clock the test moves")
class LocalCallQuotaContractTest extends CallQuotaContract {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final LocalCallQuota quota = LocalCallQuota.create(clock);

    @Override
    protected CallQuota quota() {
        return quota;
    }

    @Override
    protected QuotaTime time() {
        return QuotaTime.onClock(clock);
    }
}
