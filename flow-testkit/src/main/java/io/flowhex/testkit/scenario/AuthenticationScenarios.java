package io.flowhex.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.flowhex.application.port.in.AuthenticationException;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.TestSignatures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Authentication end to end over the stores an adapter provides. */
public abstract class AuthenticationScenarios {

    private static final String STRING_TO_SIGN = "ACS3-HMAC-SHA256\n0123456789abcdef";

    protected abstract FlowhexStores stores();

    private World world;
    private World.Tenant tenant;
    private AccessKey rootKey;

    @BeforeEach
    void startWorld() {
        world = new World(stores());
        tenant = world.tenant();
        rootKey = tenant.key(tenant.root);
    }

    private AuthenticationRequest signed(AccessKey key, SignatureScheme scheme, Instant at, String nonce) {
        return new AuthenticationRequest(key.id().value(), scheme, List.of(STRING_TO_SIGN),
                TestSignatures.sign(scheme, key.secret().reveal(), STRING_TO_SIGN), TestSignatures.signingTime(at), nonce);
    }

    private AuthenticationRequest signedNow(AccessKey key, SignatureScheme scheme) {
        return signed(key, scheme, world.clock.instant(), "nonce-" + Fixtures.next());
    }

    private static ErrorCode codeOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(AuthenticationException.class);
        return ((AuthenticationException) thrown).errorCode();
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    @DisplayName("a correctly signed request is the key owner's, in either scheme")
    void correctSignatureAuthenticates(SignatureScheme scheme) {
        Caller caller = world.app.authenticate().authenticate(signedNow(rootKey, scheme));

        assertThat(caller.principal()).isEqualTo(tenant.root);
        assertThat(caller.accessKeyId()).isEqualTo(rootKey.id());
    }

    @Test
    @DisplayName("a RAM user's key authenticates as that user")
    void ramUserKey() {
        RamUser user = tenant.user();
        AccessKey key = tenant.key(user);

        assertThat(world.app.authenticate().authenticate(signedNow(key, SignatureScheme.V1_HMAC_SHA1)).principal())
                .isEqualTo(user);
    }

    @Test
    @DisplayName("an unknown or malformed AccessKeyId answers InvalidAccessKeyId.NotFound")
    void unknownKey() {
        AuthenticationRequest valid = signedNow(rootKey, SignatureScheme.ACS3_HMAC_SHA256);
        for (String id : List.of(Fixtures.accessKeyId().value(), "bad key!", "x".repeat(500))) {
            AuthenticationRequest request = new AuthenticationRequest(id, valid.scheme(), valid.stringsToSign(),
                    valid.claimedSignature(), valid.signingTime(), valid.nonce());

            assertThat(codeOf(() -> world.app.authenticate().authenticate(request))).isEqualTo(ErrorCode.ACCESS_KEY_NOT_FOUND);
        }
    }

    @Test
    @DisplayName("a disabled key answers InvalidAccessKeyId.Inactive, even correctly signed")
    void inactiveKey() {
        world.app.provision().setAccessKeyStatus(rootKey.id(), AccessKeyStatus.INACTIVE);

        assertThat(codeOf(() -> world.app.authenticate().authenticate(signedNow(rootKey, SignatureScheme.ACS3_HMAC_SHA256))))
                .isEqualTo(ErrorCode.ACCESS_KEY_INACTIVE);
    }

    @Test
    @DisplayName("a wrong signature answers SignatureDoesNotMatch carrying the server's string-to-sign")
    void wrongSignature() {
        AuthenticationRequest valid = signedNow(rootKey, SignatureScheme.ACS3_HMAC_SHA256);
        AuthenticationRequest forged = new AuthenticationRequest(valid.accessKeyId(), valid.scheme(),
                valid.stringsToSign(), "0".repeat(64), valid.signingTime(), valid.nonce());

        Throwable thrown = catchThrowable(() -> world.app.authenticate().authenticate(forged));

        assertThat(((AuthenticationException) thrown).code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(thrown.getMessage()).endsWith("server string to sign is:" + STRING_TO_SIGN)
                .doesNotContain(rootKey.secret().reveal());
    }

    @Test
    @DisplayName("a signature over the second canonical form is accepted (V1 clients differ on empty values)")
    void secondCandidateMatches() {
        String other = "POST&%2F&other";
        AuthenticationRequest request = new AuthenticationRequest(rootKey.id().value(), SignatureScheme.V1_HMAC_SHA1,
                List.of("POST&%2F&first", other),
                TestSignatures.sign(SignatureScheme.V1_HMAC_SHA1, rootKey.secret().reveal(), other),
                TestSignatures.signingTime(world.clock.instant()), "nonce-" + Fixtures.next());

        assertThat(world.app.authenticate().authenticate(request).principal()).isEqualTo(tenant.root);
    }

    @Test
    @DisplayName("a badly formatted signing time answers InvalidTimeStamp.Format before anything else")
    void badTimeFormat() {
        for (String time : List.of("2026-01-01 00:00:00", "2026-01-01T00:00:00+08:00", "2026-02-30T00:00:00Z",
                "yesterday", "", "2026-01-01T00:00:00.000Z")) {
            AuthenticationRequest request = new AuthenticationRequest(Fixtures.accessKeyId().value(),
                    SignatureScheme.ACS3_HMAC_SHA256, List.of(STRING_TO_SIGN), "00", time, "n-" + Fixtures.next());

            assertThat(codeOf(() -> world.app.authenticate().authenticate(request))).as(time)
                    .isEqualTo(ErrorCode.TIMESTAMP_FORMAT);
        }
    }

    @Test
    @DisplayName("signing times up to 15 minutes away are accepted; one second more is expired, both ways")
    void timeWindow() {
        Instant now = world.clock.instant();
        Duration window = Duration.ofMinutes(15);

        assertThat(world.app.authenticate().authenticate(
                signed(rootKey, SignatureScheme.ACS3_HMAC_SHA256, now.minus(window), "n-" + Fixtures.next()))).isNotNull();
        assertThat(world.app.authenticate().authenticate(
                signed(rootKey, SignatureScheme.ACS3_HMAC_SHA256, now.plus(window), "n-" + Fixtures.next()))).isNotNull();
        assertThat(codeOf(() -> world.app.authenticate().authenticate(signed(rootKey, SignatureScheme.ACS3_HMAC_SHA256,
                now.minus(window).minusSeconds(1), "n-" + Fixtures.next())))).isEqualTo(ErrorCode.TIMESTAMP_EXPIRED);
        assertThat(codeOf(() -> world.app.authenticate().authenticate(signed(rootKey, SignatureScheme.V1_HMAC_SHA1,
                now.plus(window).plusSeconds(1), "n-" + Fixtures.next())))).isEqualTo(ErrorCode.TIMESTAMP_EXPIRED);
    }
}
