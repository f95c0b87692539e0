package io.flowhex.testkit;

import io.flowhex.application.port.out.FetchRefusedException;
import io.flowhex.application.port.out.FetchRefusedException.Reason;
import io.flowhex.application.port.out.FlowJsonSource;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link FlowJsonSource} on a map from URL to file, for tests of the use cases: what a test
 * {@link #put puts} is served, a URL it {@link #refuse refuses} fails with the reason it chose,
 * any other http(s) URL answers like a 404. It keeps the scheme and size rules of the real adapter,
 * and passes the same contract suite.
 */
public final class InMemoryFlowJsonSource implements FlowJsonSource {

    private final Map<URI, byte[]> files = new ConcurrentHashMap<>();
    private final Map<URI, FetchRefusedException> refusals = new ConcurrentHashMap<>();

    /** Serves a copy of {@code content} at {@code url} from now on. */
    public InMemoryFlowJsonSource put(URI url, byte[] content) {
        files.put(Objects.requireNonNull(url, "url"), content.clone());
        refusals.remove(url);
        return this;
    }

    /** Makes every fetch of {@code url} fail with this reason and message. */
    public InMemoryFlowJsonSource refuse(URI url, Reason reason, String message) {
        refusals.put(Objects.requireNonNull(url, "url"), new FetchRefusedException(reason, message));
        files.remove(url);
        return this;
    }

    @Override
    public byte[] fetch(URI filePath) throws FetchRefusedException {
        String scheme = Objects.requireNonNull(filePath, "filePath").getScheme();
        String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            throw new FetchRefusedException(Reason.NOT_HTTP, "FilePath is not an http or https URL");
        }
        FetchRefusedException refusal = refusals.get(filePath);
        if (refusal != null) {
            throw new FetchRefusedException(refusal.reason(), refusal.getMessage());
        }
        byte[] content = files.get(filePath);
        if (content == null) {
            throw new FetchRefusedException(Reason.HTTP_STATUS, "FilePath answered HTTP 404");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new FetchRefusedException(Reason.TOO_LARGE,
                    "the file at FilePath is larger than " + MAX_FILE_BYTES + " bytes");
        }
        return content.clone();
    }
}
