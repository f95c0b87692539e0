package io.flowhex.application;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowRepository.CheckedFlow;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowLifecycleException;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.domain.flow.SpaceId;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Changes a caller's flow by the domain's rules and stores the change as a compare-and-set on the
 * revision read: if another change came first, the flow is read again and the rule applied to what
 * it is now, so two racing actions end in one consistent outcome (the loser sees the winner's state:
 * a publish racing a delete either publishes the flow, and the delete is refused, or finds it gone).
 * The domain's refusals become the flow API's codes.
 */
final class FlowChanges {

    /** Enough for any honest contention; a flow changed this often by its own account is throttled anyway. */
    static final int MAX_ATTEMPTS = 16;

    private final FlowRepository flows;

    FlowChanges(FlowRepository flows) {
        this.flows = flows;
    }

    /** A change of one flow, or a refusal ({@link FlowLifecycleException}). */
    @FunctionalInterface
    interface Change {
        Flow apply(Flow current);
    }

    /** How the changed flow is stored: {@code update} or {@code updateWithAsset}. */
    @FunctionalInterface
    interface Write {
        WriteResult store(Flow next, long expectedRevision);
    }

    Flow change(FlowId id, AccountId owner, Optional<SpaceId> space, Change change) {
        return change(id, owner, space, change, flows::update);
    }

    Flow change(FlowId id, AccountId owner, Optional<SpaceId> space, Change change, Write write) {
        return change(() -> OwnedFlows.find(flows, id, owner, space), current -> current,
                current -> apply(change, current), write);
    }

    /**
     * PublishFlow by the domain's rule on the flow and its Flow JSON's check, read together in one
     * lookup with each attempt: a new upload moves the revision on, so a publication never applies to
     * a flow whose file it did not check.
     */
    Flow publish(FlowId id, AccountId owner, Optional<SpaceId> space, PublishableVersions publishable) {
        return change(() -> OwnedFlows.findChecked(flows, id, owner, space), CheckedFlow::flow,
                current -> apply(flow -> flow.publish(current.flowJson(), publishable), current.flow()),
                flows::update);
    }

    /** Reads {@code T} (a flow, with what its change needs), changes its flow, stores it compare-and-set. */
    private <T> Flow change(Supplier<T> read, Function<T, Flow> flowOf, Function<T, Flow> change, Write write) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            T current = read.get();
            Flow next = change.apply(current);
            WriteResult result = write.store(next, flowOf.apply(current).revision());
            if (result == WriteResult.DONE) {
                return next;
            }
            if (result == WriteResult.NAME_TAKEN) {
                throw new FlowApiException(ErrorCode.FLOW_NAME_EXISTS);
            }
        }
        throw new FlowApiException(ErrorCode.SERVICE_UNAVAILABLE);
    }

    /** DeleteFlow: only a DRAFT, removed only if unchanged since it was read. */
    void delete(FlowId id, AccountId owner, Optional<SpaceId> space) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Flow current = OwnedFlows.find(flows, id, owner, space);
            apply(flow -> {
                flow.checkDeletable();
                return flow;
            }, current);
            if (flows.delete(id, current.revision()) == WriteResult.DONE) {
                return;
            }
        }
        throw new FlowApiException(ErrorCode.SERVICE_UNAVAILABLE);
    }

    static Flow apply(Change change, Flow current) {
        try {
            return change.apply(current);
        } catch (FlowLifecycleException e) {
            throw refusal(e);
        }
    }

    static FlowApiException refusal(FlowLifecycleException e) {
        ErrorCode code = switch (e.action()) {
            case UPDATE -> ErrorCode.CANNOT_UPDATE;
            case PUBLISH -> ErrorCode.CANNOT_PUBLISH;
            case DEPRECATE -> ErrorCode.CANNOT_DEPRECATE;
            case DELETE -> ErrorCode.CANNOT_DELETE;
            // the operator's transitions never run on the API's path
            case OPERATOR -> throw new IllegalStateException("an operator refusal on the API path", e);
        };
        return new FlowApiException(code, e.refusal().message());
    }
}
