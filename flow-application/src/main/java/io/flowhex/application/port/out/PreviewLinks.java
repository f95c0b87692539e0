package io.flowhex.application.port.out;

import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.Preview;
import java.time.Instant;

/** Driven port: issues a temporary preview link for a flow. */
@FunctionalInterface
public interface PreviewLinks {

    /** A fresh preview, valid from {@code now} for the issuer's validity period. */
    Preview issue(Flow flow, Instant now);
}
