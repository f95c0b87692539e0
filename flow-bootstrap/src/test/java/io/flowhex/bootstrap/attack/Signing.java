package io.flowhex.bootstrap.attack;

import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.SignatureScheme;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;

/**
 * Signs GetFlow calls with one AccessKey for one server, through the REST adapter's client signer,
 * and tells {@link SuiteLogs} every signature it made, so that none may turn up in a log.
 */
final class Signing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI endpoint;
    private final CamsRequestSigner signer;

    private Signing(URI endpoint, CamsRequestSigner signer) {
        this.endpoint = endpoint;
        this.signer = signer;
    }

    static Signing as(AttackFixture.Key key, URI endpoint) {
        return as(key, endpoint, Clock.systemUTC());
    }

    /** With another clock: a request signed in the past or the future. */
    static Signing as(AttackFixture.Key key, URI endpoint, Clock clock) {
        return new Signing(endpoint, CamsRequestSigner.of(key.accessKeyId(), key.secret(), clock, Signing::nonce));
    }

    /** With another clock and one fixed nonce for every request it signs. */
    static Signing as(AttackFixture.Key key, URI endpoint, Clock clock, String nonce) {
        return new Signing(endpoint, CamsRequestSigner.of(key.accessKeyId(), key.secret(), clock, () -> nonce));
    }

    /** A fresh, random nonce (the signer's own format: 32 hex digits). */
    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    SignedRequest sign(CallVariant variant, Map<String, String> parameters) {
        return sign(variant, new RpcCall(variant.method(), "GetFlow", RpcCall.CAMS_VERSION, parameters, variant.placement()));
    }

    SignedRequest sign(CallVariant variant, RpcCall call) {
        SignedRequest signed = signer.sign(variant.scheme(), endpoint, call);
        SuiteLogs.get().forbidSignature(signatureOf(signed, variant.scheme()));
        return signed;
    }

    WireRequest wire(CallVariant variant, Map<String, String> parameters) {
        return WireRequest.of(sign(variant, parameters), variant.framing());
    }

    WireRequest wire(CallVariant variant, RpcCall call) {
        return WireRequest.of(sign(variant, call), variant.framing());
    }

    /** The signature a request carries: the hex after {@code Signature=} (ACS3) or the decoded query value (V1). */
    static String signatureOf(SignedRequest signed, SignatureScheme scheme) {
        if (scheme == SignatureScheme.ACS3_HMAC_SHA256) {
            String authorization = signed.headers().get("authorization");
            return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        }
        for (String pair : signed.uri().getRawQuery().split("&")) {
            if (pair.startsWith("Signature=")) {
                return URLDecoder.decode(pair.substring("Signature=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("a V1 request without a Signature parameter");
    }
}
