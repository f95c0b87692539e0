package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.StoreCounts;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every store's {@link io.flowhex.application.port.out.StoreAdministration} must do: a reset of one
 * account removes all it owns and nothing of another's, a reset of everything leaves the store as new
 * and usable, and the counts say what the store holds. The stores under test must be used by nothing
 * else: these tests clear them whole.
 */
public abstract class StoreAdministrationContract {

    private static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(900);

    /** Stores of their own for each test (a fresh database, a new in-memory store). */
    protected abstract FlowhexStores stores();

    private FlowhexStores stores;

    private FlowhexStores store() {
        if (stores == null) {
            stores = stores();
        }
        return stores;
    }

    /** One account with a bit of everything a store keeps, so that a reset has each kind to remove. */
    private record Seeded(AccountId account, SpaceId space, AccessKey rootKey, AccessKey userKey, RamUser user,
            PolicyName policy, Flow draft, Flow published) {
    }

    private Seeded seed() {
        AccountId account = Fixtures.accountId();
        SpaceId space = Fixtures.spaceId();
        FlowhexStores s = store();
        s.accounts().save(Fixtures.account(account, space).withActionQps("GetFlow", 3));
        RamUser user = new RamUser(account, Fixtures.userName());
        s.ramUsers().save(user);
        PolicyName policy = Fixtures.policyName();
        s.policies().put(account, policy, Fixtures.ALLOW_GET_FLOW);
        assertThat(s.policies().attach(account, policy, PolicyHolder.user(user.name()))).isTrue();
        AccessKey rootKey = Fixtures.activeKey(new RootPrincipal(account));
        AccessKey userKey = Fixtures.activeKey(user);
        s.accessKeys().save(rootKey);
        s.accessKeys().save(userKey);
        assertThat(s.nonces().recordIfAbsent(rootKey.id(), "nonce-1", NOW, LATER)).isTrue();
        assertThat(s.nonces().recordIfAbsent(userKey.id(), "nonce-1", NOW, LATER)).isTrue();
        Flow draft = Fixtures.flow(account, space).build();
        Flow published = Fixtures.flow(account, space).status(FlowStatus.PUBLISHED).build();
        assertThat(s.flows().create(draft)).isEqualTo(WriteResult.DONE);
        assertThat(s.flows().create(published)).isEqualTo(WriteResult.DONE);
        Flow withJson = FlowContractParts.withFlowJson(draft, FlowContractParts.validAsset("admin"));
        assertThat(s.flows().updateWithAsset(withJson, draft.revision(), FlowContractParts.validAsset("admin")))
                .isEqualTo(WriteResult.DONE);
        return new Seeded(account, space, rootKey, userKey, user, policy, withJson, published);
    }

    private void assertGone(Seeded seeded) {
        FlowhexStores s = store();
        assertThat(s.accounts().findById(seeded.account())).isEmpty();
        assertThat(s.accessKeys().findById(seeded.rootKey().id())).isEmpty();
        assertThat(s.accessKeys().findById(seeded.userKey().id())).isEmpty();
        assertThat(s.ramUsers().find(seeded.account(), seeded.user().name())).isEmpty();
        assertThat(s.policies().find(seeded.account(), seeded.policy())).isEmpty();
        assertThat(s.policies().attachedTo(seeded.account(), List.of(PolicyHolder.user(seeded.user().name()))))
                .isEmpty();
        assertThat(s.flows().findById(seeded.draft().id())).isEmpty();
        assertThat(s.flows().findById(seeded.published().id())).isEmpty();
        assertThat(s.flows().findAsset(seeded.draft().id())).isEmpty();
        // the nonces went with their keys: the same nonce is new again
        assertThat(s.nonces().recordIfAbsent(seeded.rootKey().id(), "nonce-1", NOW, LATER)).isTrue();
        assertThat(s.nonces().recordIfAbsent(seeded.userKey().id(), "nonce-1", NOW, LATER)).isTrue();
    }

    private void assertKept(Seeded seeded) {
        FlowhexStores s = store();
        assertThat(s.accounts().findById(seeded.account())).isPresent();
        assertThat(s.accessKeys().findById(seeded.rootKey().id())).isPresent();
        assertThat(s.accessKeys().findById(seeded.userKey().id())).isPresent();
        assertThat(s.ramUsers().find(seeded.account(), seeded.user().name())).isPresent();
        assertThat(s.policies().attachedTo(seeded.account(), List.of(PolicyHolder.user(seeded.user().name()))))
                .hasSize(1);
        assertThat(s.flows().findById(seeded.draft().id())).contains(seeded.draft());
        assertThat(s.flows().findAsset(seeded.draft().id())).isPresent();
        assertThat(s.nonces().recordIfAbsent(seeded.rootKey().id(), "nonce-1", NOW, LATER)).isFalse();
    }

    @Test
    @DisplayName("an empty store counts nothing, every flow status present")
    void emptyCounts() {
        StoreCounts counts = store().administration().counts();

        assertThat(counts.accounts()).isZero();
        assertThat(counts.accessKeys()).isZero();
        assertThat(counts.flowsByStatus()).containsOnlyKeys(FlowStatus.values()).allSatisfy((s, n) -> assertThat(n).isZero());
    }

    @Test
    @DisplayName("counts accounts, AccessKeys and flows by status")
    void counts() {
        seed();
        seed();

        StoreCounts counts = store().administration().counts();

        assertThat(counts.accounts()).isEqualTo(2);
        assertThat(counts.accessKeys()).isEqualTo(4);
        assertThat(counts.flowsByStatus()).containsEntry(FlowStatus.DRAFT, 2L).containsEntry(FlowStatus.PUBLISHED, 2L)
                .containsEntry(FlowStatus.BLOCKED, 0L);
        assertThat(counts.flows()).isEqualTo(4);
    }

    @Test
    @DisplayName("a reset of one account removes all it owns, and nothing of another account's")
    void clearAccount() {
        Seeded gone = seed();
        Seeded kept = seed();

        boolean held = store().administration().clearAccount(gone.account());

        assertThat(held).isTrue();
        assertGone(gone);
        assertKept(kept);
        StoreCounts counts = store().administration().counts();
        assertThat(counts.accounts()).isEqualTo(1);
        assertThat(counts.accessKeys()).isEqualTo(2);
        assertThat(counts.flows()).isEqualTo(2);
    }

    @Test
    @DisplayName("a reset of an account the store does not hold answers false and changes nothing")
    void clearUnknownAccount() {
        Seeded kept = seed();

        assertThat(store().administration().clearAccount(Fixtures.accountId())).isFalse();

        assertKept(kept);
    }

    @Test
    @DisplayName("a reset account can be set up again under the same ids")
    void clearedAccountComesBack() {
        Seeded seeded = seed();
        store().administration().clearAccount(seeded.account());

        FlowhexStores s = store();
        s.accounts().save(Fixtures.account(seeded.account(), seeded.space()));
        s.ramUsers().save(seeded.user());
        s.accessKeys().save(seeded.rootKey());

        assertThat(s.flows().create(seeded.published())).isEqualTo(WriteResult.DONE);
        assertThat(s.policies().put(seeded.account(), seeded.policy(), Fixtures.DENY_CAMS).version()).isEqualTo(1);
        assertThat(s.accessKeys().findById(seeded.rootKey().id())).contains(seeded.rootKey());
    }

    @Test
    @DisplayName("a reset of everything leaves the store empty and usable")
    void clearAll() {
        Seeded first = seed();
        Seeded second = seed();

        store().administration().clearAll();

        assertGone(first);
        assertGone(second);
        StoreCounts counts = store().administration().counts();
        assertThat(counts.accounts()).isZero();
        assertThat(counts.accessKeys()).isZero();
        assertThat(counts.flows()).isZero();
        Seeded again = seed();
        assertKept(again);
    }

    @Test
    @DisplayName("a reset of everything on an empty store changes nothing")
    void clearAllTwice() {
        store().administration().clearAll();
        store().administration().clearAll();

        assertThat(store().administration().counts().accounts()).isZero();
    }
}
