package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import java.util.Objects;
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
}
