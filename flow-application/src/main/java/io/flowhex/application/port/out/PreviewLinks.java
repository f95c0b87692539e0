package io.flowhex.application.port.out;

import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import java.time.Instant;

/** Driven port: issues a temporary preview link for a flow, and checks the links it issued. */
@FunctionalInterface
public interface PreviewLinks {

    /** A fresh preview, valid from {@code now} for the issuer's validity period. */
    Preview issue(Flow flow, Instant now);

    /**
     * Whether a link's parts (flow id, expiry in epoch milliseconds, token) are ones this issuer made
     * and unexpired at {@code now}: what the preview page checks before it shows a flow. An issuer
     * whose links lead to a page elsewhere has none for this server to open: false, the default.
     */
    default boolean verify(FlowId id, long expiresMillis, String token, Instant now) {
        return false;
    }
}
