package io.flowhex.domain.account;

import io.flowhex.domain.flow.SpaceId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CAMS tenant: whether it subscribed to the product, the spaces it owns, and optional overrides of
 * the calls-per-second limit: one for all its actions ({@code qpsOverride}) and one per action
 * ({@code actionQps}, keyed by the action's wire name such as {@code GetFlow}). A per-action override
 * wins over the all-actions one; the application's defaults apply where neither is set.
 */
public record Account(AccountId id, boolean subscribed, Set<SpaceId> spaces, OptionalInt qpsOverride,
        Map<String, Integer> actionQps) {

    public static final int MAX_QPS = 100_000;
    /** Action wire names as CAMS spells them: an upper-case letter, then letters. */
    private static final Pattern ACTION_NAME = Pattern.compile("[A-Z][A-Za-z]{1,63}");

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spaces, "spaces");
        Objects.requireNonNull(qpsOverride, "qpsOverride");
        Objects.requireNonNull(actionQps, "actionQps");
        spaces = Set.copyOf(spaces);
        actionQps = Map.copyOf(actionQps);
        if (qpsOverride.isPresent()) {
            checkQps(qpsOverride.getAsInt());
        }
        actionQps.forEach((action, qps) -> {
            if (!ACTION_NAME.matcher(action).matches()) {
                throw new IllegalArgumentException("an action name is letters, such as GetFlow");
            }
            checkQps(qps);
        });
    }

    /** An account without per-action overrides. */
    public Account(AccountId id, boolean subscribed, Set<SpaceId> spaces, OptionalInt qpsOverride) {
        this(id, subscribed, spaces, qpsOverride, Map.of());
    }

    public static Account subscribed(AccountId id, Set<SpaceId> spaces) {
        return new Account(id, true, spaces, OptionalInt.empty());
    }

    public boolean owns(SpaceId space) {
        return spaces.contains(space);
    }

    /**
     * This account's own limit for one action: the per-action override, else the all-actions one,
     * else empty (the application's default for that action applies).
     */
    public OptionalInt qpsFor(String action) {
        Integer own = actionQps.get(action);
        return own != null ? OptionalInt.of(own) : qpsOverride;
    }

    public Account withQps(int qps) {
        return new Account(id, subscribed, spaces, OptionalInt.of(qps), actionQps);
    }

    public Account withActionQps(String action, int qps) {
        Map<String, Integer> more = new HashMap<>(actionQps);
        more.put(action, qps);
        return new Account(id, subscribed, spaces, qpsOverride, more);
    }

    public Account withSubscription(boolean value) {
        return new Account(id, value, spaces, qpsOverride, actionQps);
    }

    public Account withSpace(SpaceId space) {
        Set<SpaceId> more = new HashSet<>(spaces);
        more.add(space);
        return new Account(id, subscribed, more, qpsOverride, actionQps);
    }

    private static void checkQps(int qps) {
        if (qps < 1 || qps > MAX_QPS) {
            throw new IllegalArgumentException("qps must be 1 to " + MAX_QPS);
        }
    }
}
