package io.flowhex.application.port.in;

/**
 * Driving port: DeprecateFlow. After the gate and ownership: a PUBLISHED, THROTTLED or BLOCKED flow becomes
 * DEPRECATED for good; else {@code Flow.CannotDeprecate}.
 */
@FunctionalInterface
public interface DeprecateFlowUseCase {

    void deprecateFlow(FlowCommand command) throws FlowApiException;
}
