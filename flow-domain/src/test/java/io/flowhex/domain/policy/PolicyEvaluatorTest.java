package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.policy.Decision.Outcome;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The policy evaluator")
class PolicyEvaluatorTest {

    private static final AccessRequest GET_FLOW = AccessRequest.onAllResources("cams:GetFlow", RequestContext.empty());

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    private static Statement statement(Effect effect, String action) {
        return new Statement(effect, PatternClause.actions(List.of(action), false),
                PatternClause.resources(List.of("*"), false), List.of());
    }

    private static Policy allow(String action) {
        return Policy.of(statement(Effect.ALLOW, action));
    }

    private static Policy deny(String action) {
        return Policy.of(statement(Effect.DENY, action));
    }

    private Decision evaluate(PrincipalKind kind, PolicySet policies) {
        return evaluator.evaluate(kind, policies, GET_FLOW);
    }

    @Test
    @DisplayName("allows the account owner without looking at any policy, control policies included")
    void allowsRoot() {
        PolicySet policies = PolicySet.ofIdentity(List.of(deny("*"))).withControlPolicies(List.of(deny("*")));

        assertThat(evaluate(PrincipalKind.ROOT, policies)).isEqualTo(Decision.allow());
    }

    @Test
    @DisplayName("reports an explicit identity Deny over a control policy that merely does not allow")
    void explicitDenyWinsOverImplicitDenyElsewhere() {
        PolicySet policies = PolicySet.ofIdentity(List.of(deny("cams:GetFlow")))
                .withControlPolicies(List.of(allow("ecs:*")));

        assertThat(evaluate(PrincipalKind.RAM_USER, policies)).isEqualTo(Decision.explicitDeny(PolicyType.IDENTITY));
    }

    @Test
    @DisplayName("reports an explicit session Deny over a control policy that merely does not allow")
    void explicitSessionDenyWinsOverImplicitControlDeny() {
        PolicySet policies = PolicySet.ofIdentity(List.of(allow("*")))
                .withSessionPolicies(List.of(deny("cams:*")))
                .withControlPolicies(List.of(allow("ecs:*")));

        assertThat(evaluate(PrincipalKind.ROLE_SESSION, policies)).isEqualTo(Decision.explicitDeny(PolicyType.SESSION));
    }

    @Test
    @DisplayName("reports the control policy first when several layers explicitly deny")
    void controlDenyReportedFirst() {
        PolicySet policies = PolicySet.ofIdentity(List.of(deny("*")))
                .withSessionPolicies(List.of(deny("*")))
                .withControlPolicies(List.of(deny("*")));

        assertThat(evaluate(PrincipalKind.ROLE_SESSION, policies)).isEqualTo(Decision.explicitDeny(PolicyType.CONTROL));
    }

    @Test
    @DisplayName("reports the control policy, then the session policy, when layers only fail to allow")
    void implicitDenialsReportedInStepOrder() {
        PolicySet identityAllows = PolicySet.ofIdentity(List.of(allow("*")));

        assertThat(evaluate(PrincipalKind.ROLE_SESSION, identityAllows
                .withSessionPolicies(List.of(allow("ecs:*")))
                .withControlPolicies(List.of(allow("ecs:*")))))
                .isEqualTo(Decision.implicitDeny(PolicyType.CONTROL));
        assertThat(evaluate(PrincipalKind.ROLE_SESSION, identityAllows.withSessionPolicies(List.of(allow("ecs:*")))))
                .isEqualTo(Decision.implicitDeny(PolicyType.SESSION));
        assertThat(evaluate(PrincipalKind.ROLE_SESSION, PolicySet.ofIdentity(List.of(allow("ecs:*")))))
                .isEqualTo(Decision.implicitDeny(PolicyType.IDENTITY));
    }

    @Test
    @DisplayName("treats a present but empty session policy list as allowing nothing")
    void emptySessionPolicyAllowsNothing() {
        PolicySet policies = PolicySet.ofIdentity(List.of(allow("*"))).withSessionPolicies(List.of());

        assertThat(evaluate(PrincipalKind.ROLE_SESSION, policies)).isEqualTo(Decision.implicitDeny(PolicyType.SESSION));
    }

    @Test
    @DisplayName("allows when every layer that applies allows")
    void allowsWhenEveryLayerAllows() {
        PolicySet policies = PolicySet.ofIdentity(List.of(allow("cams:*")))
                .withSessionPolicies(List.of(allow("cams:Get*")))
                .withControlPolicies(List.of(allow("*")));

        Decision decision = evaluate(PrincipalKind.ROLE_SESSION, policies);

        assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.deniedBy()).isEmpty();
        assertThat(decision.noPermissionType()).isEmpty();
    }

    @Test
    @DisplayName("lets a Deny with NotAction deny every other action, and not the listed one")
    void denyWithNotActionDeniesTheRest() {
        Statement denyAllButGetFlow = new Statement(Effect.DENY, PatternClause.actions(List.of("cams:GetFlow"), true),
                PatternClause.resources(List.of("*"), false), List.of());
        PolicySet policies = PolicySet.ofIdentity(List.of(new Policy(List.of(denyAllButGetFlow,
                statement(Effect.ALLOW, "cams:*")))));

        assertThat(evaluator.evaluate(PrincipalKind.RAM_USER, policies, GET_FLOW)).isEqualTo(Decision.allow());
        assertThat(evaluator.evaluate(PrincipalKind.RAM_USER, policies,
                AccessRequest.onAllResources("cams:ListFlow", RequestContext.empty())))
                .isEqualTo(Decision.explicitDeny(PolicyType.IDENTITY));
    }

    @Test
    @DisplayName("does not grant on a statement that names a specific resource when the request is for *")
    void specificResourceDoesNotGrantAllResources() {
        Statement onOneFlow = new Statement(Effect.ALLOW, PatternClause.actions(List.of("cams:GetFlow"), false),
                PatternClause.resources(List.of("acs:cams:*:*:*"), false), List.of());

        assertThat(evaluate(PrincipalKind.RAM_USER, PolicySet.ofIdentity(List.of(Policy.of(onOneFlow)))))
                .isEqualTo(Decision.implicitDeny(PolicyType.IDENTITY));
    }
}
