package io.flowhex.application.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.TestFlows;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.Preview;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Signed preview links")
class SignedPreviewLinksTest {

    private static final String KEY_TEXT = "flowhex-preview-signing-key-for-unit-tests";
    private static final byte[] KEY = KEY_TEXT.getBytes(StandardCharsets.US_ASCII);
    private static final URI BASE = URI.create("https://preview.example.com");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    /** 2026-01-31T00:00:00Z, thirty days after NOW. */
    private static final long EXPIRES_MS = 1_769_817_600_000L;
    private static final Pattern LINK = Pattern.compile(
            "(?<base>.+)/flows/(?<flow>[0-9]+)/preview\\?expires=(?<expires>[0-9]+)&token=(?<token>[A-Za-z0-9_-]{43})");

    private final Flow flow = TestFlows.draft("926753328126430", new AccountId("1000000000000001"));
    private final SignedPreviewLinks links = SignedPreviewLinks.create(BASE, KEY, SignedPreviewLinks.DEFAULT_VALIDITY);

    private static Matcher parts(Preview preview) {
        Matcher matcher = LINK.matcher(preview.url().toString());
        assertThat(matcher.matches()).as("link shape of %s", preview.url()).isTrue();
        return matcher;
    }

    /** HMAC-SHA256 over "flowId\nexpiresMs", Base64url without padding, computed apart from the class. */
    private static String expectedToken(String flowId, long expiresMillis) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] digest = mac.doFinal((flowId + "\n" + expiresMillis).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    @Test
    @DisplayName("issue <base>/flows/<id>/preview?expires=<ms>&token=<HMAC> valid for 30 days by default")
    void linkShape() throws Exception {
        Preview preview = links.issue(flow, NOW);

        Matcher parts = parts(preview);
        assertThat(parts.group("base")).isEqualTo("https://preview.example.com");
        assertThat(parts.group("flow")).isEqualTo("926753328126430");
        assertThat(Long.parseLong(parts.group("expires"))).isEqualTo(EXPIRES_MS);
        assertThat(parts.group("token")).isEqualTo(expectedToken("926753328126430", EXPIRES_MS));
        assertThat(preview.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)))
                .isEqualTo(Instant.ofEpochMilli(EXPIRES_MS));
    }

    @Test
    @DisplayName("expire the configured validity after now")
    void customValidity() {
        SignedPreviewLinks tenMinutes = SignedPreviewLinks.create(BASE, KEY, Duration.ofMinutes(10));

        Preview preview = tenMinutes.issue(flow, NOW);

        assertThat(preview.expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:10:00Z"));
        assertThat(parts(preview).group("expires")).isEqualTo("1767226200000");
        assertThat(preview.isValidAt(NOW)).isTrue();
    }

    @Test
    @DisplayName("state the same millisecond expiry in the link and in the preview when now has nanoseconds")
    void expiryInMilliseconds() {
        Instant ragged = NOW.plusNanos(999_999);

        Preview preview = links.issue(flow, ragged);

        assertThat(preview.expiresAt()).isEqualTo(Instant.ofEpochMilli(EXPIRES_MS));
        assertThat(parts(preview).group("expires")).isEqualTo(Long.toString(EXPIRES_MS));
    }

    /** Whether {@code links} accepts the flow id, expiry and token read back from the preview's URL. */
    private boolean acceptsLink(Preview preview) {
        Matcher parts = parts(preview);
        return links.verify(parts.group("flow"), Long.parseLong(parts.group("expires")), parts.group("token"));
    }

    @Test
    @DisplayName("verify the parts of a link they issued")
    void verifiesIssuedParts() {
        assertThat(acceptsLink(links.issue(flow, NOW))).isTrue();
    }

    @Test
    @DisplayName("refuse a link whose flow id, expiry or token was changed")
    void refusesChangedParts() {
        Matcher parts = parts(links.issue(flow, NOW));
        String flowId = parts.group("flow");
        long expires = Long.parseLong(parts.group("expires"));
        String token = parts.group("token");
        String flippedToken = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(links.verify("926753328126431", expires, token)).as("other flow").isFalse();
        assertThat(links.verify("0" + flowId, expires, token)).as("leading zero").isFalse();
        assertThat(links.verify(flowId, expires + 1, token)).as("extended by 1 ms").isFalse();
        assertThat(links.verify(flowId, expires + Duration.ofDays(30).toMillis(), token)).as("extended").isFalse();
        assertThat(links.verify(flowId, expires, flippedToken)).as("one character changed").isFalse();
        assertThat(links.verify(flowId, expires, token.substring(0, 42))).as("shortened").isFalse();
        assertThat(links.verify(flowId, expires, "")).as("empty").isFalse();
    }

    @Test
    @DisplayName("refuse a link issued under another key")
    void refusesOtherKey() {
        SignedPreviewLinks other = SignedPreviewLinks.create(BASE, "another-preview-signing-key-0123456789"
                .getBytes(StandardCharsets.US_ASCII), SignedPreviewLinks.DEFAULT_VALIDITY);

        assertThat(acceptsLink(other.issue(flow, NOW))).isFalse();
    }

    @Test
    @DisplayName("keep their own copy of the key, so changing the caller's array changes nothing")
    void copiesKey() {
        byte[] key = KEY.clone();
        SignedPreviewLinks own = SignedPreviewLinks.create(BASE, key, SignedPreviewLinks.DEFAULT_VALIDITY);
        Preview before = own.issue(flow, NOW);

        key[0] ^= 0x7f;

        assertThat(own.issue(flow, NOW)).isEqualTo(before).isEqualTo(links.issue(flow, NOW));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://preview.example.com/", "https://preview.example.com"})
    @DisplayName("join a base with or without a trailing slash with exactly one slash")
    void normalizesTrailingSlash(String base) {
        SignedPreviewLinks withBase = SignedPreviewLinks.create(URI.create(base), KEY, SignedPreviewLinks.DEFAULT_VALIDITY);

        assertThat(withBase.issue(flow, NOW)).isEqualTo(links.issue(flow, NOW));
    }

    @Test
    @DisplayName("keep a path in the base")
    void keepsBasePath() {
        SignedPreviewLinks under = SignedPreviewLinks.create(URI.create("http://cdn.example.com:8080/previews/"), KEY,
                SignedPreviewLinks.DEFAULT_VALIDITY);

        assertThat(parts(under.issue(flow, NOW)).group("base")).isEqualTo("http://cdn.example.com:8080/previews");
    }

    @Test
    @DisplayName("refuse a key shorter than 32 bytes and accept one of exactly 32")
    void keyLength() {
        assertThatThrownBy(() -> SignedPreviewLinks.create(BASE, new byte[31], SignedPreviewLinks.DEFAULT_VALIDITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preview signing key must have at least 32 bytes");
        assertThat(SignedPreviewLinks.create(BASE, new byte[32], SignedPreviewLinks.DEFAULT_VALIDITY).issue(flow, NOW))
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://preview.example.com", "/previews", "preview.example.com", "mailto:ops@example.com",
            "https:///no-host", "https://preview.example.com/?tenant=1", "https://preview.example.com/#top"})
    @DisplayName("refuse a base that is not an absolute http(s) URL without query or fragment")
    void refusesBadBase(String base) {
        assertThatThrownBy(() -> SignedPreviewLinks.create(URI.create(base), KEY, SignedPreviewLinks.DEFAULT_VALIDITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preview base URL must be an absolute http(s) URL without query");
    }

    @Test
    @DisplayName("refuse a validity that is not positive")
    void refusesNonPositiveValidity() {
        assertThatThrownBy(() -> SignedPreviewLinks.create(BASE, KEY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preview validity must be positive");
        assertThatThrownBy(() -> SignedPreviewLinks.create(BASE, KEY, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preview validity must be positive");
    }

    @Test
    @DisplayName("refuse missing settings by name")
    void refusesNulls() {
        assertThatNullPointerException()
                .isThrownBy(() -> SignedPreviewLinks.create(null, KEY, Duration.ofDays(1))).withMessage("baseUrl");
        assertThatNullPointerException()
                .isThrownBy(() -> SignedPreviewLinks.create(BASE, null, Duration.ofDays(1))).withMessage("key");
        assertThatNullPointerException()
                .isThrownBy(() -> SignedPreviewLinks.create(BASE, KEY, null)).withMessage("validity");
    }

    @Test
    @DisplayName("print their base and validity but never the key")
    void toStringHidesKey() {
        assertThat(links.toString())
                .isEqualTo("SignedPreviewLinks[base=https://preview.example.com, validity=PT720H]")
                .doesNotContain(KEY_TEXT)
                .doesNotContain("signing-key")
                .doesNotContain(Base64.getEncoder().encodeToString(KEY))
                .doesNotContain(HexFormat.of().formatHex(KEY));
    }
}
