package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.MutableClock;
import io.flowhex.testkit.scenario.World;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the worked example of the protocol document, section 5")
class WorkedExampleTest {

    private static final String KEY_ID = "LTAI5tExampleKeyId";
    private static final String SECRET = "ExampleSecret/+~*2025";
    private static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");
    private static final String NONCE = "3f4e0f0c5a7b4c2d9e1f00112233aabb";
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:18080");
    private static final String ACS3_SIGNATURE = "155c5fdb7496e59a64328fe931af87ed9a82403dee8b2976e5737ede00d23242";
    private static final String V1_SIGNATURE = "nM4W5AmI/638jA6GqAvBC+BSgLs=";

    private final CamsRequestSigner signer = CamsRequestSigner.of(KEY_ID, SECRET, MutableClock.at(TIME), () -> NONCE);

    private static RpcCall call() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("FlowId", "123");
        parameters.put("CustSpaceId", "cams-abc");
        return RpcCall.getFlow(parameters);
    }

    @Test
    @DisplayName("the client signer produces the documented ACS3 signature")
    void signerAcs3() {
        SignedRequest request = signer.sign(SignatureScheme.ACS3_HMAC_SHA256, ENDPOINT, call());

        assertThat(request.headers().get("authorization")).isEqualTo("ACS3-HMAC-SHA256 Credential=" + KEY_ID
                + ",SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;"
                + "x-acs-signature-nonce;x-acs-version,Signature=" + ACS3_SIGNATURE);
    }

    @Test
    @DisplayName("the client signer produces the documented V1 signature")
    void signerV1() {
        SignedRequest request = signer.sign(SignatureScheme.V1_HMAC_SHA1, ENDPOINT, call());

        assertThat(request.uri().getRawQuery()).contains("&Signature=nM4W5AmI%2F638jA6GqAvBC%2BBSgLs%3D");
    }

    @Test
    @DisplayName("the server's ACS3 string-to-sign has the documented hash, and the application accepts it")
    void serverAcs3() {
        CamsHttpRequest request = signer.sign(SignatureScheme.ACS3_HMAC_SHA256, ENDPOINT, call()).toCamsHttpRequest("127.0.0.1");

        AuthenticationRequest authentication = read(request);

        assertThat(authentication.stringsToSign()).containsExactly(
                "ACS3-HMAC-SHA256\n1002d2fb699c551a1503cfdb5cadca7bb1917768e006c0749eea30a5f37d7b36");
        assertThat(authentication.claimedSignature()).isEqualTo(ACS3_SIGNATURE);
        assertThat(authenticates(authentication)).isTrue();
    }

    @Test
    @DisplayName("the server accepts the documented V1 signature")
    void serverV1() {
        CamsHttpRequest request = signer.sign(SignatureScheme.V1_HMAC_SHA1, ENDPOINT, call()).toCamsHttpRequest("127.0.0.1");

        AuthenticationRequest authentication = read(request);

        assertThat(authentication.claimedSignature()).isEqualTo(V1_SIGNATURE);
        assertThat(authentication.stringsToSign()).hasSize(1);
        assertThat(authenticates(authentication)).isTrue();
    }

    private static AuthenticationRequest read(CamsHttpRequest request) {
        RequestParameters parameters = RequestParameters.read(request, 100);
        return CamsRpcHandler.readerFor(request, parameters).read(request, parameters);
    }

    private static boolean authenticates(AuthenticationRequest authentication) {
        World world = new World(InMemoryStores.create());
        world.clock.set(TIME);
        World.Tenant tenant = world.tenant();
        world.app.provision().saveAccessKey(new AccessKey(new AccessKeyId(KEY_ID), AccessKeySecret.of(SECRET),
                new RootPrincipal(tenant.id), AccessKeyStatus.ACTIVE));
        return world.app.authenticate().authenticate(authentication).accessKeyId().value().equals(KEY_ID);
    }
}
