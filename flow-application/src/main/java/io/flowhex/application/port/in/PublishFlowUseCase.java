package io.flowhex.application.port.in;

/**
 * Driving port: PublishFlow. After the gate and ownership: a DRAFT with a valid Flow JSON of a publishable
 * version (and an endpoint when it declares a data API version) becomes PUBLISHED; else {@code
 * Flow.CannotPublish} saying why.
 */
@FunctionalInterface
public interface PublishFlowUseCase {

    void publishFlow(FlowCommand command) throws FlowApiException;
}
