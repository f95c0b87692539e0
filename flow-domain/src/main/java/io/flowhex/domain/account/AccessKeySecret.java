package io.flowhex.domain.account;

import java.util.Objects;

/**
 * The secret half of an AccessKey. Never printed: {@link #toString()} is masked so a secret cannot
 * reach a log line or an error body by accident; {@link #reveal()} is the one deliberate way out.
 */
public final class AccessKeySecret {

    public static final int MAX_LENGTH = 256;

    private final String value;

    private AccessKeySecret(String value) {
        this.value = value;
    }

    public static AccessKeySecret of(String value) {
        Objects.requireNonNull(value, "AccessKeySecret must not be null");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("AccessKeySecret must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '!' || c > '~') {
                throw new IllegalArgumentException("AccessKeySecret must be printable ASCII without spaces");
            }
        }
        return new AccessKeySecret(value);
    }

    /** The secret itself, for computing an HMAC or storing it; never for display. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessKeySecret that
                && java.security.MessageDigest.isEqual(
                        value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        that.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0x5ec7; // constant on purpose: hashing a secret would leak bits of it through timing of maps
    }

    @Override
    public String toString() {
        return "AccessKeySecret[******]";
    }
}
