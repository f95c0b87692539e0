package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** AccessKeys by id. */
final class InMemoryAccessKeyRepository implements AccessKeyRepository {

    private final ConcurrentHashMap<AccessKeyId, AccessKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<AccessKey> findById(AccessKeyId id) {
        return Optional.ofNullable(keys.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public void save(AccessKey key) {
        keys.put(key.id(), key);
    }

    /** Removes the keys of every principal of the account and answers their ids. */
    Set<AccessKeyId> removeOwnedBy(AccountId account) {
        Set<AccessKeyId> removed = new HashSet<>();
        keys.values().removeIf(key -> key.owner().account().equals(account) && removed.add(key.id()));
        return removed;
    }

    void clear() {
        keys.clear();
    }

    long count() {
        return keys.size();
    }
}
