package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.AttachedPolicy;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Policy texts with versions, and which holders each is attached to. */
final class InMemoryPolicyRepository implements PolicyRepository {

    private record PolicyKey(AccountId account, PolicyName name) {
    }

    private record HolderKey(AccountId account, PolicyHolder holder) {
    }

    private final ConcurrentHashMap<PolicyKey, StoredPolicy> policies = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<HolderKey, Set<PolicyName>> attachments = new ConcurrentHashMap<>();

    @Override
    public StoredPolicy put(AccountId account, PolicyName name, String document) {
        Objects.requireNonNull(document, "document");
        return policies.compute(new PolicyKey(account, name), (key, existing) -> {
            if (existing == null) {
                return new StoredPolicy(account, name, 1, document);
            }
            return existing.document().equals(document)
                    ? existing
                    : new StoredPolicy(account, name, existing.version() + 1, document);
        });
    }

    @Override
    public Optional<StoredPolicy> find(AccountId account, PolicyName name) {
        return Optional.ofNullable(policies.get(new PolicyKey(account, name)));
    }

    @Override
    public boolean attach(AccountId account, PolicyName name, PolicyHolder holder) {
        Objects.requireNonNull(holder, "holder");
        if (!policies.containsKey(new PolicyKey(account, name))) {
            return false;
        }
        attachments.computeIfAbsent(new HolderKey(account, holder), key -> ConcurrentHashMap.newKeySet()).add(name);
        return true;
    }

    @Override
    public boolean detach(AccountId account, PolicyName name, PolicyHolder holder) {
        Set<PolicyName> names = attachments.get(new HolderKey(account, holder));
        return names != null && names.remove(name);
    }

    /** Attachments first: {@link #attachedTo} skips an attachment whose policy is gone, never the reverse. */
    void removeAccount(AccountId account) {
        attachments.keySet().removeIf(key -> key.account().equals(account));
        policies.keySet().removeIf(key -> key.account().equals(account));
    }

    void clear() {
        attachments.clear();
        policies.clear();
    }

    @Override
    public List<AttachedPolicy> attachedTo(AccountId account, Collection<PolicyHolder> holders) {
        List<AttachedPolicy> result = new ArrayList<>();
        for (PolicyHolder holder : holders) {
            for (PolicyName name : attachments.getOrDefault(new HolderKey(account, holder), Set.of())) {
                StoredPolicy policy = policies.get(new PolicyKey(account, name));
                if (policy != null) {
                    result.add(new AttachedPolicy(holder, policy));
                }
            }
        }
        return List.copyOf(result);
    }
}
