package io.flowhex.application.preview;

import io.flowhex.application.port.out.PreviewLinks;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.Preview;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues {@code <base>/flows/<FlowId>/preview?expires=<epoch ms>&token=<HMAC>} links. The token is
 * an HMAC-SHA256 over the flow id and the expiry, so a preview server holding the same key can check
 * a link without a lookup, and nobody can extend or retarget one. Meta's previews last 30 days.
 */
public final class SignedPreviewLinks implements PreviewLinks {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final String base;
    private final SecretKeySpec key;
    private final Duration validity;

    private SignedPreviewLinks(URI baseUrl, byte[] key, Duration validity) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(validity, "validity");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("preview base URL must be an absolute http(s) URL without query");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("preview signing key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("preview validity must be positive");
        }
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
        this.validity = validity;
    }

    public static SignedPreviewLinks create(URI baseUrl, byte[] key, Duration validity) {
        return new SignedPreviewLinks(baseUrl, key, validity);
    }

    @Override
    public Preview issue(Flow flow, Instant now) {
        Instant expires = now.plus(validity);
        long expiresMillis = expires.toEpochMilli();
        String token = token(flow.id().value(), expiresMillis);
        URI url = URI.create(base + "/flows/" + flow.id().value() + "/preview?expires=" + expiresMillis + "&token=" + token);
        return new Preview(url, Instant.ofEpochMilli(expiresMillis));
    }

    /** Whether a link's parts were issued by this key (for a preview server, and for tests). */
    public boolean verify(String flowId, long expiresMillis, String token) {
        byte[] expected = token(flowId, expiresMillis).getBytes(StandardCharsets.US_ASCII);
        return java.security.MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(String flowId, long expiresMillis) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((flowId + "\n" + expiresMillis).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "SignedPreviewLinks[base=" + base + ", validity=" + validity + "]";
    }
}
