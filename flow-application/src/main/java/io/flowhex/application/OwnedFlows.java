package io.flowhex.application;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.out.FlowRepository;
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
        Flow flow = flows.findById(id).orElse(null);
        if (flow == null || !flow.isVisibleTo(caller, space)) {
            throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
        }
        return flow;
    }
}
