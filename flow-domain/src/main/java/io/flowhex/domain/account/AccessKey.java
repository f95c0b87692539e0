package io.flowhex.domain.account;

import io.flowhex.domain.principal.Principal;
import java.util.Objects;

/** An AccessKey pair and the principal whose calls it signs. {@code toString()} masks the secret. */
public record AccessKey(AccessKeyId id, AccessKeySecret secret, Principal owner, AccessKeyStatus status) {

    public AccessKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
    }

    public boolean isActive() {
        return status == AccessKeyStatus.ACTIVE;
    }

    public AccessKey withStatus(AccessKeyStatus newStatus) {
        return new AccessKey(id, secret, owner, newStatus);
    }
}
