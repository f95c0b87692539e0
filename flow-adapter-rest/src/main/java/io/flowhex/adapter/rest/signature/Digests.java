package io.flowhex.adapter.rest.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 (one digest per thread, so a busy server does not look one up per request) and the two
 * HMACs the client signer needs. The server never computes an HMAC: that is the application's job.
 */
public final class Digests {

    /** SHA-256 of zero bytes: what an empty body hashes to. */
    public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));

    private Digests() {
    }

    public static String sha256Hex(byte[] data) {
        if (data.length == 0) {
            return EMPTY_SHA256;
        }
        MessageDigest digest = SHA256.get();
        digest.reset();
        return hex(digest.digest(data));
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** ACS3: lower-hex HMAC-SHA256 keyed with the secret as is. */
    public static String hmacSha256Hex(String secret, String stringToSign) {
        return hex(hmac("HmacSHA256", secret, stringToSign));
    }

    /** V1: Base64 HMAC-SHA1 keyed with the secret plus {@code &}. */
    public static String hmacSha1Base64(String secret, String stringToSign) {
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", secret + "&", stringToSign));
    }

    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >>> 4) & 0x0F];
            out[2 * i + 1] = HEX[bytes[i] & 0x0F];
        }
        return new String(out);
    }

    private static byte[] hmac(String algorithm, String key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
