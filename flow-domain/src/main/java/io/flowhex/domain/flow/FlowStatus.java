package io.flowhex.domain.flow;

import java.util.Objects;

/**
 * Lifecycle of a flow. CAMS documents the first three; BLOCKED and THROTTLED come from Meta's
 * endpoint health monitoring and are passed through.
 */
public enum FlowStatus {
    DRAFT,
    PUBLISHED,
    DEPRECATED,
    BLOCKED,
    THROTTLED;

    public static FlowStatus fromWire(String name) {
        Objects.requireNonNull(name, "status must not be null");
        for (FlowStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown flow status");
    }
}
