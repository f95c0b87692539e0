package io.flowhex.application.port.in;

import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;

/** An authenticated caller: the principal and the AccessKey that signed the request. */
public record Caller(Principal principal, AccessKeyId accessKeyId) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
    }
}
