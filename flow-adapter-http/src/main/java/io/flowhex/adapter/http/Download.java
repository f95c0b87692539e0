package io.flowhex.adapter.http;

import io.flowhex.application.port.out.FetchRefusedException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fetch of one FilePath: a chain of hops (check the URL, send, read or follow the redirect)
 * run without blocking the caller, so the caller can wait for the whole of it with one deadline
 * and {@link #abandon} it when the deadline passes. Every step asks whether it was abandoned, and
 * abandoning hangs up the exchange in flight.
 */
final class Download {

    private static final Logger LOG = LoggerFactory.getLogger(Download.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "flowhex-flow-json-fetcher";

    private final HttpClient client;
    private final FetchSettings settings;
    private final TargetCheck targets;
    private final Executor executor;
    private final AtomicReference<CompletableFuture<?>> exchange = new AtomicReference<>();
    private final AtomicReference<CappedBody> body = new AtomicReference<>();
    private volatile boolean abandoned;
    private volatile int currentHop;

    Download(HttpClient client, FetchSettings settings, TargetCheck targets, Executor executor) {
        this.client = client;
        this.settings = settings;
        this.targets = targets;
        this.executor = executor;
    }

    /** Starts the download; the future yields the file or fails with what {@link #refusal} explains. */
    CompletableFuture<byte[]> start(URI url) {
        return hop(url, 0);
    }

    /** Stops the download wherever it is: no further step starts, the exchange in flight is hung up. */
    void abandon() {
        abandoned = true;
        CompletableFuture<?> inFlight = exchange.get();
        if (inFlight != null) {
            inFlight.cancel(true);
        }
        CappedBody reading = body.get();
        if (reading != null) {
            reading.cancel();
        }
    }

    /** The refusal a failed download ends in: its own, or one for the I/O failure that ended it. */
    FetchRefusedException refusal(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof FetchRefusedException refused) {
            return refused;
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return Refusals.connectTimeout(currentHop, settings.connectTimeout());
        }
        if (cause instanceof HttpTimeoutException) {
            return Refusals.tooSlow(settings.downloadTimeout());
        }
        if (!(cause instanceof IOException)) {
            // not an I/O failure the JDK documents: the client still gets an answer, the operator a hint
            LOG.warn("a Flow JSON download failed with {}; answered as unreachable", cause.getClass().getName());
        }
        return Refusals.unreachable(currentHop);
    }

    private CompletableFuture<byte[]> hop(URI url, int index) {
        return CompletableFuture.supplyAsync(() -> request(url, index), executor)
                .thenCompose(this::send)
                .thenCompose(response -> outcome(url, index, response));
    }

    private HttpRequest request(URI url, int index) {
        stopIfAbandoned();
        currentHop = index;
        try {
            targets.check(url, index);
            return HttpRequest.newBuilder(withoutFragment(url, index))
                    .GET()
                    .timeout(settings.downloadTimeout())
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/json, */*;q=0.5")
                    .build();
        } catch (FetchRefusedException refused) {
            throw new CompletionException(refused);
        } catch (IllegalArgumentException unsupported) {
            throw new CompletionException(Refusals.invalidUrl(index));
        }
    }

    private CompletableFuture<HttpResponse<Optional<byte[]>>> send(HttpRequest request) {
        CompletableFuture<HttpResponse<Optional<byte[]>>> sent = client.sendAsync(request, this::bodyFor);
        exchange.set(sent);
        if (abandoned) {
            sent.cancel(true);
        }
        return sent;
    }

    private CappedBody bodyFor(ResponseInfo info) {
        CappedBody reading = info.statusCode() == 200
                ? CappedBody.capped(settings.maxBytes(), declaredLength(info), () -> abandoned)
                : CappedBody.skipping(() -> abandoned);
        body.set(reading);
        return reading;
    }

    private CompletableFuture<byte[]> outcome(URI url, int index, HttpResponse<Optional<byte[]>> response) {
        int status = response.statusCode();
        if (status == 200) {
            return response.body().map(CompletableFuture::completedFuture)
                    .orElseGet(() -> CompletableFuture.failedFuture(Refusals.tooLarge(settings.maxBytes())));
        }
        if (!REDIRECTS.contains(status)) {
            return CompletableFuture.failedFuture(Refusals.status(index, status));
        }
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
            return CompletableFuture.failedFuture(Refusals.redirectWithoutTarget(index, status));
        }
        if (index >= settings.maxRedirects()) {
            return CompletableFuture.failedFuture(Refusals.tooManyRedirects(settings.maxRedirects()));
        }
        try {
            // URI.resolve glues a relative target onto a base without a path ("http://a" + "b" is
            // "http://ab"), so such a base gets its "/" first
            URI base = url.getRawPath() == null || url.getRawPath().isEmpty() ? url.resolve("/") : url;
            return hop(base.resolve(new URI(location.get())), index + 1);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(Refusals.invalidUrl(index + 1));
        }
    }

    private void stopIfAbandoned() {
        if (abandoned) {
            throw new CompletionException(Refusals.tooSlow(settings.downloadTimeout()));
        }
    }

    private static long declaredLength(ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The fragment is for the client alone; a request never carries one. */
    private static URI withoutFragment(URI url, int index) throws FetchRefusedException {
        if (url.getRawFragment() == null) {
            return url;
        }
        String text = url.toString();
        try {
            return new URI(text.substring(0, text.indexOf('#')));
        } catch (URISyntaxException e) {
            throw Refusals.invalidUrl(index);
        }
    }
}
