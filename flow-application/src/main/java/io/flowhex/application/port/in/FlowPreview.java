package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import java.util.Objects;

/** What GetFlowPreviewUrl answers: the flow's id and its unexpired preview link. */
public record FlowPreview(FlowId flowId, Preview preview) {

    public FlowPreview {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(preview, "preview");
    }
}
