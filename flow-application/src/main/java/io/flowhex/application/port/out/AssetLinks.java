package io.flowhex.application.port.out;

import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import java.net.URI;
import java.time.Instant;

/**
 * Driven port: issues and checks the expiring download links of stored Flow JSON files, as an OSS
 * pre-signed URL would be. A link names the file's content (its SHA-256), so a link issued before
 * the file was replaced no longer opens the new one.
 */
public interface AssetLinks {

    /** A link to {@code asset} of flow {@code id}, valid from {@code now} for the issuer's period. */
    URI issue(FlowId id, FlowAsset asset, Instant now);

    /** Whether the link's parts were issued for this flow and content and are unexpired at {@code now}. */
    boolean verify(FlowId id, FlowAsset asset, long expiresMillis, String token, Instant now);
}
