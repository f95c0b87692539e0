package io.flowhex.application;

import io.flowhex.application.port.in.ResetStateUseCase;
import io.flowhex.application.port.in.StateSummary;
import io.flowhex.application.port.in.SummarizeStateUseCase;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreCounts;
import io.flowhex.domain.account.AccountId;
import java.util.Objects;

/**
 * The operator's resets and summary. A reset clears the stores first and the call budgets second: a
 * call that comes in between meets an account that no longer exists, never one whose budget was
 * forgotten while its data stayed.
 */
final class AdministrationService implements ResetStateUseCase, SummarizeStateUseCase {

    private final StoreAdministration stores;
    private final CallQuota quota;

    AdministrationService(StoreAdministration stores, CallQuota quota) {
        this.stores = stores;
        this.quota = quota;
    }

    @Override
    public void resetAll() {
        OperatorCalls.run(() -> {
            stores.clearAll();
            quota.forgetAll();
        });
    }

    @Override
    public boolean resetAccount(AccountId account) {
        Objects.requireNonNull(account, "account");
        return OperatorCalls.call(() -> {
            boolean held = stores.clearAccount(account);
            quota.forget(account);
            return held;
        });
    }

    @Override
    public StateSummary summary() {
        return OperatorCalls.call(() -> {
            StoreCounts counts = stores.counts();
            return new StateSummary(counts.accounts(), counts.accessKeys(), counts.flowsByStatus(), quota.usage()
                    .map(usage -> new StateSummary.Limiter(usage.trackedAccounts(), usage.trackedActions())));
        });
    }
}
