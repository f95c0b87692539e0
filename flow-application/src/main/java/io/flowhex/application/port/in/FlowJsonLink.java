package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** What GetFlowJSONAssest answers: the flow's id and, when it has a Flow JSON, the expiring link that downloads it. */
public record FlowJsonLink(FlowId flowId, Optional<URI> filePath) {

    public FlowJsonLink {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(filePath, "filePath");
    }
}
