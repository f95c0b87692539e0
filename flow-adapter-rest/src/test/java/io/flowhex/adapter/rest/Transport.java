package io.flowhex.adapter.rest;

import io.flowhex.adapter.rest.client.ParameterPlacement;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.SignatureScheme;
import java.util.Map;

/**
 * The ways the official clients send a call: either signature scheme, parameters in the query of a
 * POST (cams20200606 3.1.0+), in a form body (1.4.0 to 3.0.0), or in the query of a GET
 * (aliyun-java-sdk-core's default).
 */
enum Transport {
    ACS3_QUERY(SignatureScheme.ACS3_HMAC_SHA256, "POST", ParameterPlacement.QUERY),
    ACS3_FORM_BODY(SignatureScheme.ACS3_HMAC_SHA256, "POST", ParameterPlacement.FORM_BODY),
    ACS3_GET(SignatureScheme.ACS3_HMAC_SHA256, "GET", ParameterPlacement.QUERY),
    V1_QUERY(SignatureScheme.V1_HMAC_SHA1, "POST", ParameterPlacement.QUERY),
    V1_FORM_BODY(SignatureScheme.V1_HMAC_SHA1, "POST", ParameterPlacement.FORM_BODY),
    V1_GET(SignatureScheme.V1_HMAC_SHA1, "GET", ParameterPlacement.QUERY);

    private final SignatureScheme scheme;
    private final String method;
    private final ParameterPlacement placement;

    Transport(SignatureScheme scheme, String method, ParameterPlacement placement) {
        this.scheme = scheme;
        this.method = method;
        this.placement = placement;
    }

    SignatureScheme scheme() {
        return scheme;
    }

    RpcCall call(CamsAction action, Map<String, String> parameters) {
        return RpcCall.of(action, parameters).withMethod(method).withPlacement(placement);
    }
}
