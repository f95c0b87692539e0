package io.flowhex.application.preview;

import io.flowhex.application.port.out.AssetLinks;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Issues {@code <base>/flows/<FlowId>/asset?expires=<epoch ms>&token=<HMAC>} links, signed with the
 * same key as the previews but for another purpose, over the flow id, the file's SHA-256 and the
 * expiry. OSS pre-signed URLs last one hour by default; so do these.
 */
public final class SignedAssetLinks implements AssetLinks {

    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(1);
    private static final String PURPOSE = "flow-json-asset";

    private final LinkSigner signer;
    private final Duration validity;

    private SignedAssetLinks(URI baseUrl, byte[] key, Duration validity) {
        Objects.requireNonNull(validity, "validity");
        this.signer = new LinkSigner(baseUrl, key);
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("asset link validity must be positive");
        }
        this.validity = validity;
    }

    public static SignedAssetLinks create(URI baseUrl, byte[] key, Duration validity) {
        return new SignedAssetLinks(baseUrl, key, validity);
    }

    @Override
    public URI issue(FlowId id, FlowAsset asset, Instant now) {
        long expiresMillis = now.plus(validity).toEpochMilli();
        String token = signer.token(PURPOSE, id.value(), asset.sha256(), Long.toString(expiresMillis));
        return URI.create(signer.base() + "/flows/" + id.value() + "/asset?expires=" + expiresMillis + "&token=" + token);
    }

    @Override
    public boolean verify(FlowId id, FlowAsset asset, long expiresMillis, String token, Instant now) {
        return now.toEpochMilli() < expiresMillis
                && signer.verify(token, PURPOSE, id.value(), asset.sha256(), Long.toString(expiresMillis));
    }

    @Override
    public String toString() {
        return "SignedAssetLinks[base=" + signer.base() + ", validity=" + validity + "]";
    }
}
