package io.flowhex.application.metrics;

import io.flowhex.application.port.out.AttachedPolicy;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link PolicyRepository}, each call timed. */
final class TimedPolicyRepository implements PolicyRepository {

    private final PolicyRepository delegate;
    private final StoreCalls calls;

    TimedPolicyRepository(PolicyRepository delegate, StoreCalls calls) {
        this.delegate = delegate;
        this.calls = calls;
    }

    @Override
    public StoredPolicy put(AccountId account, PolicyName name, String document) {
        return calls.call("put", () -> delegate.put(account, name, document));
    }

    @Override
    public Optional<StoredPolicy> find(AccountId account, PolicyName name) {
        return calls.call("find", () -> delegate.find(account, name));
    }

    @Override
    public boolean attach(AccountId account, PolicyName name, PolicyHolder holder) {
        return calls.test("attach", () -> delegate.attach(account, name, holder));
    }

    @Override
    public boolean detach(AccountId account, PolicyName name, PolicyHolder holder) {
        return calls.test("detach", () -> delegate.detach(account, name, holder));
    }

    @Override
    public List<AttachedPolicy> attachedTo(AccountId account, Collection<PolicyHolder> holders) {
        return calls.call("attachedTo", () -> delegate.attachedTo(account, holders));
    }
}
