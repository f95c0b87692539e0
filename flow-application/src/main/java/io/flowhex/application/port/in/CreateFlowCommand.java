package io.flowhex.application.port.in;

import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * CreateFlow's input: the new flow's name, categories, optional space (the account's only one when absent) and
 * optional endpoint.
 */
public record CreateFlowCommand(Principal caller, FlowName name, FlowCategories categories, Optional<SpaceId> space, Optional<EndpointUri> endpointUri, CallContext context) {

    public CreateFlowCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(endpointUri, "endpointUri");
        Objects.requireNonNull(context, "context");
    }
}
