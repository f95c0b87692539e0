package io.flowhex.testkit;

import io.flowhex.application.port.in.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a string-to-sign the way each official SDK does, computed independently of the
 * application's own code so that a test can catch a wrong key derivation or encoding.
 */
public final class TestSignatures {

    private static final DateTimeFormatter SIGNING_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private TestSignatures() {
    }

    public static String sign(SignatureScheme scheme, String secret, String stringToSign) {
        try {
            if (scheme == SignatureScheme.ACS3_HMAC_SHA256) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
            }
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signing-time text both schemes use: {@code yyyy-MM-ddTHH:mm:ssZ} in UTC. */
    public static String signingTime(Instant instant) {
        return SIGNING_TIME.format(instant);
    }
}
