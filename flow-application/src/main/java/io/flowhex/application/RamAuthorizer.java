package io.flowhex.application;

import io.flowhex.application.policy.CompiledPolicyCache;
import io.flowhex.application.port.in.AccessDeniedDetail;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.out.AttachedPolicy;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.AccessRequest;
import io.flowhex.domain.policy.Decision;
import io.flowhex.domain.policy.InvalidPolicyException;
import io.flowhex.domain.policy.NoPermissionType;
import io.flowhex.domain.policy.Policy;
import io.flowhex.domain.policy.PolicyEvaluator;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.policy.PolicySet;
import io.flowhex.domain.policy.PolicyType;
import io.flowhex.domain.policy.PrincipalKind;
import io.flowhex.domain.policy.RequestContext;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.Principal;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RoleSession;
import io.flowhex.domain.principal.RootPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RAM for one call: root passes; anyone else is judged on the policies attached to it (one store
 * lookup), its session policy, and the account's control policies. Compiled policies are cached
 * per stored version, so an edited policy applies on the next call. A stored policy that no longer
 * compiles denies (fail closed) and is reported by name only.
 */
final class RamAuthorizer implements Authorizer {

    private static final Logger LOG = LoggerFactory.getLogger(RamAuthorizer.class);

    /** Cache key of a stored policy version; session policies are keyed by their text. */
    private record StoredKey(AccountId account, PolicyName name, long version) {
    }

    private final PolicyRepository policies;
    private final CompiledPolicyCache<Object> cache;
    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    RamAuthorizer(PolicyRepository policies, CompiledPolicyCache<Object> cache) {
        this.policies = policies;
        this.cache = cache;
    }

    @Override
    public Optional<AccessDeniedDetail> denial(Principal principal, String action, CallContext context, Instant now) {
        if (principal instanceof RootPrincipal) {
            return Optional.empty();
        }
        Decision decision;
        try {
            decision = evaluator.evaluate(kindOf(principal), policySet(principal),
                    AccessRequest.onAllResources(action, requestContext(context, now)));
        } catch (InvalidPolicyException e) {
            decision = Decision.implicitDeny(PolicyType.IDENTITY);
        }
        if (decision.isAllowed()) {
            return Optional.empty();
        }
        return Optional.of(detail(principal, action, decision, now));
    }

    private PolicySet policySet(Principal principal) {
        PolicyHolder own = principal instanceof RoleSession session
                ? PolicyHolder.role(session.role())
                : PolicyHolder.user(((RamUser) principal).name());
        List<Policy> identity = new ArrayList<>();
        List<Policy> control = new ArrayList<>();
        for (AttachedPolicy attached : policies.attachedTo(principal.account(), List.of(own, PolicyHolder.control()))) {
            Policy compiled = compile(attached);
            (attached.holder().kind() == PolicyHolder.Kind.CONTROL ? control : identity).add(compiled);
        }
        PolicySet set = PolicySet.ofIdentity(identity).withControlPolicies(control);
        if (principal instanceof RoleSession session && session.sessionPolicy().isPresent()) {
            set = set.withSessionPolicies(List.of(cache.get(session.sessionPolicy().get(), session.sessionPolicy().get())));
        }
        return set;
    }

    private Policy compile(AttachedPolicy attached) {
        var stored = attached.policy();
        try {
            return cache.get(new StoredKey(stored.account(), stored.name(), stored.version()), stored.document());
        } catch (InvalidPolicyException e) {
            LOG.warn("stored policy {} (version {}) of account {} does not compile; denying", stored.name(),
                    stored.version(), stored.account());
            throw e;
        }
    }

    private static RequestContext requestContext(CallContext context, Instant now) {
        RequestContext.Builder builder = RequestContext.builder()
                .currentTime(now)
                .secureTransport(context.secureTransport())
                .accessId(context.accessKeyId().value());
        context.sourceIp().ifPresent(builder::sourceIp);
        return builder.build();
    }

    private static PrincipalKind kindOf(Principal principal) {
        if (principal instanceof RootPrincipal) {
            return PrincipalKind.ROOT;
        }
        return principal instanceof RoleSession ? PrincipalKind.ROLE_SESSION : PrincipalKind.RAM_USER;
    }

    private static AccessDeniedDetail detail(Principal principal, String action, Decision decision, Instant now) {
        String principalType = principal instanceof RoleSession ? "AssumedRoleUser" : "SubUser";
        String noPermission = decision.noPermissionType().orElse(NoPermissionType.IMPLICIT_DENY).wireName();
        String policyType = decision.deniedBy().orElse(PolicyType.IDENTITY).wireName();
        // An opaque token for support: what was decided and when, never which statement or text.
        String diagnostic = "flowhex-diagnostic:v1;action=" + action + ";principalType=" + principalType
                + ";noPermission=" + noPermission + ";policyType=" + policyType + ";at=" + now.getEpochSecond();
        return new AccessDeniedDetail(action, principalType, principal.account().value(), principal.displayName(),
                noPermission, policyType,
                Base64.getEncoder().encodeToString(diagnostic.getBytes(StandardCharsets.UTF_8)));
    }
}
