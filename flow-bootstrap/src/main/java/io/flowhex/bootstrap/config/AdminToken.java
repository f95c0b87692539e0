package io.flowhex.bootstrap.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The admin API's bearer token, held as its SHA-256 digest only. A presented token is digested too and
 * the two digests compared with {@link MessageDigest#isEqual}, so the comparison takes the same time
 * whatever the presented token shares with the real one, its length included (every digest is 32 bytes).
 * {@code toString()} shows nothing of it.
 */
public final class AdminToken {

    public static final int MIN_LENGTH = 16;
    public static final int MAX_LENGTH = 256;

    private final byte[] digest;

    private AdminToken(byte[] digest) {
        this.digest = digest;
    }

    /**
     * A token of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} visible ASCII characters (what an HTTP
     * header carries unchanged); the message of a refusal never repeats the value.
     */
    public static AdminToken of(String token) {
        Objects.requireNonNull(token, "token");
        if (token.length() < MIN_LENGTH || token.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an admin token has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                throw new IllegalArgumentException("an admin token is visible ASCII characters only");
            }
        }
        return new AdminToken(sha256(token));
    }

    /** Whether {@code presented} is this token, in time that does not depend on how close it came. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AdminToken[****]";
    }
}
