package io.flowhex.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.in.AuthenticationException;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.StoreUnavailableException;
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
import org.junit.jupiter.api.Test;

@DisplayName("Authentication answers what the nonce store says")
class AuthenticationNonceAnswersTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final AccessKeyId KEY = new AccessKeyId("LTAI5tNonceAnswers");
    private static final String SECRET = "NonceAnswersSecret";
    private static final String STRING_TO_SIGN = "ACS3-HMAC-SHA256\nhash";

    private final MapStores stores = new MapStores();

    private AuthenticationException refusal(NonceStore nonces) {
        stores.accessKeys().save(new AccessKey(KEY, AccessKeySecret.of(SECRET), new RootPrincipal(new AccountId("1")),
                AccessKeyStatus.ACTIVE));
        AuthenticationService authentication = new AuthenticationService(stores.accessKeys(), nonces,
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));
        AuthenticationRequest request = new AuthenticationRequest(KEY.value(), SignatureScheme.ACS3_HMAC_SHA256,
                List.of(STRING_TO_SIGN), SignatureCalculator.sign(SignatureScheme.ACS3_HMAC_SHA256,
                AccessKeySecret.of(SECRET), STRING_TO_SIGN), "2026-01-01T00:00:00Z", "nonce-1");
        return catchThrowableOfType(AuthenticationException.class, () -> authentication.authenticate(request));
    }

    @Test
    @DisplayName("a key at the store's bound of nonces is under flow control, not a failed server")
    void keyAtItsBound() {
        AuthenticationException e = refusal((key, nonce, now, expiresAt) -> {
            throw new NonceLimitExceededException("this key holds as many nonces as one key may");
        });

        assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_CONTROL);
        assertThat(e.code()).isEqualTo("System.LimitControl");
    }

    @Test
    @DisplayName("a store that does not answer is a temporary failure of the server")
    void storeDown() {
        AuthenticationException e = refusal((key, nonce, now, expiresAt) -> {
            throw new StoreUnavailableException("nonce store unavailable");
        });

        assertThat(e.code()).isEqualTo("ServiceUnavailable");
    }

    @Test
    @DisplayName("a nonce used already is refused as used")
    void nonceUsed() {
        AuthenticationException e = refusal((key, nonce, now, expiresAt) -> false);

        assertThat(e.code()).isEqualTo("SignatureNonceUsed");
    }
}
