package io.flowhex.domain.principal;

import java.util.Objects;

/** A RAM user, role or session name: 1 to 64 characters of {@code A-Z a-z 0-9 . @ _ -}. */
public record PrincipalName(String value) {

    public static final int MAX_LENGTH = 64;

    public PrincipalName {
        Objects.requireNonNull(value, "name must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a RAM name must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '@' || c == '_' || c == '-';
            if (!ok) {
                throw new IllegalArgumentException("a RAM name may contain only letters, digits, '.', '@', '_' and '-'");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
