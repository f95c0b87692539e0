package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The input of an action on one flow by its id (DeleteFlow, PublishFlow, DeprecateFlow, GetFlowJSONAssest,
 * GetFlowPreviewUrl): who asks, which flow, optionally in which space, and the call's context.
 */
public record FlowCommand(Principal caller, FlowId flowId, Optional<SpaceId> space, CallContext context) {

    public FlowCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(context, "context");
    }
}
