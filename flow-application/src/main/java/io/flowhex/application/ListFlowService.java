package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.ListFlowQuery;
import io.flowhex.application.port.in.ListFlowUseCase;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.flow.FlowSummary;
import java.util.List;

/** ListFlow behind the gate: one page of the caller's account, in a space of its own when one is named. */
final class ListFlowService implements ListFlowUseCase {

    private final Gate gate;
    private final FlowRepository flows;

    ListFlowService(Gate gate, FlowRepository flows) {
        this.gate = gate;
        this.flows = flows;
    }

    @Override
    public List<FlowSummary> listFlows(ListFlowQuery query) {
        return gate.pass(CamsAction.LIST_FLOW, query.caller(), query.context(), admission -> {
            if (query.space().isPresent() && !admission.account().owns(query.space().get())) {
                throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
            }
            return flows.list(admission.account().id(), query.space(), query.nameContains(), query.page());
        });
    }
}
