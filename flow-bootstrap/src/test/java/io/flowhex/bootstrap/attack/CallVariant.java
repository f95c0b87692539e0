package io.flowhex.bootstrap.attack;

import io.flowhex.adapter.rest.client.ParameterPlacement;
import io.flowhex.application.port.in.SignatureScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * How a valid GetFlow travels: signature scheme, HTTP method, where the parameters go and how the
 * body is framed. Together these are every shape the official clients send (tea: ACS3, POST, query,
 * empty chunked body; older CAMS SDKs: form body; core: V1 over GET or POST).
 */
record CallVariant(SignatureScheme scheme, String method, ParameterPlacement placement, WireRequest.Framing framing) {

    CallVariant {
        if (method.equals("GET") && placement == ParameterPlacement.FORM_BODY) {
            throw new IllegalArgumentException("a GET request has no form body");
        }
    }

    static List<CallVariant> all() {
        List<CallVariant> all = new ArrayList<>();
        for (SignatureScheme scheme : SignatureScheme.values()) {
            for (WireRequest.Framing framing : WireRequest.Framing.values()) {
                all.add(new CallVariant(scheme, "GET", ParameterPlacement.QUERY, framing));
                all.add(new CallVariant(scheme, "POST", ParameterPlacement.QUERY, framing));
                all.add(new CallVariant(scheme, "POST", ParameterPlacement.FORM_BODY, framing));
            }
        }
        return List.copyOf(all);
    }

    /** tea-openapi's shape: ACS3, POST, parameters in the query. */
    static CallVariant tea() {
        return new CallVariant(SignatureScheme.ACS3_HMAC_SHA256, "POST", ParameterPlacement.QUERY,
                WireRequest.Framing.CHUNKED);
    }

    /** aliyun-java-sdk-core's CommonRequest shape: V1, GET, parameters in the query. */
    static CallVariant coreGet() {
        return new CallVariant(SignatureScheme.V1_HMAC_SHA1, "GET", ParameterPlacement.QUERY,
                WireRequest.Framing.CONTENT_LENGTH);
    }

    /** The two official clients' shapes in turn: tea for even {@code n}, core for odd. */
    static CallVariant official(int n) {
        return n % 2 == 0 ? tea() : coreGet();
    }

    @Override
    public String toString() {
        return scheme + " " + method + " " + placement + " " + framing;
    }
}
