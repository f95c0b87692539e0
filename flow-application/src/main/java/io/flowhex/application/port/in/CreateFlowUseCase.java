package io.flowhex.application.port.in;

/**
 * Driving port: CreateFlow. After the gate (quota, nonce, subscription, RAM {@code cams:CreateFlow}): the space
 * must be the caller's ({@code Unknown.ResourceOwnerId}), or, when none is named, the account's only one ({@code
 * MissingCustSpaceId}); the name unique in the space ({@code InvalidParameter.FlowNameExist}). The flow is a
 * DRAFT with a fresh 16-digit id.
 */
@FunctionalInterface
public interface CreateFlowUseCase {

    FlowHeader createFlow(CreateFlowCommand command) throws FlowApiException;
}
