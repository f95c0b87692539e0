package io.flowhex.domain.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an access request, and for a denial the step that denied it.
 *
 * @param deniedBy empty exactly when the outcome is {@link Outcome#ALLOW}
 */
public record Decision(Outcome outcome, Optional<PolicyType> deniedBy) {

    public enum Outcome { ALLOW, EXPLICIT_DENY, IMPLICIT_DENY }

    private static final Decision ALLOWED = new Decision(Outcome.ALLOW, Optional.empty());

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deniedBy, "deniedBy");
        if ((outcome == Outcome.ALLOW) != deniedBy.isEmpty()) {
            throw new IllegalArgumentException("a denial, and only a denial, names the policy type that denied");
        }
    }

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision explicitDeny(PolicyType deniedBy) {
        return new Decision(Outcome.EXPLICIT_DENY, Optional.of(deniedBy));
    }

    public static Decision implicitDeny(PolicyType deniedBy) {
        return new Decision(Outcome.IMPLICIT_DENY, Optional.of(deniedBy));
    }

    public boolean isAllowed() {
        return outcome == Outcome.ALLOW;
    }

    /** {@code ExplicitDeny}/{@code ImplicitDeny} for a denial; empty when allowed. */
    public Optional<NoPermissionType> noPermissionType() {
        return switch (outcome) {
            case ALLOW -> Optional.empty();
            case EXPLICIT_DENY -> Optional.of(NoPermissionType.EXPLICIT_DENY);
            case IMPLICIT_DENY -> Optional.of(NoPermissionType.IMPLICIT_DENY);
        };
    }
}
