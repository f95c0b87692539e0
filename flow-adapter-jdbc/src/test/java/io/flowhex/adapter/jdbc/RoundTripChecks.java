package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.AttachedPolicy;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RoleSession;
import io.flowhex.domain.principal.RootPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC adapter must keep exactly, beyond the shared contracts: every column's round trip,
 * values that look like SQL, and the longest values the domain allows. Run against each database.
 */
abstract class RoundTripChecks {

    /** The store under test; its database may be shared with other tests (ids are unique). */
    abstract JdbcFlowStore store();

    @Test
    @DisplayName("A flow saved with every field reads back equal, its categories in their order")
    void flowRoundTrip() {
        Flow flow = Samples.flow(Ids.flowId(), Ids.accountId());

        store().flows().save(flow);

        assertThat(store().flows().findById(flow.id())).contains(flow);
    }

    @Test
    @DisplayName("A flow with neither endpoint nor preview reads back with both empty, and an unknown id finds nothing")
    void bareFlow() {
        Flow flow = Samples.bareFlow(Ids.flowId(), Ids.accountId());

        store().flows().save(flow);

        assertThat(store().flows().findById(flow.id())).contains(flow);
        assertThat(store().flows().findById(Ids.flowId())).isEmpty();
    }

    @Test
    @DisplayName("A flow's creation time (to the microsecond) and revision are stored as given")
    void creationAndRevisionStored() {
        Flow bare = Samples.bareFlow(Ids.flowId(), Ids.accountId());
        Flow later = new Flow(bare.id(), bare.owner(), bare.space(), bare.name(), bare.categories(), bare.status(),
                bare.jsonVersion(), bare.dataApiVersion(), bare.endpointUri(), bare.preview(),
                Instant.parse("2025-02-03T04:05:06.123456Z"), Long.MAX_VALUE);

        store().flows().save(later);

        assertThat(store().flows().findById(later.id())).contains(later);
    }

    @Test
    @DisplayName("Saving a flow again replaces every field, preview included")
    void saveReplaces() {
        FlowId id = Ids.flowId();
        AccountId owner = Ids.accountId();
        store().flows().save(Samples.flow(id, owner));
        Flow replacement = Samples.bareFlow(id, owner);

        store().flows().save(replacement);

        assertThat(store().flows().findById(id)).contains(replacement);
    }

    @Test
    @DisplayName("updatePreview changes only the preview of an existing flow and answers false for an unknown one")
    void updatePreview() {
        Flow flow = Samples.bareFlow(Ids.flowId(), Ids.accountId());
        store().flows().save(flow);
        Preview fresh = Preview.of("https://preview.example.com/p/2?sig=%27%22", Instant.parse("2025-02-03T04:05:06.123456Z"));

        assertThat(store().flows().updatePreview(flow.id(), fresh)).isTrue();
        assertThat(store().flows().updatePreview(Ids.flowId(), fresh)).isFalse();

        assertThat(store().flows().findById(flow.id())).contains(flow.withPreview(fresh));
    }

    @Test
    @DisplayName("Names and space ids that look like SQL, and the longest unicode name, are stored as data")
    void hostileFlowValues() {
        AccountId owner = Ids.accountId();
        Flow sqlLike = Samples.flow(Ids.flowId(), owner, new SpaceId(Samples.HOSTILE_ASCII),
                new FlowName("' OR '1'='1 -- \\ % _ \" ; DROP TABLE flowhex_flow; 名前 🚀"));
        Flow longest = Samples.flow(Ids.flowId(), owner, new SpaceId("%".repeat(SpaceId.MAX_LENGTH)),
                new FlowName("🚀".repeat(FlowName.MAX_LENGTH)));
        Flow wildcards = Samples.flow(Ids.flowId(), owner, new SpaceId("_"), new FlowName("%"));

        List.of(sqlLike, longest, wildcards).forEach(store().flows()::save);

        assertThat(store().flows().findById(sqlLike.id())).contains(sqlLike);
        assertThat(store().flows().findById(longest.id())).contains(longest);
        assertThat(store().flows().findById(wildcards.id())).contains(wildcards);
    }

    @Test
    @DisplayName("An account reads back with its spaces and QPS override, and saving it again replaces its spaces as a whole")
    void accountRoundTrip() {
        AccountId id = Ids.accountId();
        Account first = new Account(id, true,
                Set.of(new SpaceId("cams-a"), new SpaceId(Samples.HOSTILE_ASCII), new SpaceId("_%")), OptionalInt.of(7));
        store().accounts().save(first);
        assertThat(store().accounts().findById(id)).contains(first);

        Account second = new Account(id, false, Set.of(new SpaceId("cams-b")), OptionalInt.empty());
        store().accounts().save(second);

        assertThat(store().accounts().findById(id)).contains(second);
    }

    @Test
    @DisplayName("An account with several spaces and per-action overrides, the longest action name and the highest QPS, reads back"
            + " with each exactly once")
    void accountWithActionQps() {
        String longestAction = "C" + "a".repeat(63);
        Account account = new Account(Ids.accountId(), true,
                Set.of(new SpaceId("cams-a"), new SpaceId("cams-b"), new SpaceId("cams-c")), OptionalInt.of(Account.MAX_QPS),
                Map.of("CreateFlow", 1, "GetFlow", 9, longestAction, Account.MAX_QPS));

        store().accounts().save(account);

        assertThat(store().accounts().findById(account.id())).contains(account);
    }

    @Test
    @DisplayName("An account without spaces or override reads back so, and an unknown account finds nothing")
    void bareAccount() {
        Account account = new Account(Ids.accountId(), false, Set.of(), OptionalInt.empty());

        store().accounts().save(account);

        assertThat(store().accounts().findById(account.id())).contains(account);
        assertThat(store().accounts().findById(Ids.accountId())).isEmpty();
    }

    @Test
    @DisplayName("AccessKeys of a root, a RAM user and a role session read back with their owners, secrets intact")
    void accessKeyOwners() {
        AccountId account = Ids.accountId();
        String longSessionPolicy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:*\",\"Resource\":\"*\"}],"
                + "\"Note\":\"" + "'\\\"%_;🚀".repeat(1_500) + "\"}";
        List<AccessKey> keys = List.of(
                key(new RootPrincipal(account), "~!@#$%^&*()_+`-={}|[]\\:\";'<>?,./" + "s".repeat(222)),
                key(new RamUser(account, new PrincipalName("a.b@c_d-e")), "secret-2"),
                key(new RoleSession(account, new PrincipalName("role"), new PrincipalName("session@1"),
                        Optional.of(longSessionPolicy)), "secret-3"),
                key(new RoleSession(account, new PrincipalName("role"), new PrincipalName("s2"), Optional.empty()),
                        "secret-4"));

        keys.forEach(store().accessKeys()::save);

        for (AccessKey key : keys) {
            AccessKey found = store().accessKeys().findById(key.id()).orElseThrow();
            assertThat(found).isEqualTo(key);
            assertThat(found.secret().reveal()).isEqualTo(key.secret().reveal());
            assertThat(found.toString()).doesNotContain(key.secret().reveal());
        }
        assertThat(store().accessKeys().findById(Ids.accessKeyId())).isEmpty();
    }

    @Test
    @DisplayName("The longest AccessKey id and policy name the domain allows, all punctuation, are stored as data")
    void longestIdentifiers() {
        AccountId account = Ids.accountId();
        AccessKey key = new AccessKey(new AccessKeyId(("._-" + Ids.next()).repeat(20).substring(0, AccessKeyId.MAX_LENGTH)),
                AccessKeySecret.of("s"), new RootPrincipal(account), AccessKeyStatus.ACTIVE);
        PolicyName name = new PolicyName(("-" + Ids.next()).repeat(20).substring(0, PolicyName.MAX_LENGTH));
        PolicyHolder user = PolicyHolder.user(new PrincipalName(("@._-" + Ids.next()).repeat(8).substring(0, 64)));

        store().accessKeys().save(key);
        StoredPolicy policy = store().policies().put(account, name, "{}");
        store().policies().attach(account, name, user);

        assertThat(store().accessKeys().findById(key.id())).contains(key);
        assertThat(store().policies().attachedTo(account, List.of(user))).containsExactly(new AttachedPolicy(user, policy));
    }

    @Test
    @DisplayName("Saving an AccessKey again replaces it, so a status change sticks")
    void accessKeyStatus() {
        AccessKey key = key(new RootPrincipal(Ids.accountId()), "secret");
        store().accessKeys().save(key);

        store().accessKeys().save(key.withStatus(AccessKeyStatus.INACTIVE));

        assertThat(store().accessKeys().findById(key.id())).map(AccessKey::status).contains(AccessKeyStatus.INACTIVE);
    }

    @Test
    @DisplayName("A RAM user is found in its own account only, and saving it twice is the same as once")
    void ramUsers() {
        AccountId account = Ids.accountId();
        RamUser user = new RamUser(account, new PrincipalName("_-." + "@".repeat(61)));

        store().ramUsers().save(user);
        store().ramUsers().save(user);

        assertThat(store().ramUsers().find(account, user.name())).contains(user);
        assertThat(store().ramUsers().find(Ids.accountId(), user.name())).isEmpty();
        assertThat(store().ramUsers().find(account, Ids.userName())).isEmpty();
    }

    @Test
    @DisplayName("A policy starts at version 1, keeps it for the same text and gets the next one for a changed text")
    void policyVersions() {
        PolicyRepository policies = store().policies();
        AccountId account = Ids.accountId();
        PolicyName name = new PolicyName("p-" + Ids.next());
        String document = "{\"Version\":\"1\",\"Note\":\"" + "'\\\"%_;名🚀".repeat(1_200) + "\"}";

        assertThat(policies.put(account, name, document).version()).isEqualTo(1);
        assertThat(policies.put(account, name, document).version()).isEqualTo(1);
        StoredPolicy changed = policies.put(account, name, document + " ");

        assertThat(changed.version()).isEqualTo(2);
        assertThat(policies.find(account, name)).contains(changed);
        assertThat(policies.find(Ids.accountId(), name)).isEmpty();
    }

    @Test
    @DisplayName("Attaching needs an existing policy, attaching twice is once, and detaching answers whether it was attached")
    void attachAndDetach() {
        PolicyRepository policies = store().policies();
        AccountId account = Ids.accountId();
        PolicyName name = new PolicyName("p-" + Ids.next());
        PolicyHolder user = PolicyHolder.user(Ids.userName());

        assertThat(policies.attach(account, name, user)).isFalse();
        StoredPolicy policy = policies.put(account, name, "{}");
        assertThat(policies.attach(account, name, user)).isTrue();
        assertThat(policies.attach(account, name, user)).isTrue();
        assertThat(policies.attachedTo(account, List.of(user))).containsExactly(new AttachedPolicy(user, policy));

        assertThat(policies.detach(account, name, user)).isTrue();
        assertThat(policies.detach(account, name, user)).isFalse();
        assertThat(policies.attachedTo(account, List.of(user))).isEmpty();
    }

    @Test
    @DisplayName("attachedTo answers the policies of every holder asked for, and nothing of other holders or accounts")
    void attachedToManyHolders() {
        PolicyRepository policies = store().policies();
        AccountId account = Ids.accountId();
        AccountId other = Ids.accountId();
        PolicyHolder user = PolicyHolder.user(Ids.userName());
        PolicyHolder role = PolicyHolder.role(Ids.userName());
        PolicyHolder control = PolicyHolder.control();
        StoredPolicy forUser = policies.put(account, new PolicyName("for-user"), "{\"u\":1}");
        StoredPolicy forControl = policies.put(account, new PolicyName("guard-rail"), "{\"c\":1}");
        StoredPolicy elsewhere = policies.put(other, new PolicyName("for-user"), "{\"o\":1}");
        policies.attach(account, forUser.name(), user);
        policies.attach(account, forUser.name(), control);
        policies.attach(account, forControl.name(), control);
        policies.attach(other, elsewhere.name(), user);

        List<AttachedPolicy> attached = policies.attachedTo(account, List.of(user, control, role, user));

        assertThat(attached).containsExactlyInAnyOrder(
                new AttachedPolicy(user, forUser),
                new AttachedPolicy(control, forUser),
                new AttachedPolicy(control, forControl));
        assertThat(policies.attachedTo(account, List.of())).isEmpty();
    }

    @Test
    @DisplayName("A nonce is new once per AccessKey until its record expires, whatever its length or characters")
    void nonces() {
        NonceStore nonces = store().nonces();
        AccessKeyId key = Ids.accessKeyId();
        String nonce = "'\\\"%_;名🚀" + "n".repeat(10_000);
        Instant expiry = Samples.T0.plusSeconds(900);

        assertThat(nonces.recordIfAbsent(key, nonce, Samples.T0, expiry)).isTrue();
        assertThat(nonces.recordIfAbsent(key, nonce, Samples.T0.plusSeconds(1), expiry)).isFalse();
        assertThat(nonces.recordIfAbsent(key, nonce + "x", Samples.T0, expiry)).isTrue();
        assertThat(nonces.recordIfAbsent(Ids.accessKeyId(), nonce, Samples.T0, expiry)).isTrue();
        assertThat(nonces.recordIfAbsent(key, nonce, expiry.minusSeconds(1), expiry.plusSeconds(900))).isFalse();
        assertThat(nonces.recordIfAbsent(key, nonce, expiry, expiry.plusSeconds(900))).isTrue();
        assertThat(nonces.recordIfAbsent(key, nonce, expiry.plusSeconds(1), expiry.plusSeconds(900))).isFalse();
    }

    @Test
    @DisplayName("The store reports itself available while its database answers")
    void health() {
        assertThat(store().health().isAvailable()).isTrue();
    }

    private static AccessKey key(io.flowhex.domain.principal.Principal owner, String secret) {
        return new AccessKey(Ids.accessKeyId(), AccessKeySecret.of(secret), owner, AccessKeyStatus.ACTIVE);
    }
}
