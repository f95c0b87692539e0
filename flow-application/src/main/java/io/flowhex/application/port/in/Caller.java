package io.flowhex.application.port.in;

import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * An authenticated caller: the principal, the AccessKey that signed the request and, for a signed
 * request, its nonce still to be recorded. An embedder calling a use case in-process, with a
 * principal it trusts, has no nonce.
 */
public record Caller(Principal principal, AccessKeyId accessKeyId, Optional<SignatureNonce> nonce) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(nonce, "nonce");
    }

    /** A caller vouched for by the embedding process: nothing to replay-check. */
    public Caller(Principal principal, AccessKeyId accessKeyId) {
        this(principal, accessKeyId, Optional.empty());
    }
}
