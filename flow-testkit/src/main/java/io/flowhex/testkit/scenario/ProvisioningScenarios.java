package io.flowhex.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.ProvisionedPolicy;
import io.flowhex.application.port.in.ProvisioningException;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Provisioning over the stores an adapter provides: references checked, changes idempotent. */
public abstract class ProvisioningScenarios {

    protected abstract FlowhexStores stores();

    private World world;
    private World.Tenant tenant;

    @BeforeEach
    void startWorld() {
        world = new World(stores());
        tenant = world.tenant();
    }

    private static ProvisioningException refused(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ProvisioningException.class);
        ProvisioningException refusal = (ProvisioningException) thrown;
        assertThat(refusal.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
        return refusal;
    }

    @Test
    @DisplayName("an invalid policy document is refused with RAM's reason and not stored")
    void invalidPolicyIsRefused() {
        PolicyName name = Fixtures.policyName();
        String invalid = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:GetFlow\","
                + "\"Resource\":\"*\",\"Condition\":{\"BoolIfExists\":{\"acs:SecureTransport\":\"true\"}}}]}";

        ProvisioningException refusal = refused(() -> world.app.provision().putPolicy(tenant.id, name, invalid));

        assertThat(refusal.code()).isEqualTo("InvalidPolicyDocument");
        assertThat(refusal.reason()).contains("BoolIfExists");
        assertThat(stores().policies().find(tenant.id, name)).isEmpty();
    }

    @Test
    @DisplayName("putting the same policy twice keeps version 1")
    void policyPutIsIdempotent() {
        PolicyName name = Fixtures.policyName();

        ProvisionedPolicy first = world.app.provision().putPolicy(tenant.id, name, Fixtures.ALLOW_GET_FLOW);
        ProvisionedPolicy second = world.app.provision().putPolicy(tenant.id, name, Fixtures.ALLOW_GET_FLOW);

        assertThat(second).isEqualTo(first);
        assertThat(second.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("a key for a RAM user that does not exist is refused")
    void keyForMissingUser() {
        RamUser ghost = new RamUser(tenant.id, Fixtures.userName());

        assertThat(refused(() -> world.app.provision().saveAccessKey(Fixtures.activeKey(ghost))).code())
                .isEqualTo("InvalidUserName");
    }

    @Test
    @DisplayName("an AccessKeyId already owned by another principal is refused, the same owner may update it")
    void keyOwnershipIsKept() {
        AccessKey key = tenant.key(tenant.root);
        World.Tenant other = world.tenant();
        AccessKey hijack = new AccessKey(key.id(), Fixtures.secret(), other.root, AccessKeyStatus.ACTIVE);

        assertThat(refused(() -> world.app.provision().saveAccessKey(hijack)).code()).isEqualTo("InvalidAccessKeyId");
        world.app.provision().saveAccessKey(key.withStatus(AccessKeyStatus.INACTIVE));
        assertThat(stores().accessKeys().findById(key.id()).map(AccessKey::owner)).contains(tenant.root);
    }

    @Test
    @DisplayName("a flow outside its account's spaces, or of an unknown account, is refused")
    void flowReferencesAreChecked() {
        Flow foreignSpace = Fixtures.flow(tenant.id, Fixtures.spaceId()).build();
        Flow noAccount = Fixtures.flow(Fixtures.accountId(), tenant.space).build();

        assertThat(refused(() -> world.app.provision().saveFlow(foreignSpace)).code()).isEqualTo("InvalidCustSpaceId");
        assertThat(refused(() -> world.app.provision().saveFlow(noAccount)).code()).isEqualTo("InvalidAccountId");
        assertThat(stores().flows().findById(foreignSpace.id())).isEmpty();
    }

    @Test
    @DisplayName("a flow id owned by another account cannot be taken over")
    void flowOwnershipIsKept() {
        Flow flow = tenant.flow();
        World.Tenant other = world.tenant();
        Flow takeover = Fixtures.flow(other.id, other.space).id(flow.id()).build();

        assertThat(refused(() -> world.app.provision().saveFlow(takeover)).code()).isEqualTo("InvalidFlowId");
        assertThat(stores().flows().findById(flow.id())).contains(flow);
    }

    @Test
    @DisplayName("attaching a policy to an unknown user or an unknown policy is refused")
    void attachmentReferencesAreChecked() {
        PolicyName name = Fixtures.policyName();
        world.app.provision().putPolicy(tenant.id, name, Fixtures.ALLOW_GET_FLOW);

        assertThat(refused(() -> world.app.provision().attachPolicy(tenant.id, name,
                PolicyHolder.user(Fixtures.userName()))).code()).isEqualTo("InvalidUserName");
        assertThat(refused(() -> world.app.provision().attachPolicy(tenant.id, Fixtures.policyName(),
                PolicyHolder.control())).code()).isEqualTo("InvalidPolicyName");
    }

    @Test
    @DisplayName("applying the same flow, user and key twice leaves one of each, unchanged")
    void repeatedChangesAreIdempotent() {
        Flow flow = tenant.flow();
        RamUser user = tenant.user();
        AccessKey key = tenant.key(new RootPrincipal(tenant.id));

        world.app.provision().saveFlow(flow);
        world.app.provision().createRamUser(tenant.id, user.name());
        world.app.provision().saveAccessKey(key);

        assertThat(stores().flows().findById(flow.id())).contains(flow);
        assertThat(stores().ramUsers().find(tenant.id, user.name())).contains(user);
        assertThat(stores().accessKeys().findById(key.id())).contains(key);
    }

    @Test
    @DisplayName("what provisioning stored reads back through its own port, and unknown ids find nothing")
    void readBack() {
        Flow flow = tenant.flow();
        AccessKey key = tenant.key(new RootPrincipal(tenant.id));
        PolicyName name = Fixtures.policyName();
        ProvisionedPolicy policy = world.app.provision().putPolicy(tenant.id, name, Fixtures.ALLOW_GET_FLOW);
        Account account = world.app.provision().findAccount(tenant.id).orElseThrow();

        assertThat(account).isEqualTo(stores().accounts().findById(tenant.id).orElseThrow());
        assertThat(account.owns(tenant.space)).isTrue();
        assertThat(world.app.provision().findAccessKey(key.id())).contains(key);
        assertThat(world.app.provision().findFlow(flow.id())).contains(flow);
        assertThat(world.app.provision().findPolicy(tenant.id, name)).contains(policy);
        assertThat(policy).isEqualTo(new ProvisionedPolicy(name, 1, Fixtures.ALLOW_GET_FLOW));

        assertThat(world.app.provision().findAccount(Fixtures.accountId())).isEmpty();
        assertThat(world.app.provision().findAccessKey(Fixtures.accessKeyId())).isEmpty();
        assertThat(world.app.provision().findFlow(Fixtures.flowId())).isEmpty();
        assertThat(world.app.provision().findPolicy(tenant.id, Fixtures.policyName())).isEmpty();
    }

    @Test
    @DisplayName("an account's per-action QPS overrides are saved and read back")
    void actionQpsRoundTrip() {
        Account account = world.app.provision().findAccount(tenant.id).orElseThrow()
                .withQps(20).withActionQps("CreateFlow", 2).withActionQps("GetFlow", 7);

        world.app.provision().saveAccount(account);

        Account stored = world.app.provision().findAccount(tenant.id).orElseThrow();
        assertThat(stored).isEqualTo(account);
        assertThat(stored.qpsFor("CreateFlow")).hasValue(2);
        assertThat(stored.qpsFor("ListFlow")).hasValue(20);
    }
}
