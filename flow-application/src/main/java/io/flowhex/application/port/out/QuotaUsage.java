package io.flowhex.application.port.out;

/**
 * What a {@link CallQuota} holds now, for the operator's summary: the accounts it tracks, and the
 * action budgets those accounts hold in all.
 */
public record QuotaUsage(long trackedAccounts, long trackedActions) {

    public QuotaUsage {
        if (trackedAccounts < 0 || trackedActions < trackedAccounts) {
            throw new IllegalArgumentException("a tracked account holds at least one action's budget");
        }
    }
}
