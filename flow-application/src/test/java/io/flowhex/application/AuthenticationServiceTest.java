package io.flowhex.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.in.AuthenticationException;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.RootPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Authentication reads the signing time")
class AuthenticationServiceTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final AccessKeyId KEY = new AccessKeyId("LTAI5tTimeFormatKey");
    private static final String SECRET = "TimeFormatSecret/+~*1";
    private static final String STRING_TO_SIGN = "ACS3-HMAC-SHA256\nhash";

    private final MapStores stores = new MapStores();
    private final AuthenticationService authentication = new AuthenticationService(stores.accessKeys(),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15), FlowMetrics.none());

    private AuthenticationRequest signedAt(String signingTime) {
        stores.accessKeys().save(new AccessKey(KEY, AccessKeySecret.of(SECRET), new RootPrincipal(new AccountId("1")),
                AccessKeyStatus.ACTIVE));
        return new AuthenticationRequest(KEY.value(), SignatureScheme.ACS3_HMAC_SHA256, List.of(STRING_TO_SIGN),
                SignatureCalculator.sign(SignatureScheme.ACS3_HMAC_SHA256, AccessKeySecret.of(SECRET), STRING_TO_SIGN), signingTime,
                "nonce-" + signingTime);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2026-01-01T00:00:00Z", "+2026-01-01T00:00:00Z", "+99999-01-01T00:00:00Z",
        "-0001-01-01T00:00:00Z", "12026-01-01T00:00:00Z", "226-01-01T00:00:00Z"})
    @DisplayName("a year that is not exactly four digits is badly formatted, even a signed one")
    void signedOrLongYears(String signingTime) {
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> authentication.authenticate(signedAt(signingTime)));

        assertThat(e.code()).isEqualTo("InvalidTimeStamp.Format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T00:00:00Z", "2025-12-31T23:45:00Z", "2026-01-01T00:15:00Z"})
    @DisplayName("the documented format within the window is accepted")
    void documentedFormat(String signingTime) {
        assertThat(authentication.authenticate(signedAt(signingTime)).accessKeyId()).isEqualTo(KEY);
    }
}
