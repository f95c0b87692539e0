package io.flowhex.application.preview;

import io.flowhex.application.port.out.LinkSigningKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 signing every link flowhex serves itself shares (previews, Flow JSON downloads):
 * a token over the link's purpose and parts, so a server holding the same key can check a link
 * without a lookup, and nobody can extend, retarget or reuse one for another purpose.
 */
final class LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";
    static final int MIN_KEY_BYTES = LinkSigningKey.MIN_BYTES;

    private final String base;
    private final SecretKeySpec key;

    LinkSigner(URI baseUrl, byte[] key) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(key, "key");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("preview base URL must be an absolute http(s) URL without query");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("preview signing key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
    }

    String base() {
        return base;
    }

    /**
     * The token over the purpose and the parts, each on its own line; an empty purpose signs the parts
     * alone (the preview links of the first version, still valid).
     */
    String token(String purpose, String... parts) {
        String text = purpose.isEmpty() ? String.join("\n", parts) : purpose + "\n" + String.join("\n", parts);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** Whether {@code token} is this key's token over the purpose and parts, compared in constant time. */
    boolean verify(String token, String purpose, String... parts) {
        byte[] expected = token(purpose, parts).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }
}
