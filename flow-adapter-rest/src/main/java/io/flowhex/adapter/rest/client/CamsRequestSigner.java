package io.flowhex.adapter.rest.client;

import io.flowhex.adapter.rest.signature.Acs3Canonicalizer;
import io.flowhex.adapter.rest.signature.Digests;
import io.flowhex.adapter.rest.signature.Parameter;
import io.flowhex.adapter.rest.signature.PercentEncoding;
import io.flowhex.adapter.rest.signature.V1Canonicalizer;
import io.flowhex.application.port.in.SignatureScheme;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Signs RPC calls the way tea-openapi does: ACS3-HMAC-SHA256 (headers {@code host},
 * {@code content-type} with a body, and every {@code x-acs-*} header signed) or V1 HMAC-SHA1 (common
 * parameters in the query, {@code Signature} over every parameter, empty ones included). The secret
 * never leaves this object and never appears in {@link #toString()}.
 */
public final class CamsRequestSigner {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final String accessKeyId;
    private final String accessKeySecret;
    private final Clock clock;
    private final Supplier<String> nonces;

    private CamsRequestSigner(String accessKeyId, String accessKeySecret, Clock clock, Supplier<String> nonces) {
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.accessKeySecret = Objects.requireNonNull(accessKeySecret, "accessKeySecret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /** A signer with the system clock and random 32-hex-digit nonces. */
    public static CamsRequestSigner of(String accessKeyId, String accessKeySecret) {
        SecureRandom random = new SecureRandom();
        return new CamsRequestSigner(accessKeyId, accessKeySecret, Clock.systemUTC(), () -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return Digests.hex(bytes);
        });
    }

    /** A signer with a given clock and nonce source, for reproducible requests. */
    public static CamsRequestSigner of(String accessKeyId, String accessKeySecret, Clock clock,
            Supplier<String> nonces) {
        return new CamsRequestSigner(accessKeyId, accessKeySecret, clock, nonces);
    }

    /**
     * @param endpoint e.g. {@code http://127.0.0.1:8080}; its path, if any, is replaced by {@code /}
     */
    public SignedRequest sign(SignatureScheme scheme, URI endpoint, RpcCall call) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(call, "call");
        String timestamp = TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        String nonce = nonces.get();
        return switch (scheme) {
            case ACS3_HMAC_SHA256 -> acs3(endpoint, call, timestamp, nonce);
            case V1_HMAC_SHA1 -> v1(endpoint, call, timestamp, nonce);
        };
    }

    private SignedRequest acs3(URI endpoint, RpcCall call, String timestamp, String nonce) {
        List<Parameter> own = parameters(call.parameters());
        boolean inBody = call.placement() == ParameterPlacement.FORM_BODY;
        List<Parameter> query = inBody ? List.of() : own;
        byte[] body = inBody ? PercentEncoding.pairs(own).getBytes(StandardCharsets.US_ASCII) : new byte[0];

        TreeMap<String, String> signed = new TreeMap<>();
        signed.put("host", endpoint.getRawAuthority());
        signed.put("x-acs-action", call.action());
        signed.put("x-acs-version", call.version());
        signed.put("x-acs-date", timestamp);
        signed.put("x-acs-signature-nonce", nonce);
        signed.put("x-acs-content-sha256", Digests.sha256Hex(body));
        signed.put("x-acs-credentials-provider", "static_ak");
        if (inBody) {
            signed.put("content-type", FORM_TYPE);
        }
        String canonical = Acs3Canonicalizer.canonicalRequest(call.method(), "/",
                Acs3Canonicalizer.canonicalQuery(query), signed, Digests.sha256Hex(body));
        String signature = Digests.hmacSha256Hex(accessKeySecret, Acs3Canonicalizer.stringToSign(canonical));

        Map<String, String> headers = new LinkedHashMap<>(signed);
        headers.put("authorization", Acs3Canonicalizer.ALGORITHM + " Credential=" + accessKeyId
                + ",SignedHeaders=" + String.join(";", signed.keySet()) + ",Signature=" + signature);
        return new SignedRequest(call.method(), url(endpoint, query), headers, body);
    }

    private SignedRequest v1(URI endpoint, RpcCall call, String timestamp, String nonce) {
        List<Parameter> own = parameters(call.parameters());
        boolean inBody = call.placement() == ParameterPlacement.FORM_BODY;
        List<Parameter> query = new ArrayList<>(inBody ? List.of() : own);
        query.add(new Parameter("AccessKeyId", accessKeyId));
        query.add(new Parameter("Action", call.action()));
        query.add(new Parameter("Version", call.version()));
        query.add(new Parameter("Format", "json"));
        query.add(new Parameter("Timestamp", timestamp));
        query.add(new Parameter("SignatureMethod", V1Canonicalizer.SIGNATURE_METHOD));
        query.add(new Parameter("SignatureVersion", V1Canonicalizer.SIGNATURE_VERSION));
        query.add(new Parameter("SignatureNonce", nonce));
        List<Parameter> all = new ArrayList<>(query);
        if (inBody) {
            all.addAll(own);
        }
        String signature = Digests.hmacSha1Base64(accessKeySecret, V1Canonicalizer.stringToSign(call.method(), all));
        query.add(new Parameter("Signature", signature));

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", endpoint.getRawAuthority());
        byte[] body = new byte[0];
        if (inBody) {
            headers.put("content-type", FORM_TYPE);
            body = PercentEncoding.pairs(own).getBytes(StandardCharsets.US_ASCII);
        }
        return new SignedRequest(call.method(), url(endpoint, query), headers, body);
    }

    private static List<Parameter> parameters(Map<String, String> values) {
        List<Parameter> out = new ArrayList<>(values.size());
        values.forEach((name, value) -> out.add(new Parameter(name, value)));
        return out;
    }

    private static URI url(URI endpoint, List<Parameter> query) {
        String base = endpoint.getScheme() + "://" + endpoint.getRawAuthority() + "/";
        return URI.create(query.isEmpty() ? base : base + "?" + PercentEncoding.pairs(query));
    }

    @Override
    public String toString() {
        return "CamsRequestSigner[accessKeyId=" + accessKeyId + "]";
    }
}
