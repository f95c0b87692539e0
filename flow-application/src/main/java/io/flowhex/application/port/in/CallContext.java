package io.flowhex.application.port.in;

import io.flowhex.domain.account.AccessKeyId;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about one call: what RAM conditions may test (the client address {@code acs:SourceIp},
 * absent when unknown; whether it came over TLS, {@code acs:SecureTransport}; the AccessKey used,
 * {@code acs:AccessId}) and the signature nonce the gate records once the call is within its quota.
 * {@code acs:CurrentTime} is the server's clock, taken by the use case.
 */
public record CallContext(Optional<String> sourceIp, boolean secureTransport, AccessKeyId accessKeyId,
        Optional<SignatureNonce> nonce) {

    public CallContext {
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(nonce, "nonce");
    }

    /** A call without a nonce to record: an in-process call by a trusted embedder. */
    public CallContext(Optional<String> sourceIp, boolean secureTransport, AccessKeyId accessKeyId) {
        this(sourceIp, secureTransport, accessKeyId, Optional.empty());
    }

    /** The context of a call by an authenticated caller, carrying its nonce. */
    public static CallContext of(Caller caller, Optional<String> sourceIp, boolean secureTransport) {
        return new CallContext(sourceIp, secureTransport, caller.accessKeyId(), caller.nonce());
    }
}
