package io.flowhex.application.port.in;

/**
 * Driving port: DeleteFlow. After the gate and ownership: only a DRAFT may go ({@code Flow.CannotDelete});
 * afterwards every action on its id answers {@code Unknown.ResourceOwnerId}.
 */
@FunctionalInterface
public interface DeleteFlowUseCase {

    void deleteFlow(FlowCommand command) throws FlowApiException;
}
