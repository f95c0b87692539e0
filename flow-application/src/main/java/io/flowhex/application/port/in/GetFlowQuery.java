package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;
import java.util.Optional;

/** GetFlow's input: who asks, which flow, optionally in which space, and the call's RAM context. */
public record GetFlowQuery(Principal caller, FlowId flowId, Optional<SpaceId> space, CallContext context) {

    public GetFlowQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(context, "context");
    }
}
