package io.flowhex.application;

import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKeySecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and compares signatures for both schemes. {@link Mac} instances are kept per thread:
 * looking one up in the provider list costs more than the HMAC of a short string-to-sign.
 */
final class SignatureCalculator {

    private static final ThreadLocal<Mac> SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
    private static final ThreadLocal<Mac> SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));

    private SignatureCalculator() {
    }

    static String sign(SignatureScheme scheme, AccessKeySecret secret, String stringToSign) {
        byte[] data = stringToSign.getBytes(StandardCharsets.UTF_8);
        return switch (scheme) {
            case ACS3_HMAC_SHA256 -> HexFormat.of().formatHex(hmac(SHA256.get(), secret.reveal(), data));
            case V1_HMAC_SHA1 -> Base64.getEncoder().encodeToString(hmac(SHA1.get(), secret.reveal() + "&", data));
        };
    }

    /** Constant-time comparison; ACS3 hex is compared case-insensitively, V1 Base64 exactly. */
    static boolean matches(SignatureScheme scheme, AccessKeySecret secret, String stringToSign, String claimed) {
        String expected = sign(scheme, secret, stringToSign);
        String presented = scheme == SignatureScheme.ACS3_HMAC_SHA256 ? claimed.toLowerCase(Locale.ROOT) : claimed;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(Mac mac, String key, byte[] data) {
        try {
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), mac.getAlgorithm()));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC key rejected", e);
        }
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java platform", e);
        }
    }
}
