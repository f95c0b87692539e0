package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;

/**
 * Driving port: UpdateFlowJSONAsset. After the gate and ownership, and only where an edit is allowed ({@code
 * Flow.CannotUpdate}): the file at {@code FilePath} is fetched within the fetcher's limits ({@code
 * InvalidParameter.FilePath} saying which), validated and stored with its errors, in one step with the flow's
 * new versions; a failed fetch changes nothing.
 */
@FunctionalInterface
public interface UpdateFlowJsonAssetUseCase {

    FlowId updateFlowJsonAsset(UpdateFlowJsonAssetCommand command) throws FlowApiException;
}
