package io.flowhex.adapter.rest;

import io.flowhex.adapter.rest.signature.Parameter;
import io.flowhex.adapter.rest.signature.V1Canonicalizer;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.SignatureScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * V1 (HMAC-SHA1). Checks here: {@code SignatureMethod} is HMAC-SHA1 and no {@code SignatureType} asks
 * for another key type ({@code InvalidSignatureMethod}); {@code SignatureVersion} is 1.0
 * ({@code InvalidSignatureVersion}); AccessKeyId, Timestamp and SignatureNonce are present
 * ({@code Missing<Name>}); an empty {@code Signature} is {@code IncompleteSignature}. When a parameter
 * is empty, both canonical forms go to the application: empty parameters kept (core), left out (tea).
 */
final class V1Reader implements SignatureReader {

    static final String SIGNATURE = "Signature";

    @Override
    public String action(CamsHttpRequest request, RequestParameters parameters) {
        // the x-acs-action header is not signed in V1: only the parameter counts
        return parameters.value("Action");
    }

    @Override
    public String version(CamsHttpRequest request, RequestParameters parameters) {
        return parameters.value("Version");
    }

    @Override
    public AuthenticationRequest read(CamsHttpRequest request, RequestParameters parameters) {
        String method = required(parameters, "SignatureMethod");
        String type = parameters.value("SignatureType");
        if (!V1Canonicalizer.SIGNATURE_METHOD.equals(method) || (type != null && !type.isEmpty())) {
            throw RejectedRequest.of(Rejection.INVALID_SIGNATURE_METHOD);
        }
        if (!V1Canonicalizer.SIGNATURE_VERSION.equals(required(parameters, "SignatureVersion"))) {
            throw RejectedRequest.invalid("SignatureVersion");
        }
        String accessKeyId = required(parameters, "AccessKeyId");
        String timestamp = required(parameters, "Timestamp");
        String nonce = SignatureReader.checkNonce(parameters.value("SignatureNonce"));

        List<Parameter> signed = new ArrayList<>(parameters.all().size());
        List<Parameter> nonEmpty = new ArrayList<>(parameters.all().size());
        for (Parameter p : parameters.all()) {
            if (!p.name().equals(SIGNATURE)) {
                signed.add(p);
                if (!p.value().isEmpty()) {
                    nonEmpty.add(p);
                }
            }
        }
        String withEmpty = V1Canonicalizer.stringToSign(request.method(), signed);
        String signature = parameters.value(SIGNATURE);
        if (signature.isEmpty()) {
            throw RejectedRequest.of(Rejection.INCOMPLETE_SIGNATURE, withEmpty);
        }
        List<String> candidates = nonEmpty.size() == signed.size()
                ? List.of(withEmpty)
                : List.of(withEmpty, V1Canonicalizer.stringToSign(request.method(), nonEmpty));
        return new AuthenticationRequest(accessKeyId, SignatureScheme.V1_HMAC_SHA1, candidates, signature, timestamp,
                nonce);
    }

    private static String required(RequestParameters parameters, String name) {
        String value = parameters.nonEmptyValue(name);
        if (value == null) {
            throw RejectedRequest.missing(name);
        }
        return value;
    }
}
