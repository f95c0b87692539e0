package io.flowhex.application.port.in;

import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import java.util.Objects;
import java.util.Optional;

/** What CreateFlow and ModifyFlow answer: the flow's id, name, categories and endpoint. */
public record FlowHeader(FlowId flowId, FlowName flowName, FlowCategories categories, Optional<EndpointUri> endpointUri) {

    public FlowHeader {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(flowName, "flowName");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(endpointUri, "endpointUri");
    }

    public static FlowHeader of(Flow flow) {
        return new FlowHeader(flow.id(), flow.name(), flow.categories(), flow.endpointUri());
    }
}
