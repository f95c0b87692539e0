package io.flowhex.testkit.scenario;

import static io.flowhex.testkit.scenario.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.NonceCountingStores;
import io.flowhex.testkit.TestSignatures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The gate every action passes, over the stores an adapter provides, with signed requests as the
 * protocol adapter makes them: authentication records nothing; the quota comes before the nonce, so
 * a throttled call leaves nothing behind; the nonce is recorded once for every call within its quota.
 */
public abstract class GateScenarios {

    private static final String STRING_TO_SIGN = "ACS3-HMAC-SHA256\nfedcba9876543210";

    protected abstract FlowhexStores stores();

    private NonceCountingStores stores;
    private World world;
    private World.Tenant tenant;
    private AccessKey rootKey;
    private Flow flow;

    @BeforeEach
    void startWorld() {
        stores = new NonceCountingStores(stores());
        world = new World(stores);
        tenant = world.tenant(1);
        rootKey = tenant.key(tenant.root);
        flow = tenant.flow();
    }

    private AuthenticationRequest signed(AccessKey key, Instant at) {
        return new AuthenticationRequest(key.id().value(), SignatureScheme.ACS3_HMAC_SHA256, List.of(STRING_TO_SIGN),
                TestSignatures.sign(SignatureScheme.ACS3_HMAC_SHA256, key.secret().reveal(), STRING_TO_SIGN),
                TestSignatures.signingTime(at), "gate-" + Fixtures.next());
    }

    private AuthenticationRequest signedNow(AccessKey key) {
        return signed(key, world.clock.instant());
    }

    private void nextWindow() {
        world.clock.advance(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("authentication records nothing: a verified request authenticates again")
    void authenticationIsStateless() {
        AuthenticationRequest request = signedNow(rootKey);

        world.app.authenticate().authenticate(request);

        assertThat(world.app.authenticate().authenticate(request).principal()).isEqualTo(tenant.root);
    }

    @Test
    @DisplayName("the same request twice answers SignatureNonceUsed the second time")
    void replayIsRefused() {
        AuthenticationRequest request = signedNow(rootKey);
        world.getFlowSigned(request, flow.id());
        world.clock.advance(Duration.ofMinutes(14));

        assertThat(codeOf(() -> world.getFlowSigned(request, flow.id()))).isEqualTo(ErrorCode.NONCE_USED);
    }

    @Test
    @DisplayName("a forged request does not burn the nonce of the genuine one")
    void forgeryDoesNotBurnNonce() {
        AuthenticationRequest genuine = signedNow(rootKey);
        AuthenticationRequest forged = new AuthenticationRequest(genuine.accessKeyId(), genuine.scheme(),
                genuine.stringsToSign(), "f".repeat(64), genuine.signingTime(), genuine.nonce());

        assertThat(codeOf(() -> world.getFlowSigned(forged, flow.id()))).isEqualTo(ErrorCode.SIGNATURE_DOES_NOT_MATCH);
        assertThat(world.getFlowSigned(genuine, flow.id()).flowId()).isEqualTo(flow.id());
    }

    @Test
    @DisplayName("a request signed in the future stays replay-proof for as long as its timestamp is accepted")
    void futureSignedRequestStaysProtected() {
        AuthenticationRequest request = signed(rootKey, world.clock.instant().plus(Duration.ofMinutes(15)));
        world.getFlowSigned(request, flow.id());
        world.clock.advance(Duration.ofMinutes(29));

        assertThat(codeOf(() -> world.getFlowSigned(request, flow.id()))).isEqualTo(ErrorCode.NONCE_USED);
    }

    @Test
    @DisplayName("a throttled call records no nonce: the same request succeeds in the next window")
    void throttledCallRecordsNoNonce() {
        world.getFlowSigned(signedNow(rootKey), flow.id());
        AuthenticationRequest throttled = signedNow(rootKey);

        assertThat(codeOf(() -> world.getFlowSigned(throttled, flow.id()))).isEqualTo(ErrorCode.LIMIT_CONTROL);
        nextWindow();

        assertThat(world.getFlowSigned(throttled, flow.id()).flowId()).isEqualTo(flow.id());
    }

    @Test
    @DisplayName("a call refused by RAM has its nonce recorded: its replay is refused as used")
    void deniedCallRecordsNonce() {
        RamUser user = tenant.user();
        AccessKey userKey = tenant.key(user);
        AuthenticationRequest denied = signedNow(userKey);

        assertThat(codeOf(() -> world.getFlowSigned(denied, flow.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
        nextWindow();

        assertThat(codeOf(() -> world.getFlowSigned(denied, flow.id()))).isEqualTo(ErrorCode.NONCE_USED);
    }

    @Test
    @DisplayName("the quota comes before the subscription: an unsubscribed account over its quota is throttled")
    void quotaBeforeSubscription() {
        tenant.unsubscribe();

        assertThat(codeOf(() -> world.getFlowSigned(signedNow(rootKey), flow.id())))
                .isEqualTo(ErrorCode.PRODUCT_UNSUBSCRIBED);
        assertThat(codeOf(() -> world.getFlowSigned(signedNow(rootKey), flow.id())))
                .isEqualTo(ErrorCode.LIMIT_CONTROL);
    }

    @Test
    @DisplayName("a RAM user shares its account's quota")
    void ramUsersShareTheAccountQuota() {
        RamUser user = tenant.user("{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:*\","
                + "\"Resource\":\"*\"}]}");
        AccessKey userKey = tenant.key(user);
        world.getFlowSigned(signedNow(rootKey), flow.id());

        assertThat(codeOf(() -> world.getFlowSigned(signedNow(userKey), flow.id()))).isEqualTo(ErrorCode.LIMIT_CONTROL);
    }

    @Test
    @DisplayName("one account's flood of throttled calls records no nonce and changes nothing another account is answered")
    void floodDoesNotReachBystander() {
        World.Tenant bystander = world.tenant(1);
        AccessKey bystanderKey = bystander.key(bystander.root);
        Flow bystanderFlow = bystander.flow();
        world.getFlowSigned(signedNow(rootKey), flow.id());
        long recordedBefore = stores.recorded();

        for (int i = 0; i < 2_000; i++) {
            AuthenticationRequest flood = signedNow(rootKey);
            assertThat(codeOf(() -> world.getFlowSigned(flood, flow.id()))).isEqualTo(ErrorCode.LIMIT_CONTROL);
        }

        assertThat(stores.recorded()).as("nonces the flood recorded").isEqualTo(recordedBefore);
        assertThat(world.getFlowSigned(signedNow(bystanderKey), bystanderFlow.id()).flowId())
                .isEqualTo(bystanderFlow.id());
    }
}
