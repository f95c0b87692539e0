package io.flowhex.domain.flow;

import java.util.Objects;

/**
 * A flow's display name: 1 to 200 characters (counted as Unicode code points), not blank, no control
 * characters, no unpaired surrogate. Unique among the flows of one account and space, compared
 * exactly as written: case-sensitive, no normalisation (so {@code Sign_up} and {@code sign_up} are two
 * names), which is what a plain unique index does on every database.
 */
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
        // half a surrogate pair has no UTF-8 form: a database would store it as '?' and read back another name
        if (hasUnpairedSurrogate(value)) {
            throw new IllegalArgumentException("FlowName must be well-formed Unicode");
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return value;
    }
}
