package io.flowhex.domain.flow;

import java.util.Objects;

/**
 * A CustSpaceId: the space of an ISV sub-customer or the instance of a direct customer
 * (e.g. {@code cams-kei****}). 1 to 64 printable ASCII characters without spaces.
 */
public record SpaceId(String value) {

    public static final int MAX_LENGTH = 64;

    public SpaceId {
        Objects.requireNonNull(value, "CustSpaceId must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("CustSpaceId must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("CustSpaceId must be printable ASCII without spaces");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
