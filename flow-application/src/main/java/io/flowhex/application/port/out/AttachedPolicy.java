package io.flowhex.application.port.out;

import io.flowhex.domain.principal.PolicyHolder;
import java.util.Objects;

/** A stored policy together with the holder it is attached to. */
public record AttachedPolicy(PolicyHolder holder, StoredPolicy policy) {

    public AttachedPolicy {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(policy, "policy");
    }
}
