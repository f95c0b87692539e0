package io.flowhex.adapter.rest;

import io.flowhex.adapter.rest.signature.Acs3Canonicalizer;
import io.flowhex.adapter.rest.signature.Digests;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.SignatureScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * ACS3-HMAC-SHA256. Checks here: the algorithm ({@code InvalidSignatureMethod}); the Authorization
 * header's shape, every signed header present, every {@code x-acs-*} header signed and
 * {@code x-acs-content-sha256} present ({@code IncompleteSignature}); the nonce and date present
 * ({@code MissingSignatureNonce}, {@code MissingTimestamp}); the claimed body hash equal to the hash of
 * the body received ({@code SignatureDoesNotMatch}).
 */
final class Acs3Reader implements SignatureReader {

    private static final String ACS_PREFIX = "x-acs-";
    private static final String CONTENT_SHA256 = "x-acs-content-sha256";

    @Override
    public String action(CamsHttpRequest request, RequestParameters parameters) {
        String header = request.singleHeader("x-acs-action");
        return header != null ? header : parameters.value("Action");
    }

    @Override
    public String version(CamsHttpRequest request, RequestParameters parameters) {
        String header = request.singleHeader("x-acs-version");
        return header != null ? header : parameters.value("Version");
    }

    @Override
    public AuthenticationRequest read(CamsHttpRequest request, RequestParameters parameters) {
        String header = request.singleHeader("authorization");
        if (!Acs3Canonicalizer.ALGORITHM.equals(AuthorizationHeader.algorithmOf(header))) {
            throw RejectedRequest.of(Rejection.INVALID_SIGNATURE_METHOD);
        }
        Canonical canonical = new Canonical(request, parameters);
        AuthorizationHeader authorization;
        try {
            authorization = AuthorizationHeader.parse(header);
        } catch (IllegalArgumentException e) {
            throw canonical.incomplete(defaultSignedHeaders(request));
        }
        String nonce = SignatureReader.checkNonce(request.singleHeader("x-acs-signature-nonce"));
        String date = request.singleHeader("x-acs-date");
        if (date == null) {
            throw RejectedRequest.missing("Timestamp");
        }
        List<String> signed = authorization.signedHeaders();
        String claimedHash = request.singleHeader(CONTENT_SHA256);
        if (claimedHash == null || !isComplete(request, signed)) {
            throw canonical.incomplete(signed);
        }
        String stringToSign = canonical.stringToSign(signed);
        if (!claimedHash.strip().equalsIgnoreCase(canonical.bodyHash)) {
            throw RejectedRequest.of(ErrorCode.SIGNATURE_DOES_NOT_MATCH, stringToSign);
        }
        return new AuthenticationRequest(authorization.credential(), SignatureScheme.ACS3_HMAC_SHA256,
                List.of(stringToSign), authorization.signature(), date, nonce);
    }

    /** Every signed header present, and every x-acs-* header present signed. */
    private static boolean isComplete(CamsHttpRequest request, List<String> signed) {
        for (String name : signed) {
            if (request.singleHeader(name) == null) {
                return false;
            }
        }
        for (String name : request.headers().keySet()) {
            if (name.startsWith(ACS_PREFIX) && !signed.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** What tea-openapi signs: host, content-type when present, every x-acs-* header. */
    private static List<String> defaultSignedHeaders(CamsHttpRequest request) {
        List<String> names = new ArrayList<>();
        for (String name : request.headers().keySet()) {
            if (name.equals("host") || name.equals("content-type") || name.startsWith(ACS_PREFIX)) {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    /** The parts of the canonical request that do not depend on the signed header list. */
    private static final class Canonical {

        private final CamsHttpRequest request;
        private final String query;
        private final String bodyHash;

        Canonical(CamsHttpRequest request, RequestParameters parameters) {
            this.request = request;
            this.query = Acs3Canonicalizer.canonicalQuery(parameters.query());
            this.bodyHash = Digests.sha256Hex(request.bodyBytes());
        }

        String stringToSign(List<String> signedHeaders) {
            SortedMap<String, String> headers = new TreeMap<>();
            for (String name : signedHeaders) {
                List<String> values = request.headerValues(name);
                headers.put(name, values.isEmpty() ? "" : String.join(",", values).strip());
            }
            return Acs3Canonicalizer.stringToSign(
                    Acs3Canonicalizer.canonicalRequest(request.method(), request.path(), query, headers, bodyHash));
        }

        RejectedRequest incomplete(List<String> signedHeaders) {
            return RejectedRequest.of(Rejection.INCOMPLETE_SIGNATURE, stringToSign(signedHeaders));
        }
    }
}
