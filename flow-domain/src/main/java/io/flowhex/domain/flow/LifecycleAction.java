package io.flowhex.domain.flow;

/**
 * The kind of change a lifecycle refusal answers; the application maps each to its error code
 * ({@code Flow.CannotUpdate}, {@code Flow.CannotPublish}, {@code Flow.CannotDeprecate},
 * {@code Flow.CannotDelete}, and the provisioning path's own error for the operator's changes).
 */
public enum LifecycleAction {
    /** ModifyFlow or UpdateFlowJSONAsset. */
    UPDATE,
    PUBLISH,
    DEPRECATE,
    DELETE,
    /** A status the operator sets: THROTTLED, BLOCKED, or back from them. */
    OPERATOR
}
