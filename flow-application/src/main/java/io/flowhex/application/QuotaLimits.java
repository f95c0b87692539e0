package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.domain.account.Account;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Calls per second per account for each action: the account's own override for the action, else
 * its override for all actions, else this application's default for the action (set per action, or
 * for all of them; CAMS documents 5 for each). RAM users share their account's limits.
 */
final class QuotaLimits {

    private final int[] defaults = new int[CamsAction.values().length];

    QuotaLimits(int defaultQps, Map<CamsAction, Integer> perAction) {
        Objects.requireNonNull(perAction, "perAction");
        for (CamsAction action : CamsAction.values()) {
            defaults[action.ordinal()] = perAction.getOrDefault(action, defaultQps);
        }
    }

    /** The limit for {@code account} (null when it is unknown: the defaults apply). */
    int of(CamsAction action, Account account) {
        if (account != null) {
            OptionalInt own = account.qpsFor(action.wireName());
            if (own.isPresent()) {
                return own.getAsInt();
            }
        }
        return defaults[action.ordinal()];
    }
}
