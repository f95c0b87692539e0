package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import java.util.Optional;

/** Driven port: AccessKey pairs and the principal each one signs for. */
public interface AccessKeyRepository {

    Optional<AccessKey> findById(AccessKeyId id);

    /** Inserts or replaces the key (status changes go through here too). */
    void save(AccessKey key);
}
