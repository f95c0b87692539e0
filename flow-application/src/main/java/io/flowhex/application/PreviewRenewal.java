package io.flowhex.application;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.PreviewLinks;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.Preview;
import java.time.Instant;

/**
 * GetFlow and GetFlowPreviewUrl hand out the same link: the stored one while it is unexpired, a new
 * one (stored for the next call) after. CAMS has no "invalidate".
 */
final class PreviewRenewal {

    private final FlowRepository flows;
    private final PreviewLinks previews;

    PreviewRenewal(FlowRepository flows, PreviewLinks previews) {
        this.flows = flows;
        this.previews = previews;
    }

    /** The flow with a preview valid at {@code now}. */
    Flow fresh(Flow flow, Instant now) {
        if (!flow.needsFreshPreview(now)) {
            return flow;
        }
        Preview fresh = previews.issue(flow, now);
        flows.updatePreview(flow.id(), fresh);
        return flow.withPreview(fresh);
    }
}
