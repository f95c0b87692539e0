package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.out.FlowRepository;

/**
 * GetFlow behind the gate: ownership, then preview renewal. Ownership answers an unknown id exactly
 * like a foreign one, so no caller can learn which ids exist.
 */
final class GetFlowService implements GetFlowUseCase {

    private final Gate gate;
    private final FlowRepository flows;
    private final PreviewRenewal previews;

    GetFlowService(Gate gate, FlowRepository flows, PreviewRenewal previews) {
        this.gate = gate;
        this.flows = flows;
        this.previews = previews;
    }

    @Override
    public FlowDetails getFlow(GetFlowQuery query) {
        return gate.pass(CamsAction.GET_FLOW, query.caller(), query.context(), admission -> FlowDetails.of(
                previews.fresh(OwnedFlows.find(flows, query.flowId(), admission.account().id(), query.space()),
                        admission.now())));
    }
}
