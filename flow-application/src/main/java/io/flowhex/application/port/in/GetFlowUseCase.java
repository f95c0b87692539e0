package io.flowhex.application.port.in;

/**
 * Driving port: "retrieve the details of a flow". Checks, in order: the account's rate limit, its
 * subscription, RAM for {@code cams:GetFlow} on {@code *}, then ownership of the flow (an unknown id
 * answers exactly like another account's flow); a missing or expired preview is renewed.
 */
@FunctionalInterface
public interface GetFlowUseCase {

    FlowDetails getFlow(GetFlowQuery query) throws GetFlowException;
}
