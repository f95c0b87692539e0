package io.flowhex.application;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.PreviewPage;
import io.flowhex.application.port.in.PreviewPageUseCase;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.PreviewLinks;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a preview link: the token is checked first, by the issuer that made it, so a forged or
 * expired link costs no store lookup; then the flow and its file are read as they are now.
 */
final class PreviewPageService implements PreviewPageUseCase {

    private final FlowRepository flows;
    private final PreviewLinks links;
    private final Clock clock;

    PreviewPageService(FlowRepository flows, PreviewLinks links, Clock clock) {
        this.flows = flows;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Optional<PreviewPage> open(FlowId flowId, long expiresMillis, String token) {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(token, "token");
        if (!links.verify(flowId, expiresMillis, token, clock.instant())) {
            return Optional.empty();
        }
        try {
            Optional<Flow> flow = flows.findById(flowId);
            if (flow.isEmpty()) {
                return Optional.empty();
            }
            Flow found = flow.get();
            return Optional.of(new PreviewPage(found.id(), found.name(), found.status(), found.categories(),
                    flows.findAsset(flowId)));
        } catch (StoreUnavailableException e) {
            throw new FlowApiException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }
}
