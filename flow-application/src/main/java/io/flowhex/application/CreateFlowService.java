package io.flowhex.application;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.CreateFlowCommand;
import io.flowhex.application.port.in.CreateFlowUseCase;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.FlowHeader;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowIdGenerator;
import io.flowhex.domain.flow.SpaceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * CreateFlow behind the gate. The store enforces the name's uniqueness, so of two racing creations
 * with one name exactly one wins; a random id that happens to be taken is drawn again.
 */
final class CreateFlowService implements CreateFlowUseCase {

    /** A 16-digit random id collides about once in 10^11 draws at a million flows: a few draws suffice. */
    static final int MAX_ID_DRAWS = 8;

    private final Gate gate;
    private final FlowRepository flows;
    private final FlowIdGenerator ids;

    CreateFlowService(Gate gate, FlowRepository flows, FlowIdGenerator ids) {
        this.gate = gate;
        this.flows = flows;
        this.ids = ids;
    }

    @Override
    public FlowHeader createFlow(CreateFlowCommand command) {
        return gate.pass(CamsAction.CREATE_FLOW, command.caller(), command.context(), admission -> {
            SpaceId space = spaceOf(admission.account(), command);
            // milliseconds, as every store keeps them: a flow reads back with the time it was created with
            Instant createdAt = admission.now().truncatedTo(ChronoUnit.MILLIS);
            for (int draw = 0; draw < MAX_ID_DRAWS; draw++) {
                Flow flow = Flow.draft(ids.next(), admission.account().id(), space, command.name(),
                        command.categories(), command.endpointUri(), createdAt);
                WriteResult result = flows.create(flow);
                if (result == WriteResult.DONE) {
                    return FlowHeader.of(flow);
                }
                if (result == WriteResult.NAME_TAKEN) {
                    throw new FlowApiException(ErrorCode.FLOW_NAME_EXISTS);
                }
            }
            throw new FlowApiException(ErrorCode.SERVICE_UNAVAILABLE);
        });
    }

    /** The named space if the caller's, else the account's only one. */
    private static SpaceId spaceOf(Account account, CreateFlowCommand command) {
        if (command.space().isPresent()) {
            if (!account.owns(command.space().get())) {
                throw new FlowApiException(ErrorCode.RESOURCE_NOT_OWNED);
            }
            return command.space().get();
        }
        if (account.spaces().size() != 1) {
            throw new FlowApiException(ErrorCode.MISSING_PARAMETER, "CustSpaceId");
        }
        return account.spaces().iterator().next();
    }
}
