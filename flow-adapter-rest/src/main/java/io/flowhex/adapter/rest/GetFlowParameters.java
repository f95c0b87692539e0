package io.flowhex.adapter.rest;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * GetFlow's own parameters as domain values: {@code FlowId} (required; {@code MissingFlowId} when
 * absent or empty, {@code InvalidFlowId} when not 1 to 64 digits) and {@code CustSpaceId} (optional;
 * empty is the same as absent, {@code InvalidCustSpaceId} when malformed).
 */
record GetFlowParameters(FlowId flowId, Optional<SpaceId> space) {

    GetFlowParameters {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(space, "space");
    }

    static GetFlowParameters read(RequestParameters parameters) {
        String flowId = parameters.nonEmptyValue("FlowId");
        if (flowId == null) {
            throw RejectedRequest.missing("FlowId");
        }
        String space = parameters.nonEmptyValue("CustSpaceId");
        return new GetFlowParameters(parse(flowId, "FlowId", FlowId::new),
                space == null ? Optional.empty() : Optional.of(parse(space, "CustSpaceId", SpaceId::new)));
    }

    private static <T> T parse(String text, String name, Function<String, T> constructor) {
        try {
            return constructor.apply(text);
        } catch (IllegalArgumentException e) {
            throw RejectedRequest.invalid(name);
        }
    }
}
