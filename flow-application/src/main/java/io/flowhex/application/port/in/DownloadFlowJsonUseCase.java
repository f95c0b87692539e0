package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowId;
import java.util.Optional;

/**
 * Driving port: the download behind a GetFlowJSONAssest link. No CAMS signature: the link's own
 * token is the credential, as for an OSS pre-signed URL. Empty when the token is not this server's
 * for the flow's current file, the link expired, or the flow or file is gone: the three look alike.
 */
@FunctionalInterface
public interface DownloadFlowJsonUseCase {

    Optional<byte[]> download(FlowId flowId, long expiresMillis, String token) throws FlowApiException;
}
