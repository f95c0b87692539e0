package io.flowhex.domain.account;

import io.flowhex.domain.flow.SpaceId;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A CAMS tenant: whether it subscribed to the product, the spaces it owns, and an optional
 * per-account override of the calls-per-second limit.
 */
public record Account(AccountId id, boolean subscribed, Set<SpaceId> spaces, OptionalInt qpsOverride) {

    public static final int MAX_QPS = 100_000;

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spaces, "spaces");
        Objects.requireNonNull(qpsOverride, "qpsOverride");
        spaces = Set.copyOf(spaces);
        if (qpsOverride.isPresent() && (qpsOverride.getAsInt() < 1 || qpsOverride.getAsInt() > MAX_QPS)) {
            throw new IllegalArgumentException("qps must be 1 to " + MAX_QPS);
        }
    }

    public static Account subscribed(AccountId id, Set<SpaceId> spaces) {
        return new Account(id, true, spaces, OptionalInt.empty());
    }

    public boolean owns(SpaceId space) {
        return spaces.contains(space);
    }

    public Account withQps(int qps) {
        return new Account(id, subscribed, spaces, OptionalInt.of(qps));
    }

    public Account withSubscription(boolean value) {
        return new Account(id, value, spaces, qpsOverride);
    }

    public Account withSpace(SpaceId space) {
        var more = new java.util.HashSet<>(spaces);
        more.add(space);
        return new Account(id, subscribed, more, qpsOverride);
    }
}
