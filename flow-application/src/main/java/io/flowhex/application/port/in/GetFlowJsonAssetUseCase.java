package io.flowhex.application.port.in;

/**
 * Driving port: GetFlowJSONAssest (CAMS's spelling). After the gate and ownership: an expiring link to the
 * stored Flow JSON, or the id alone when the flow has none.
 */
@FunctionalInterface
public interface GetFlowJsonAssetUseCase {

    FlowJsonLink getFlowJsonAsset(FlowCommand command) throws FlowApiException;
}
