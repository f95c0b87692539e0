package io.flowhex.application;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowRepository.CheckedFlow;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import java.util.Optional;

/**
 * The ownership rule every action on a {@code FlowId} shares: one answer,
 * {@code Unknown.ResourceOwnerId}, for an unknown, foreign, other-space or deleted id, so that no
 * caller can learn which ids exist.
 */
final class OwnedFlows {

    private OwnedFlows() {
    }

    static Flow find(FlowRepository flows, FlowId id, AccountId caller, Optional<SpaceId> space) {
        return visible(flows.findById(id).orElse(null), caller, space);
    }

    /** The flow with its Flow JSON's check, read in one lookup, under the same rule. */
    static CheckedFlow findChecked(FlowRepository flows, FlowId id, AccountId caller, Optional<SpaceId> space) {
        CheckedFlow checked = flows.findWithFlowJsonCheck(id).orElse(null);
        visible(checked == null ? null : checked.flow(), caller, space);
        return checked;
    }

    private static Flow visible(Flow flow, AccountId caller, Optional<SpaceId> space) {
        if (flow == null || !flow.isVisibleTo(caller, space)) {
            throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
        }
        return flow;
    }
}
