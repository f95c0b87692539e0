package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.FlowPreview;
import io.flowhex.application.port.in.GetFlowPreviewUrlUseCase;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.flow.Flow;

/** GetFlowPreviewUrl behind the gate: ownership, then the same preview GetFlow gives. */
final class GetFlowPreviewUrlService implements GetFlowPreviewUrlUseCase {

    private final Gate gate;
    private final FlowRepository flows;
    private final PreviewRenewal previews;

    GetFlowPreviewUrlService(Gate gate, FlowRepository flows, PreviewRenewal previews) {
        this.gate = gate;
        this.flows = flows;
        this.previews = previews;
    }

    @Override
    public FlowPreview getFlowPreviewUrl(FlowCommand command) {
        return gate.pass(CamsAction.GET_FLOW_PREVIEW_URL, command.caller(), command.context(), admission -> {
            Flow flow = previews.fresh(OwnedFlows.find(flows, command.flowId(), admission.account().id(),
                    command.space()), admission.now());
            return new FlowPreview(flow.id(), flow.preview().orElseThrow());
        });
    }
}
