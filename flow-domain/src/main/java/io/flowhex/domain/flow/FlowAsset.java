package io.flowhex.domain.flow;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A flow's stored Flow JSON file: the bytes exactly as fetched (at most {@link #MAX_BYTES}, Meta's
 * limit), what checking them found, and their SHA-256, which tells two uploads of the same file apart
 * from a change without comparing megabytes. The file is kept even when invalid: Meta saves such a
 * flow as a draft and refuses only its publication.
 *
 * <p>Not a record: an array field would make a record's equality that of the array's identity, and
 * hand out the array itself. The bytes are copied in and out.
 */
public final class FlowAsset {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final byte[] content;
    private final FlowJsonCheck check;
    private final String sha256;

    private FlowAsset(byte[] content, FlowJsonCheck check) {
        this.content = content;
        this.check = check;
        this.sha256 = HexFormat.of().formatHex(sha256(content));
    }

    /** The file {@code content} (copied) with the check of those bytes. */
    public static FlowAsset of(byte[] content, FlowJsonCheck check) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(check, "check");
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a Flow JSON file is at most " + MAX_BYTES + " bytes");
        }
        return new FlowAsset(content.clone(), check);
    }

    /** A copy of the file's bytes, exactly as they were fetched. */
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    public FlowJsonCheck check() {
        return check;
    }

    /** SHA-256 of the bytes, 64 lower-case hex digits. */
    public String sha256() {
        return sha256;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlowAsset that && sha256.equals(that.sha256) && Arrays.equals(content, that.content)
                && check.equals(that.check);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    /** Never the content: a file of megabytes has no place in a log line. */
    @Override
    public String toString() {
        return "FlowAsset[size=" + content.length + ", sha256=" + sha256 + ", valid=" + check.isValid() + "]";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
