package io.flowhex.domain.account;

import java.util.Objects;

/** An Alibaba Cloud account (UID): 1 to 32 ASCII digits, usually 16. */
public record AccountId(String value) {

    public static final int MAX_LENGTH = 32;

    public AccountId {
        Objects.requireNonNull(value, "AccountId must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("AccountId must be 1 to " + MAX_LENGTH + " digits");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("AccountId must contain only the digits 0-9");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
