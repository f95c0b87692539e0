package io.flowhex.domain.flow;

import java.util.Objects;

/** A flow's identifier: 1 to 64 ASCII digits, kept as text so leading zeros and long ids survive. */
public record FlowId(String value) {

    public static final int MAX_LENGTH = 64;

    public FlowId {
        Objects.requireNonNull(value, "FlowId must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("FlowId must be 1 to " + MAX_LENGTH + " digits");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("FlowId must contain only the digits 0-9");
            }
        }
    }

    public static FlowId of(String value) {
        return new FlowId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
