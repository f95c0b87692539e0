package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.DeleteFlowUseCase;
import io.flowhex.application.port.in.DeprecateFlowUseCase;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.PublishFlowUseCase;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
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
        gate.pass(CamsAction.PUBLISH_FLOW, command.caller(), command.context(), admission ->
                // the asset is read with each attempt: a new upload bumps the revision, so a publication
                // never applies to a flow whose file it did not check
                changes.change(command.flowId(), admission.account().id(), command.space(),
                        flow -> flow.publish(flows.findAsset(flow.id()).map(FlowAsset::check), publishable)));
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
