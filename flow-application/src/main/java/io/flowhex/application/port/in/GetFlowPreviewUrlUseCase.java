package io.flowhex.application.port.in;

/**
 * Driving port: GetFlowPreviewUrl. After the gate and ownership: the flow's preview link, the one GetFlow gives,
 * kept while unexpired and reissued after.
 */
@FunctionalInterface
public interface GetFlowPreviewUrlUseCase {

    FlowPreview getFlowPreviewUrl(FlowCommand command) throws FlowApiException;
}
