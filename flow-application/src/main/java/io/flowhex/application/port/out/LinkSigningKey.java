package io.flowhex.application.port.out;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The HMAC key of the links a server serves itself (previews, Flow JSON downloads): at least
 * {@value #MIN_BYTES} bytes, compared by content. {@code toString()} never shows it: a key in a log
 * line would let anyone forge links.
 */
public final class LinkSigningKey {

    public static final int MIN_BYTES = 32;

    private final byte[] bytes;

    private LinkSigningKey(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("a link signing key has at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static LinkSigningKey of(byte[] bytes) {
        return new LinkSigningKey(bytes);
    }

    /** From the text form of {@link #base64()}, as a store keeps it. */
    public static LinkSigningKey ofBase64(String text) {
        Objects.requireNonNull(text, "text");
        return new LinkSigningKey(Base64.getDecoder().decode(text));
    }

    /** A copy of the key's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key as standard Base64 text, for a store that keeps text. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkSigningKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "LinkSigningKey[****]";
    }
}
