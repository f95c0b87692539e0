package io.flowhex.application.port.in;

import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;
import java.util.Optional;

/** ModifyFlow's input: the flow, its new name and categories, and a new endpoint (absent keeps the one it has). */
public record ModifyFlowCommand(Principal caller, FlowId flowId, FlowName name, FlowCategories categories, Optional<SpaceId> space, Optional<EndpointUri> endpointUri, CallContext context) {

    public ModifyFlowCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(endpointUri, "endpointUri");
        Objects.requireNonNull(context, "context");
    }
}
