package io.flowhex.application.preview;

import io.flowhex.application.port.out.PreviewLinks;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Issues {@code <base>/flows/<FlowId>/preview?expires=<epoch ms>&token=<HMAC>} links. The token is
 * an HMAC-SHA256 over the flow id and the expiry, so a preview server holding the same key can check
 * a link without a lookup, and nobody can extend or retarget one. Meta's previews last 30 days.
 */
public final class SignedPreviewLinks implements PreviewLinks {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);
    // the purpose the first version signed without naming: kept so links already issued stay valid
    private static final String PURPOSE = "";

    private final LinkSigner signer;
    private final Duration validity;

    private SignedPreviewLinks(URI baseUrl, byte[] key, Duration validity) {
        Objects.requireNonNull(validity, "validity");
        this.signer = new LinkSigner(baseUrl, key);
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("preview validity must be positive");
        }
        this.validity = validity;
    }

    public static SignedPreviewLinks create(URI baseUrl, byte[] key, Duration validity) {
        return new SignedPreviewLinks(baseUrl, key, validity);
    }

    @Override
    public Preview issue(Flow flow, Instant now) {
        long expiresMillis = now.plus(validity).toEpochMilli();
        String token = signer.token(PURPOSE, flow.id().value(), Long.toString(expiresMillis));
        URI url = URI.create(signer.base() + "/flows/" + flow.id().value() + "/preview?expires=" + expiresMillis
                + "&token=" + token);
        return new Preview(url, Instant.ofEpochMilli(expiresMillis));
    }

    /** Whether a link's parts were issued by this key, whatever the time (for a preview server, and for tests). */
    public boolean verify(String flowId, long expiresMillis, String token) {
        return signer.verify(token, PURPOSE, flowId, Long.toString(expiresMillis));
    }

    @Override
    public boolean verify(FlowId id, long expiresMillis, String token, Instant now) {
        return now.toEpochMilli() < expiresMillis && verify(id.value(), expiresMillis, token);
    }

    @Override
    public String toString() {
        return "SignedPreviewLinks[base=" + signer.base() + ", validity=" + validity + "]";
    }
}
