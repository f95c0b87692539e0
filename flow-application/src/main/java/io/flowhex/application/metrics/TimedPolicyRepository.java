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
import java.util.function.Function;

/** {@link PolicyRepository}, each call timed. */
final class TimedPolicyRepository implements PolicyRepository {

    private final PolicyRepository delegate;
    private final StoreCalls putCalls;
    private final StoreCalls findCalls;
    private final StoreCalls attachCalls;
    private final StoreCalls detachCalls;
    private final StoreCalls attachedToCalls;

    TimedPolicyRepository(PolicyRepository delegate, Function<String, StoreCalls> calls) {
        this.delegate = delegate;
        this.putCalls = calls.apply("put");
        this.findCalls = calls.apply("find");
        this.attachCalls = calls.apply("attach");
        this.detachCalls = calls.apply("detach");
        this.attachedToCalls = calls.apply("attachedTo");
    }

    @Override
    public StoredPolicy put(AccountId account, PolicyName name, String document) {
        return putCalls.call(() -> delegate.put(account, name, document));
    }

    @Override
    public Optional<StoredPolicy> find(AccountId account, PolicyName name) {
        return findCalls.call(() -> delegate.find(account, name));
    }

    @Override
    public boolean attach(AccountId account, PolicyName name, PolicyHolder holder) {
        return attachCalls.test(() -> delegate.attach(account, name, holder));
    }

    @Override
    public boolean detach(AccountId account, PolicyName name, PolicyHolder holder) {
        return detachCalls.test(() -> delegate.detach(account, name, holder));
    }

    @Override
    public List<AttachedPolicy> attachedTo(AccountId account, Collection<PolicyHolder> holders) {
        return attachedToCalls.call(() -> delegate.attachedTo(account, holders));
    }
}
