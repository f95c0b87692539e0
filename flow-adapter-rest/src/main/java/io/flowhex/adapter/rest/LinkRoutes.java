package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.DownloadFlowJsonUseCase;
import io.flowhex.application.port.in.PreviewPage;
import io.flowhex.application.port.in.PreviewPageUseCase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The links this server issues and serves itself, without a CAMS signature (the link's own token is
 * the credential, as for an OSS pre-signed URL):
 * <ul>
 *   <li>{@code GET /flows/<FlowId>/asset?expires=&token=}: GetFlowJSONAssest's {@code FilePath}, the
 *       stored Flow JSON byte for byte as {@code application/json};</li>
 *   <li>{@code GET /flows/<FlowId>/preview?expires=&token=}: the preview page of GetFlow's
 *       {@code PreviewUrl}, HTML in which every value is escaped, under a policy that runs no script.</li>
 * </ul>
 * A link that does not open, for whatever reason (malformed, forged, expired, another flow's, the flow
 * or its file gone), is one answer: 403 {@code Forbidden.InvalidLink}. A path of a kind without a use
 * case here is not served at all. Immutable.
 *
 * <pre>{@code
 * LinkRoutes links = LinkRoutes.custom().flowJsonDownloads(app.downloadFlowJson())
 *         .previewPages(app.previewPage()).build();
 * }</pre>
 */
public final class LinkRoutes {

    private static final LinkRoutes NONE = custom().build();

    private final Optional<DownloadFlowJsonUseCase> downloads;
    private final Optional<PreviewPageUseCase> previews;

    private LinkRoutes(Builder builder) {
        this.downloads = Optional.ofNullable(builder.downloads);
        this.previews = Optional.ofNullable(builder.previews);
    }

    /** No links: every such path answers 404 like any other unknown path. */
    public static LinkRoutes none() {
        return NONE;
    }

    public static Builder custom() {
        return new Builder();
    }

    /** Whether the Flow JSON download links are served. */
    public boolean servesFlowJsonDownloads() {
        return downloads.isPresent();
    }

    /** Whether the preview pages are served. */
    public boolean servesPreviewPages() {
        return previews.isPresent();
    }

    /** The answer to a link's request; empty when the request is not for a link served here. */
    Optional<CamsHttpResponse> serve(CamsHttpRequest request, String requestId, AccessLog.Entry log) {
        if (!request.method().equals("GET")) {
            return Optional.empty();
        }
        Optional<SignedLink.Kind> kind = SignedLink.kindOf(request.path())
                .filter(k -> k == SignedLink.Kind.ASSET ? downloads.isPresent() : previews.isPresent());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        log.knownAction(kind.get().logName());
        SignedLink link = SignedLink.read(kind.get(), request.path(), request.rawQuery());
        return Optional.of(switch (link.kind()) {
            case ASSET -> download(link, requestId);
            case PREVIEW -> preview(link, requestId);
        });
    }

    private CamsHttpResponse download(SignedLink link, String requestId) {
        byte[] file = downloads.orElseThrow().download(link.flowId(), link.expiresMillis(), link.token())
                .orElseThrow(SignedLink::invalid);
        Map<String, String> headers = headers("application/json", requestId);
        headers.put("Content-Security-Policy", "default-src 'none'");
        return new CamsHttpResponse(200, headers, file);
    }

    private CamsHttpResponse preview(SignedLink link, String requestId) {
        PreviewPage page = previews.orElseThrow().open(link.flowId(), link.expiresMillis(), link.token())
                .orElseThrow(SignedLink::invalid);
        Map<String, String> headers = headers("text/html;charset=utf-8", requestId);
        headers.put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        headers.put("X-Frame-Options", "DENY");
        // the page's own address carries the token: no other site learns it from a Referer
        headers.put("Referrer-Policy", "no-referrer");
        return new CamsHttpResponse(200, headers, PreviewPageHtml.render(page));
    }

    private static Map<String, String> headers(String contentType, String requestId) {
        Map<String, String> headers = new LinkedHashMap<>(8);
        headers.put("Content-Type", contentType);
        headers.put("X-Content-Type-Options", "nosniff");
        // a link is a credential until it expires: no cache on the way keeps what it opened
        headers.put("Cache-Control", "no-store");
        headers.put(ResponseWriter.REQUEST_ID_HEADER, requestId);
        return headers;
    }

    /** Collects the use cases behind the links; each is optional. */
    public static final class Builder {

        private DownloadFlowJsonUseCase downloads;
        private PreviewPageUseCase previews;

        private Builder() {
        }

        /** Serves {@code /flows/<FlowId>/asset}, e.g. with {@code app.downloadFlowJson()}. */
        public Builder flowJsonDownloads(DownloadFlowJsonUseCase useCase) {
            this.downloads = Objects.requireNonNull(useCase, "useCase");
            return this;
        }

        /** Serves {@code /flows/<FlowId>/preview}, e.g. with {@code app.previewPage()}. */
        public Builder previewPages(PreviewPageUseCase useCase) {
            this.previews = Objects.requireNonNull(useCase, "useCase");
            return this;
        }

        public LinkRoutes build() {
            return new LinkRoutes(this);
        }
    }
}
