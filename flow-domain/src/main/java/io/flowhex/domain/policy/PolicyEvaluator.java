package io.flowhex.domain.policy;

import io.flowhex.domain.policy.Decision.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * Decides a request the way RAM does. Stateless and thread-safe; policies arrive compiled, so the
 * hot path compiles nothing and only walks lists.
 *
 * <p>Steps: root is allowed outright (control policies do not apply to the account owner). For
 * anyone else three layers must each allow: the control policies (when the account has any), the
 * session policy (when the role session has one) and the identity policies. Within a layer a
 * matching Deny wins over any Allow, whatever the order of statements or policies.
 *
 * <p>Reporting order: an explicit Deny in any layer wins over an implicit deny in another, as in
 * AWS's published logic ("an explicit deny in any policy overrides any allow"). So a request that
 * no control policy allows but that an identity policy explicitly denies reports
 * {@code ExplicitDeny}/{@code AccountLevelIdentityBasedPolicy}. Among several layers of the same
 * kind of denial the earlier step (control, then session, then identity) is reported.
 */
public final class PolicyEvaluator {

    public Decision evaluate(PrincipalKind kind, PolicySet policies, AccessRequest request) {
        if (kind == PrincipalKind.ROOT) {
            return Decision.allow();
        }
        Outcome control = policies.controlPolicies().isEmpty()
                ? Outcome.ALLOW
                : judge(policies.controlPolicies(), request);
        if (control == Outcome.EXPLICIT_DENY) {
            return Decision.explicitDeny(PolicyType.CONTROL);
        }
        // A session policy present for a non-role principal is still applied: it can only narrow.
        Optional<List<Policy>> sessionPolicies = policies.sessionPolicies();
        Outcome session = sessionPolicies.isPresent() ? judge(sessionPolicies.get(), request) : Outcome.ALLOW;
        if (session == Outcome.EXPLICIT_DENY) {
            return Decision.explicitDeny(PolicyType.SESSION);
        }
        Outcome identity = judge(policies.identityPolicies(), request);
        if (identity == Outcome.EXPLICIT_DENY) {
            return Decision.explicitDeny(PolicyType.IDENTITY);
        }
        if (control == Outcome.IMPLICIT_DENY) {
            return Decision.implicitDeny(PolicyType.CONTROL);
        }
        if (session == Outcome.IMPLICIT_DENY) {
            return Decision.implicitDeny(PolicyType.SESSION);
        }
        return identity == Outcome.ALLOW ? Decision.allow() : Decision.implicitDeny(PolicyType.IDENTITY);
    }

    /** One layer: any matching Deny denies explicitly, else any matching Allow allows, else implicit deny. */
    private static Outcome judge(List<Policy> policies, AccessRequest request) {
        boolean allowed = false;
        for (Policy policy : policies) {
            for (Statement statement : policy.statements()) {
                if (statement.effect() == Effect.DENY) {
                    if (statement.appliesTo(request)) {
                        return Outcome.EXPLICIT_DENY;
                    }
                } else if (!allowed && statement.appliesTo(request)) {
                    // Keep scanning: a later Deny still overrides this Allow.
                    allowed = true;
                }
            }
        }
        return allowed ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
    }
}
