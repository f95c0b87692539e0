package io.flowhex.domain.flow;

import java.util.Objects;

/** A flow's display name: 1 to 200 characters (counted as Unicode code points), not blank. */
public record FlowName(String value) {

    public static final int MAX_LENGTH = 200;

    public FlowName {
        Objects.requireNonNull(value, "FlowName must not be null");
        int length = value.codePointCount(0, value.length());
        if (length == 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("FlowName must be 1 to " + MAX_LENGTH + " characters");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("FlowName must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
