package io.flowhex.application.port.in;

/**
 * Driving port: ModifyFlow. After the gate and ownership: a DRAFT stays DRAFT; a published flow goes back to
 * DRAFT or is refused, by the application's setting; a DEPRECATED one is refused ({@code Flow.CannotUpdate});
 * the name stays unique.
 */
@FunctionalInterface
public interface ModifyFlowUseCase {

    FlowHeader modifyFlow(ModifyFlowCommand command) throws FlowApiException;
}
