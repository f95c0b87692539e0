package io.flowhex.domain.policy;

import java.util.Objects;

/** A custom policy's name within its account: 1 to 128 characters of {@code A-Z a-z 0-9 -} as RAM allows. */
public record PolicyName(String value) {

    public static final int MAX_LENGTH = 128;

    public PolicyName {
        Objects.requireNonNull(value, "policy name must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a policy name must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                throw new IllegalArgumentException("a policy name may contain only letters, digits and '-'");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
