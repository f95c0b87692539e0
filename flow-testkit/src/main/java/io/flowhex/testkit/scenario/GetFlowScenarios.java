package io.flowhex.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.port.in.AccessDeniedDetail;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.Principal;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RoleSession;
import io.flowhex.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * GetFlow end to end over the stores an adapter provides: every error code, the order of the
 * checks, ownership, rate limits and preview renewal.
 */
public abstract class GetFlowScenarios {

    /** Fresh or shared stores; the scenarios use unique ids, so sharing one database is fine. */
    protected abstract FlowhexStores stores();

    protected World world;

    @BeforeEach
    void startWorld() {
        world = new World(stores());
    }

    protected static FlowApiException failure(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(FlowApiException.class);
        return (FlowApiException) thrown;
    }

    protected static void assertCode(ThrowingCallable call, ErrorCode code) {
        assertThat(failure(call).errorCode()).isEqualTo(code);
    }

    @Nested
    @DisplayName("a successful GetFlow")
    class Success {

        @Test
        @DisplayName("returns every Data field of the caller's own flow")
        void returnsEveryField() {
            World.Tenant tenant = world.tenant();
            Instant expiry = world.clock.instant().plus(Duration.ofDays(3));
            Flow flow = tenant.save(Fixtures.flow(tenant.id, tenant.space)
                    .categories(FlowCategory.LEAD_GENERATION, FlowCategory.SIGN_UP)
                    .status(FlowStatus.PUBLISHED).versions("2.1", "3.0")
                    .endpoint("https://example.com/data")
                    .preview("https://example.com/preview", expiry).build());

            FlowDetails details = world.getFlow(tenant.root, flow.id());

            assertThat(details.flowId()).isEqualTo(flow.id());
            assertThat(details.flowName()).isEqualTo(flow.name());
            assertThat(details.categories().names()).containsExactly("LEAD_GENERATION", "SIGN_UP");
            assertThat(details.status()).isEqualTo(FlowStatus.PUBLISHED);
            assertThat(details.jsonVersion().map(Object::toString)).contains("2.1");
            assertThat(details.dataApiVersion().map(Object::toString)).contains("3.0");
            assertThat(details.endpointUri().map(Object::toString)).contains("https://example.com/data");
            assertThat(details.preview().url().toString()).isEqualTo("https://example.com/preview");
            assertThat(details.preview().expiresAt()).isEqualTo(expiry);
        }

        @Test
        @DisplayName("returns no versions for a flow that has no Flow JSON yet")
        void noVersionsWithoutFlowJson() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.save(Fixtures.flow(tenant.id, tenant.space).noVersions().build());

            FlowDetails details = world.getFlow(tenant.root, flow.id());

            assertThat(details.jsonVersion()).isEmpty();
            assertThat(details.dataApiVersion()).isEmpty();
        }

        @Test
        @DisplayName("accepts the flow's own space, and an absent space")
        void acceptsOwnSpace() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();

            assertThat(world.getFlow(tenant.root, flow.id(), Optional.of(tenant.space)).flowId()).isEqualTo(flow.id());
            assertThat(world.getFlow(tenant.root, flow.id(), Optional.empty()).flowId()).isEqualTo(flow.id());
        }
    }

    @Nested
    @DisplayName("ownership")
    class Ownership {

        @Test
        @DisplayName("an unknown id answers Unknown.ResourceOwnerId")
        void unknownId() {
            World.Tenant tenant = world.tenant();

            assertCode(() -> world.getFlow(tenant.root, Fixtures.flowId()), ErrorCode.RESOURCE_NOT_OWNED);
        }

        @Test
        @DisplayName("another account's flow answers exactly like an unknown id, with or without its space")
        void foreignFlow() {
            World.Tenant owner = world.tenant();
            World.Tenant stranger = world.tenant();
            Flow flow = owner.flow();

            FlowApiException foreign = failure(() -> world.getFlow(stranger.root, flow.id()));
            FlowApiException foreignWithSpace = failure(
                    () -> world.getFlow(stranger.root, flow.id(), Optional.of(owner.space)));
            FlowApiException unknown = failure(() -> world.getFlow(stranger.root, Fixtures.flowId()));

            assertThat(foreign.code()).isEqualTo("Unknown.ResourceOwnerId").isEqualTo(unknown.code());
            assertThat(foreign.getMessage()).isEqualTo(unknown.getMessage());
            assertThat(foreignWithSpace.code()).isEqualTo(unknown.code());
        }

        @Test
        @DisplayName("the caller's own flow asked for in another of its spaces answers Unknown.ResourceOwnerId")
        void wrongSpace() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();

            assertCode(() -> world.getFlow(tenant.root, flow.id(), Optional.of(tenant.otherSpace)),
                    ErrorCode.RESOURCE_NOT_OWNED);
            assertCode(() -> world.getFlow(tenant.root, flow.id(), Optional.of(Fixtures.spaceId())),
                    ErrorCode.RESOURCE_NOT_OWNED);
        }
    }

    @Nested
    @DisplayName("subscription")
    class Subscription {

        @Test
        @DisplayName("an account that has not subscribed answers Product.Unsubscript")
        void unsubscribed() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            tenant.unsubscribe();

            assertCode(() -> world.getFlow(tenant.root, flow.id()), ErrorCode.PRODUCT_UNSUBSCRIBED);
        }

        @Test
        @DisplayName("a caller whose account is not provisioned at all answers Product.Unsubscript")
        void unknownAccount() {
            Principal ghost = new io.flowhex.domain.principal.RootPrincipal(Fixtures.accountId());

            assertCode(() -> world.getFlow(ghost, Fixtures.flowId()), ErrorCode.PRODUCT_UNSUBSCRIBED);
        }
    }

    @Nested
    @DisplayName("RAM")
    class Ram {

        @Test
        @DisplayName("a RAM user allowed cams:GetFlow gets the flow")
        void allowedUser() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            RamUser user = tenant.user(Fixtures.ALLOW_GET_FLOW);

            assertThat(world.getFlow(user, flow.id()).flowId()).isEqualTo(flow.id());
        }

        @Test
        @DisplayName("a RAM user with no policy is denied implicitly, with a full AccessDeniedDetail")
        void implicitDeny() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            RamUser user = tenant.user();

            FlowApiException denied = failure(() -> world.getFlow(user, flow.id()));

            assertThat(denied.code()).isEqualTo("Ram.PermissionDeny");
            AccessDeniedDetail detail = denied.accessDeniedDetail().orElseThrow();
            assertThat(detail.authAction()).isEqualTo("cams:GetFlow");
            assertThat(detail.authPrincipalType()).isEqualTo("SubUser");
            assertThat(detail.authPrincipalOwnerId()).isEqualTo(tenant.id.value());
            assertThat(detail.authPrincipalDisplayName()).isEqualTo(user.name().value());
            assertThat(detail.noPermissionType()).isEqualTo("ImplicitDeny");
            assertThat(detail.policyType()).isEqualTo("AccountLevelIdentityBasedPolicy");
            assertThat(Base64.getDecoder().decode(detail.encodedDiagnosticMessage())).isNotEmpty();
        }

        @Test
        @DisplayName("an explicit Deny wins over an Allow, and the diagnostic never carries policy text")
        void explicitDeny() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            RamUser user = tenant.user(Fixtures.ALLOW_GET_FLOW, Fixtures.DENY_CAMS);

            AccessDeniedDetail detail = failure(() -> world.getFlow(user, flow.id())).accessDeniedDetail().orElseThrow();

            assertThat(detail.noPermissionType()).isEqualTo("ExplicitDeny");
            String diagnostic = new String(Base64.getDecoder().decode(detail.encodedDiagnosticMessage()),
                    StandardCharsets.UTF_8);
            assertThat(diagnostic).doesNotContain("Statement").doesNotContain("Effect").doesNotContain("cams:*");
        }

        @Test
        @DisplayName("the account's control policy denies its RAM users but never its root")
        void controlPolicy() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            RamUser user = tenant.user(Fixtures.ALLOW_GET_FLOW);
            tenant.attach(PolicyHolder.control(), Fixtures.DENY_CAMS);

            AccessDeniedDetail detail = failure(() -> world.getFlow(user, flow.id())).accessDeniedDetail().orElseThrow();

            assertThat(detail.policyType()).isEqualTo("ControlPolicy");
            assertThat(detail.noPermissionType()).isEqualTo("ExplicitDeny");
            assertThat(world.getFlow(tenant.root, flow.id()).flowId()).isEqualTo(flow.id());
        }

        @Test
        @DisplayName("a role session is allowed by its role and narrowed by its session policy")
        void roleSession() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            var role = Fixtures.userName();
            tenant.attach(PolicyHolder.role(role), Fixtures.ALLOW_GET_FLOW);
            RoleSession open = new RoleSession(tenant.id, role, Fixtures.userName(), Optional.empty());
            RoleSession narrowed = new RoleSession(tenant.id, role, Fixtures.userName(), Optional.of(
                    "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:List*\",\"Resource\":\"*\"}]}"));

            assertThat(world.getFlow(open, flow.id()).flowId()).isEqualTo(flow.id());
            AccessDeniedDetail detail = failure(() -> world.getFlow(narrowed, flow.id())).accessDeniedDetail().orElseThrow();
            assertThat(detail.authPrincipalType()).isEqualTo("AssumedRoleUser");
            assertThat(detail.policyType()).isEqualTo("SessionPolicy");
            assertThat(detail.authPrincipalDisplayName()).isEqualTo(narrowed.displayName());
        }

        @Test
        @DisplayName("conditions see the call's source address and transport")
        void conditionsSeeTheCall() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            RamUser user = tenant.user("{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:GetFlow\","
                    + "\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"acs:SourceIp\":\"203.0.113.0/24\"},"
                    + "\"Bool\":{\"acs:SecureTransport\":\"true\"}}}]}");
            CallContext inside = new CallContext(Optional.of("203.0.113.9"), true, Fixtures.accessKeyId());
            CallContext outside = new CallContext(Optional.of("198.51.100.9"), true, Fixtures.accessKeyId());
            CallContext plainHttp = new CallContext(Optional.of("203.0.113.9"), false, Fixtures.accessKeyId());
            CallContext unknownAddress = new CallContext(Optional.empty(), true, Fixtures.accessKeyId());

            assertThat(world.getFlow(user, flow.id(), Optional.empty(), inside).flowId()).isEqualTo(flow.id());
            assertCode(() -> world.getFlow(user, flow.id(), Optional.empty(), outside), ErrorCode.PERMISSION_DENIED);
            assertCode(() -> world.getFlow(user, flow.id(), Optional.empty(), plainHttp), ErrorCode.PERMISSION_DENIED);
            assertCode(() -> world.getFlow(user, flow.id(), Optional.empty(), unknownAddress),
                    ErrorCode.PERMISSION_DENIED);
        }

        @Test
        @DisplayName("an edited policy applies on the very next call")
        void editedPolicyAppliesAtOnce() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            RamUser user = tenant.user();
            var name = tenant.attach(PolicyHolder.user(user.name()), Fixtures.ALLOW_GET_FLOW);
            assertThat(world.getFlow(user, flow.id()).flowId()).isEqualTo(flow.id());

            world.app.provision().putPolicy(tenant.id, name, Fixtures.DENY_CAMS);

            assertCode(() -> world.getFlow(user, flow.id()), ErrorCode.PERMISSION_DENIED);
        }
    }

    @Nested
    @DisplayName("the order of the checks")
    class Order {

        @Test
        @DisplayName("the rate limit is checked before the subscription")
        void limitBeforeSubscription() {
            World.Tenant tenant = world.tenant(1);
            Flow flow = tenant.flow();
            world.getFlow(tenant.root, flow.id());
            tenant.unsubscribe();

            assertCode(() -> world.getFlow(tenant.root, flow.id()), ErrorCode.LIMIT_CONTROL);
        }

        @Test
        @DisplayName("the subscription is checked before RAM")
        void subscriptionBeforeRam() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            RamUser user = tenant.user();
            tenant.unsubscribe();

            assertCode(() -> world.getFlow(user, flow.id()), ErrorCode.PRODUCT_UNSUBSCRIBED);
        }

        @Test
        @DisplayName("RAM is checked before the flow is looked up")
        void ramBeforeOwnership() {
            World.Tenant tenant = world.tenant();
            RamUser user = tenant.user();

            assertCode(() -> world.getFlow(user, Fixtures.flowId()), ErrorCode.PERMISSION_DENIED);
        }
    }

    @Nested
    @DisplayName("the per-account rate limit")
    class RateLimit {

        @Test
        @DisplayName("allows 5 calls in a second by default and refuses the sixth")
        void defaultLimit() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.flow();
            for (int i = 0; i < 5; i++) {
                world.getFlow(tenant.root, flow.id());
            }

            assertCode(() -> world.getFlow(tenant.root, flow.id()), ErrorCode.LIMIT_CONTROL);
        }

        @Test
        @DisplayName("still refuses 1 ms before the window ends and allows again when it does")
        void windowEdges() {
            World.Tenant tenant = world.tenant(2);
            Flow flow = tenant.flow();
            world.getFlow(tenant.root, flow.id());
            world.getFlow(tenant.root, flow.id());

            world.clock.advance(Duration.ofMillis(999));
            assertCode(() -> world.getFlow(tenant.root, flow.id()), ErrorCode.LIMIT_CONTROL);

            world.clock.advance(Duration.ofMillis(1));
            assertThat(world.getFlow(tenant.root, flow.id()).flowId()).isEqualTo(flow.id());
            assertThat(world.getFlow(tenant.root, flow.id()).flowId()).isEqualTo(flow.id());
            assertCode(() -> world.getFlow(tenant.root, flow.id()), ErrorCode.LIMIT_CONTROL);
        }

        @Test
        @DisplayName("RAM users spend their account's quota, even when RAM then denies them")
        void ramUsersShareTheAccountQuota() {
            World.Tenant tenant = world.tenant(3);
            Flow flow = tenant.flow();
            RamUser reader = tenant.user(Fixtures.ALLOW_GET_FLOW);
            RamUser nobody = tenant.user();
            world.getFlow(reader, flow.id());
            assertCode(() -> world.getFlow(nobody, flow.id()), ErrorCode.PERMISSION_DENIED);
            world.getFlow(tenant.root, flow.id());

            assertCode(() -> world.getFlow(reader, flow.id()), ErrorCode.LIMIT_CONTROL);
            assertCode(() -> world.getFlow(tenant.root, flow.id()), ErrorCode.LIMIT_CONTROL);
        }

        @Test
        @DisplayName("one account over its limit leaves other accounts alone")
        void accountsAreIndependent() {
            World.Tenant busy = world.tenant(1);
            World.Tenant quiet = world.tenant(1);
            Flow busyFlow = busy.flow();
            Flow quietFlow = quiet.flow();
            world.getFlow(busy.root, busyFlow.id());
            assertCode(() -> world.getFlow(busy.root, busyFlow.id()), ErrorCode.LIMIT_CONTROL);

            assertThat(world.getFlow(quiet.root, quietFlow.id()).flowId()).isEqualTo(quietFlow.id());
        }

        @Test
        @DisplayName("a changed QPS override applies to the next window")
        void overrideChanges() {
            World.Tenant tenant = world.tenant(1);
            Flow flow = tenant.flow();
            world.getFlow(tenant.root, flow.id());
            world.app.provision().saveAccount(new io.flowhex.domain.account.Account(tenant.id, true,
                    java.util.Set.of(tenant.space, tenant.otherSpace), java.util.OptionalInt.of(3)));
            world.clock.advance(Duration.ofSeconds(1));

            for (int i = 0; i < 3; i++) {
                world.getFlow(tenant.root, flow.id());
            }
            assertCode(() -> world.getFlow(tenant.root, flow.id()), ErrorCode.LIMIT_CONTROL);
        }
    }

    @Nested
    @DisplayName("the preview")
    class PreviewRenewal {

        @Test
        @DisplayName("a missing preview is issued for 30 days under the configured base, stored and reused")
        void missingPreviewIsIssued() {
            World.Tenant tenant = world.tenant();
            Flow flow = tenant.save(Fixtures.flow(tenant.id, tenant.space).noPreview().build());

            FlowDetails first = world.getFlow(tenant.root, flow.id());
            world.clock.advance(Duration.ofSeconds(5));
            FlowDetails second = world.getFlow(tenant.root, flow.id());

            assertThat(first.preview().url().toString()).startsWith(World.PREVIEW_BASE + "/flows/" + flow.id().value());
            assertThat(first.preview().expiresAt()).isEqualTo(world.clock.instant().minusSeconds(5).plus(Duration.ofDays(30)));
            assertThat(second.preview()).isEqualTo(first.preview());
        }

        @Test
        @DisplayName("an expired preview, or one expiring right now, is replaced by a fresh one")
        void expiredPreviewIsRenewed() {
            World.Tenant tenant = world.tenant();
            Instant now = world.clock.instant();
            Flow expired = tenant.save(Fixtures.flow(tenant.id, tenant.space)
                    .preview("https://old.example.com/p", now.minusSeconds(1)).build());
            Flow expiringNow = tenant.save(Fixtures.flow(tenant.id, tenant.space)
                    .preview("https://old.example.com/q", now).build());

            assertThat(world.getFlow(tenant.root, expired.id()).preview().expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
            assertThat(world.getFlow(tenant.root, expiringNow.id()).preview().url().getHost())
                    .isEqualTo(World.PREVIEW_BASE.getHost());
        }

        @Test
        @DisplayName("a preview valid for another millisecond is kept")
        void validPreviewIsKept() {
            World.Tenant tenant = world.tenant();
            Instant later = world.clock.instant().plusMillis(1);
            Flow flow = tenant.save(Fixtures.flow(tenant.id, tenant.space)
                    .preview("https://kept.example.com/p", later).build());

            FlowDetails details = world.getFlow(tenant.root, flow.id());

            assertThat(details.preview().url().toString()).isEqualTo("https://kept.example.com/p");
            assertThat(details.preview().expiresAt()).isEqualTo(later);
        }
    }
}
