package io.flowhex.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * The policies that bear on one principal's request.
 *
 * @param identityPolicies the policies attached to the user or role
 * @param sessionPolicies  present only for a role session that was given a session policy at
 *                         AssumeRole; it can only narrow what the role's policies allow
 * @param controlPolicies  the guard rails over the account's RAM principals; empty means none
 */
public record PolicySet(List<Policy> identityPolicies, Optional<List<Policy>> sessionPolicies,
                        List<Policy> controlPolicies) {

    public PolicySet {
        identityPolicies = List.copyOf(identityPolicies);
        sessionPolicies = sessionPolicies.map(List::copyOf);
        controlPolicies = List.copyOf(controlPolicies);
    }

    /** Identity policies only: no session policy, no control policy. */
    public static PolicySet ofIdentity(List<Policy> identityPolicies) {
        return new PolicySet(identityPolicies, Optional.empty(), List.of());
    }

    public PolicySet withSessionPolicies(List<Policy> policies) {
        return new PolicySet(identityPolicies, Optional.of(policies), controlPolicies);
    }

    public PolicySet withControlPolicies(List<Policy> policies) {
        return new PolicySet(identityPolicies, sessionPolicies, policies);
    }
}
