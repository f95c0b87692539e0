package io.flowhex.application.port.in;

import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SchemaVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * Every field of GetFlow's {@code Data}; the preview is always present and valid when returned. The
 * versions are absent while the flow has no Flow JSON, and GetFlow then leaves them out.
 */
public record FlowDetails(
        FlowId flowId,
        FlowName flowName,
        FlowCategories categories,
        FlowStatus status,
        Optional<SchemaVersion> jsonVersion,
        Optional<SchemaVersion> dataApiVersion,
        Optional<EndpointUri> endpointUri,
        Preview preview) {

    public FlowDetails {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(flowName, "flowName");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(jsonVersion, "jsonVersion");
        Objects.requireNonNull(dataApiVersion, "dataApiVersion");
        Objects.requireNonNull(endpointUri, "endpointUri");
        Objects.requireNonNull(preview, "preview");
    }

    /** The details of a flow whose preview has already been made valid. */
    public static FlowDetails of(Flow flow) {
        return new FlowDetails(flow.id(), flow.name(), flow.categories(), flow.status(), flow.jsonVersion(),
                flow.dataApiVersion(), flow.endpointUri(),
                flow.preview().orElseThrow(() -> new IllegalStateException("preview must be renewed first")));
    }
}
