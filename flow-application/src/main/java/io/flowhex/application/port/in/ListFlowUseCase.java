package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowSummary;
import java.util.List;

/**
 * Driving port: ListFlow. After the gate: one page of the account's flows, newest first, ties by id; a named
 * space must be the caller's.
 */
@FunctionalInterface
public interface ListFlowUseCase {

    List<FlowSummary> listFlows(ListFlowQuery query) throws FlowApiException;
}
