package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.FlowHeader;
import io.flowhex.application.port.in.ModifyFlowCommand;
import io.flowhex.application.port.in.ModifyFlowUseCase;
import io.flowhex.domain.flow.EditPublishedRule;

/** ModifyFlow behind the gate: the domain's edit rule, stored as a compare-and-set. */
final class ModifyFlowService implements ModifyFlowUseCase {

    private final Gate gate;
    private final FlowChanges changes;
    private final EditPublishedRule rule;

    ModifyFlowService(Gate gate, FlowChanges changes, EditPublishedRule rule) {
        this.gate = gate;
        this.changes = changes;
        this.rule = rule;
    }

    @Override
    public FlowHeader modifyFlow(ModifyFlowCommand command) {
        return gate.pass(CamsAction.MODIFY_FLOW, command.caller(), command.context(), admission -> FlowHeader.of(
                changes.change(command.flowId(), admission.account().id(), command.space(), flow -> flow.modify(
                        command.name(), command.categories(),
                        // absent keeps the endpoint the flow has: CAMS's ModifyFlow takes it as optional
                        command.endpointUri().isPresent() ? command.endpointUri() : flow.endpointUri(), rule))));
    }
}
