package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import java.util.Optional;

/**
 * Driving port: the page behind a preview link (GetFlow's {@code PreviewUrl}, GetFlowPreviewUrl). No
 * CAMS signature: the link's own token is the credential, checked with the key that issued it.
 * Empty when the token is not one this server issued for the flow, the link expired, or the flow is
 * gone: the three look alike, so a link says nothing about flows it was not issued for.
 */
@FunctionalInterface
public interface PreviewPageUseCase {

    Optional<PreviewPage> open(FlowId flowId, long expiresMillis, String token) throws FlowApiException;
}
