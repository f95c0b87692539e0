package io.flowhex.benchmarks;

import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.domain.flow.FlowId;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The call of each flow action a benchmark sends: valid parameters as the SDKs send them, naming the
 * flow given (the tenant's own for the reads) and, where a name must be unique, a name made from the
 * call's number. Shared by the in-process handler benchmark and the load generator, so both measure
 * the same requests.
 */
public final class ActionCalls {

    /** Where {@code FilePath} points; the benchmarks' in-memory Flow JSON source serves it. */
    public static final URI FLOW_JSON_URL = URI.create("https://files.flowhex.invalid/bench/flow.json");
    /** A valid Flow JSON of a publishable version, without a data API (so no endpoint is needed). */
    public static final String VALID_FLOW_JSON = """
            {"version":"6.0","screens":[{"id":"WELCOME","title":"Hi",\
            "layout":{"type":"SingleColumnLayout","children":[]}}]}""";
    private static final String CATEGORIES = "[\"OTHER\"]";

    private ActionCalls() {
    }

    /**
     * Call number {@code index} of {@code action} by {@code tenant} on {@code flow} (ignored by
     * CreateFlow and ListFlow); {@code tag} keeps names of different runs or kinds apart.
     */
    public static RpcCall of(CamsAction action, Tenants.Tenant tenant, FlowId flow, String tag, int index) {
        Map<String, String> parameters = new LinkedHashMap<>();
        switch (action) {
            case LIST_FLOW -> { }
            case CREATE_FLOW -> {
                parameters.put("FlowName", "bench_" + tag + "_created_" + index);
                parameters.put("Categories", CATEGORIES);
            }
            case MODIFY_FLOW -> {
                parameters.put("FlowId", flow.value());
                parameters.put("FlowName", "bench_" + tag + "_modified_" + index);
                parameters.put("Categories", CATEGORIES);
            }
            case UPDATE_FLOW_JSON_ASSET -> {
                parameters.put("FlowId", flow.value());
                parameters.put("FilePath", FLOW_JSON_URL.toString());
            }
            case GET_FLOW, GET_FLOW_JSON_ASSET, GET_FLOW_PREVIEW_URL, PUBLISH_FLOW, DEPRECATE_FLOW, DELETE_FLOW ->
                    parameters.put("FlowId", flow.value());
        }
        parameters.put("CustSpaceId", tenant.space().value());
        return RpcCall.of(action, parameters);
    }
}
