package io.flowhex.adapter.rest.client;

import io.flowhex.application.port.in.CamsAction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One RPC call to sign: HTTP method, action, API version, the action's own parameters (in order;
 * values may be empty) and where they travel.
 */
public record RpcCall(String method, String action, String version, Map<String, String> parameters,
        ParameterPlacement placement) {

    public static final String CAMS_VERSION = "2020-06-06";

    public RpcCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(placement, "placement");
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("RPC calls are GET or POST");
        }
        if (method.equals("GET") && placement == ParameterPlacement.FORM_BODY) {
            throw new IllegalArgumentException("a GET request has no form body");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
        parameters.forEach((name, value) -> {
            Objects.requireNonNull(value, "value of " + name);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a parameter needs a name");
            }
        });
    }

    /**
     * {@code POST /} of any flow action of API 2020-06-06, its parameters in the query (as the current
     * SDKs send them); change method and placement with {@link #withMethod} and {@link #withPlacement}.
     * JSON-valued parameters are given as their text, e.g. {@code Categories=["SIGN_UP"]}.
     */
    public static RpcCall of(CamsAction action, Map<String, String> parameters) {
        return new RpcCall("POST", action.wireName(), CAMS_VERSION, parameters, ParameterPlacement.QUERY);
    }

    /** {@code POST /} GetFlow of API 2020-06-06 with its parameters in the query. */
    public static RpcCall getFlow(Map<String, String> parameters) {
        return of(CamsAction.GET_FLOW, parameters);
    }

    public RpcCall withMethod(String newMethod) {
        return new RpcCall(newMethod, action, version, parameters, placement);
    }

    public RpcCall withPlacement(ParameterPlacement newPlacement) {
        return new RpcCall(method, action, version, parameters, newPlacement);
    }

    public RpcCall withVersion(String newVersion) {
        return new RpcCall(method, action, newVersion, parameters, placement);
    }

    public RpcCall withAction(String newAction) {
        return new RpcCall(method, newAction, version, parameters, placement);
    }
}
