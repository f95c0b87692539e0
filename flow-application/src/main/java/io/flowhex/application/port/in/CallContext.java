package io.flowhex.application.port.in;

import io.flowhex.domain.account.AccessKeyId;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about one call that RAM conditions may test: the client address ({@code acs:SourceIp}, absent
 * when unknown), whether it came over TLS ({@code acs:SecureTransport}) and the AccessKey used
 * ({@code acs:AccessId}). {@code acs:CurrentTime} is the server's clock, taken by the use case.
 */
public record CallContext(Optional<String> sourceIp, boolean secureTransport, AccessKeyId accessKeyId) {

    public CallContext {
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
    }
}
