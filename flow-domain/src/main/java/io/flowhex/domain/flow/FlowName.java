package io.flowhex.domain.flow;

import java.util.Objects;

/** A flow's display name: 1 to 200 characters (counted as Unicode code points), not blank, no control characters. */
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
        // Control characters (NUL above all, which PostgreSQL text cannot hold) are never part of a name.
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("FlowName must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
