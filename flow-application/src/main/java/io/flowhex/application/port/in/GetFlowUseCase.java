package io.flowhex.application.port.in;

/**
 * Driving port: "retrieve the details of a flow". Passes the gate every action passes (quota for
 * (account, GetFlow), nonce, subscription, RAM for {@code cams:GetFlow} on {@code *}), then ownership of the
 * flow (an unknown id
 * answers exactly like another account's flow); a missing or expired preview is renewed.
 */
@FunctionalInterface
public interface GetFlowUseCase {

    FlowDetails getFlow(GetFlowQuery query) throws FlowApiException;
}
