package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import java.net.URI;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;
import java.util.Optional;

/** UpdateFlowJSONAsset's input: the flow and the URL of its new Flow JSON file. */
public record UpdateFlowJsonAssetCommand(Principal caller, FlowId flowId, URI filePath, Optional<SpaceId> space, CallContext context) {

    public UpdateFlowJsonAssetCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(context, "context");
    }
}
