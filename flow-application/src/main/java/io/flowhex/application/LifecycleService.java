package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.DeleteFlowUseCase;
import io.flowhex.application.port.in.DeprecateFlowUseCase;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.PublishFlowUseCase;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.PublishableVersions;

/**
 * The three status changes a client asks for by id alone: PublishFlow, DeprecateFlow, DeleteFlow,
 * each behind the gate with its own quota and RAM action, each the domain's rule stored as a
 * compare-and-set.
 */
final class LifecycleService implements PublishFlowUseCase, DeprecateFlowUseCase, DeleteFlowUseCase {

    private final Gate gate;
    private final FlowRepository flows;
    private final FlowChanges changes;
    private final PublishableVersions publishable;

    LifecycleService(Gate gate, FlowRepository flows, FlowChanges changes, PublishableVersions publishable) {
        this.gate = gate;
        this.flows = flows;
        this.changes = changes;
        this.publishable = publishable;
    }

    @Override
    public void publishFlow(FlowCommand command) {
        gate.pass(CamsAction.PUBLISH_FLOW, command.caller(), command.context(), admission -> {
            // the common case in one round trip to the store (its conditions are Flow.publish's, proven
            // alike cell by cell by the testkit's contract); when it answers "not published", the domain
            // decides on what is stored now: which refusal, or a publication after all when a change
            // came in between
            if (flows.publishIfAccepted(command.flowId(), admission.account().id(), command.space(), publishable)) {
                return null;
            }
            return changes.publish(command.flowId(), admission.account().id(), command.space(), publishable);
        });
    }

    @Override
    public void deprecateFlow(FlowCommand command) {
        gate.pass(CamsAction.DEPRECATE_FLOW, command.caller(), command.context(), admission ->
                changes.change(command.flowId(), admission.account().id(), command.space(), Flow::deprecate));
    }

    @Override
    public void deleteFlow(FlowCommand command) {
        gate.pass(CamsAction.DELETE_FLOW, command.caller(), command.context(), admission -> {
            changes.delete(command.flowId(), admission.account().id(), command.space());
            return null;
        });
    }
}
