package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.AttachedPolicy;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link PolicyRepository} must do. */
public abstract class PolicyRepositoryContract extends SeedingHooks {

    protected abstract PolicyRepository policies();

    private PolicyHolder newUser(AccountId account) {
        PrincipalName name = Fixtures.userName();
        givenRamUser(new RamUser(account, name));
        return PolicyHolder.user(name);
    }

    @Test
    @DisplayName("a new policy starts at version 1 and is found with its text")
    void newPolicyStartsAtVersionOne() {
        AccountId account = newAccount();
        PolicyName name = Fixtures.policyName();

        StoredPolicy stored = policies().put(account, name, Fixtures.ALLOW_GET_FLOW);

        assertThat(stored).isEqualTo(new StoredPolicy(account, name, 1, Fixtures.ALLOW_GET_FLOW));
        assertThat(policies().find(account, name)).contains(stored);
    }

    @Test
    @DisplayName("the same text again keeps the version; a changed text gets the next one")
    void versionsFollowTextChanges() {
        AccountId account = newAccount();
        PolicyName name = Fixtures.policyName();
        policies().put(account, name, Fixtures.ALLOW_GET_FLOW);

        StoredPolicy same = policies().put(account, name, Fixtures.ALLOW_GET_FLOW);
        StoredPolicy changed = policies().put(account, name, Fixtures.DENY_CAMS);

        assertThat(same.version()).isEqualTo(1);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(policies().find(account, name).map(StoredPolicy::document)).contains(Fixtures.DENY_CAMS);
    }

    @Test
    @DisplayName("policy names are scoped by account")
    void namesAreScopedByAccount() {
        PolicyName name = Fixtures.policyName();
        policies().put(newAccount(), name, Fixtures.ALLOW_GET_FLOW);

        assertThat(policies().find(newAccount(), name)).isEmpty();
    }

    @Test
    @DisplayName("attaching an unknown policy answers false")
    void attachingUnknownPolicyFails() {
        AccountId account = newAccount();

        assertThat(policies().attach(account, Fixtures.policyName(), PolicyHolder.control())).isFalse();
    }

    @Test
    @DisplayName("one lookup returns the policies of every holder asked for, each with its holder")
    void attachedToReturnsEveryHolder() {
        AccountId account = newAccount();
        PolicyHolder user = newUser(account);
        PolicyName forUser = Fixtures.policyName();
        PolicyName forControl = Fixtures.policyName();
        StoredPolicy userPolicy = policies().put(account, forUser, Fixtures.ALLOW_GET_FLOW);
        StoredPolicy controlPolicy = policies().put(account, forControl, Fixtures.DENY_CAMS);
        policies().attach(account, forUser, user);
        policies().attach(account, forControl, PolicyHolder.control());

        List<AttachedPolicy> attached = policies().attachedTo(account, List.of(user, PolicyHolder.control()));

        assertThat(attached).containsExactlyInAnyOrder(
                new AttachedPolicy(user, userPolicy), new AttachedPolicy(PolicyHolder.control(), controlPolicy));
    }

    @Test
    @DisplayName("attaching twice is the same as once, and detaching removes it")
    void attachIsIdempotentAndDetachRemoves() {
        AccountId account = newAccount();
        PolicyHolder user = newUser(account);
        PolicyName name = Fixtures.policyName();
        policies().put(account, name, Fixtures.ALLOW_GET_FLOW);

        assertThat(policies().attach(account, name, user)).isTrue();
        assertThat(policies().attach(account, name, user)).isTrue();
        assertThat(policies().attachedTo(account, List.of(user))).hasSize(1);

        assertThat(policies().detach(account, name, user)).isTrue();
        assertThat(policies().detach(account, name, user)).isFalse();
        assertThat(policies().attachedTo(account, List.of(user))).isEmpty();
    }

    @Test
    @DisplayName("an attachment returns the latest version of the policy text")
    void attachmentFollowsTheLatestVersion() {
        AccountId account = newAccount();
        PolicyHolder user = newUser(account);
        PolicyName name = Fixtures.policyName();
        policies().put(account, name, Fixtures.ALLOW_GET_FLOW);
        policies().attach(account, name, user);

        StoredPolicy updated = policies().put(account, name, Fixtures.DENY_CAMS);

        assertThat(policies().attachedTo(account, List.of(user))).containsExactly(new AttachedPolicy(user, updated));
    }

    @Test
    @DisplayName("another account's holder of the same name sees none of these policies")
    void attachmentsAreScopedByAccount() {
        AccountId account = newAccount();
        PolicyName name = Fixtures.policyName();
        policies().put(account, name, Fixtures.ALLOW_GET_FLOW);
        policies().attach(account, name, PolicyHolder.control());

        assertThat(policies().attachedTo(newAccount(), List.of(PolicyHolder.control()))).isEmpty();
        assertThat(policies().attachedTo(account, List.of())).isEmpty();
    }

    @Test
    @DisplayName("document text with quotes, backslashes and unicode is kept byte for byte")
    void documentTextIsKeptExactly() {
        AccountId account = newAccount();
        PolicyName name = Fixtures.policyName();
        String text = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:GetFlow\","
                + "\"Resource\":\"*\",\"Condition\":{\"StringLike\":{\"acs:AccessId\":[\"a'b%_\\\\\\\"\u00e9\u4e2d\"]}}}]}";

        policies().put(account, name, text);

        assertThat(policies().find(account, name).map(StoredPolicy::document)).contains(text);
    }
}
