package io.flowhex.domain.flow;

import java.util.Objects;

/**
 * A change the flow's lifecycle does not allow in its current status, or a publication its Flow JSON
 * does not allow. Its message is {@link LifecycleRefusal#message()}, safe to show a client. No stack
 * trace: a refusal is an answer, not a fault, and some clients send the same refused call in a loop.
 */
public final class FlowLifecycleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LifecycleRefusal refusal;
    private final transient FlowId flowId;
    private final transient FlowStatus status;

    public FlowLifecycleException(LifecycleRefusal refusal, FlowId flowId, FlowStatus status) {
        super(Objects.requireNonNull(refusal, "refusal").message(), null, false, false);
        this.refusal = refusal;
        this.flowId = Objects.requireNonNull(flowId, "flowId");
        this.status = Objects.requireNonNull(status, "status");
    }

    public LifecycleRefusal refusal() {
        return refusal;
    }

    /** The action refused, shorthand for {@code refusal().action()}. */
    public LifecycleAction action() {
        return refusal.action();
    }

    public FlowId flowId() {
        return flowId;
    }

    /** The flow's status when the change was refused. */
    public FlowStatus status() {
        return status;
    }
}
