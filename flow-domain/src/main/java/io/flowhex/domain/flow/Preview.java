package io.flowhex.domain.flow;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A temporary preview link of a flow and the instant it stops working. */
public record Preview(URI url, Instant expiresAt) {

    public Preview {
        Objects.requireNonNull(url, "preview URL must not be null");
        Objects.requireNonNull(expiresAt, "preview expiry must not be null");
        EndpointUri.requireWebUri(url, "preview URL");
    }

    public static Preview of(String url, Instant expiresAt) {
        return new Preview(EndpointUri.parseWebUri(url, "preview URL"), expiresAt);
    }

    /** A link is usable only strictly before its expiry. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
