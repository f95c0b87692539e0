package io.flowhex.domain.account;

import java.util.Objects;

/** The public half of an AccessKey: 1 to 128 characters of {@code A-Z a-z 0-9 . _ -}. */
public record AccessKeyId(String value) {

    public static final int MAX_LENGTH = 128;

    public AccessKeyId {
        Objects.requireNonNull(value, "AccessKeyId must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("AccessKeyId must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                throw new IllegalArgumentException("AccessKeyId may contain only letters, digits, '.', '_' and '-'");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
