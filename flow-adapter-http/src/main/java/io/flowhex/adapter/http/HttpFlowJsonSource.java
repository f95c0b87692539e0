package io.flowhex.adapter.http;

import io.flowhex.application.port.out.FetchRefusedException;
import io.flowhex.application.port.out.FlowJsonSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FlowJsonSource} on the JDK's {@link HttpClient}, within every limit of {@link FetchSettings}.
 *
 * <p>How each limit holds:
 * <ul>
 *   <li><b>Schemes, hosts, addresses.</b> Before each connection, the first and after every
 *       redirect, the URL must be http or https with a host and no user info, the host must pass
 *       the allow-list, and every address it resolves to must be allowed: link-local and cloud
 *       metadata addresses never are (IPv6 forms that embed an IPv4 address count as it), loopback
 *       and private ones only by setting. Redirects are followed here, never by the client
 *       ({@link HttpClient.Redirect#NEVER}), and counted. No proxy is used, whatever the JVM's proxy
 *       properties say: through a proxy, the address checks would check nothing.</li>
 *   <li><b>Size.</b> A declared Content-Length over the limit is refused before a byte is read;
 *       otherwise the body is read one buffer at a time and the download hangs up at the first byte
 *       past the limit, so an endless or lying body never costs more than the limit plus one buffer.</li>
 *   <li><b>Time.</b> Each connection has the connect timeout; the caller waits for the whole
 *       download (name lookups, connections, redirects, body) at most the download timeout, after
 *       which the exchange is hung up. A server that drips bytes is cut off there.</li>
 * </ul>
 *
 * <p><b>Residual risk: DNS rebinding.</b> The JDK's client cannot be told which address to connect
 * to: it looks the host up again itself. That second lookup is answered from the JVM's address
 * cache, which keeps a successful lookup for 30 seconds by default ({@code networkaddress.cache.ttl}),
 * so it yields an address this class has just checked, unless the cache entry expires between the
 * two lookups or the operator turned caching off. A name server that answers a public address first
 * and a link-local one a moment later can only win that narrow race. Where it matters, list the
 * allowed hosts ({@link FetchSettings#allowedHosts()}) and keep the cache on.
 *
 * <p>Threads: one cached pool of daemon threads per instance runs name lookups and the client's
 * callbacks; idle threads end after a minute. Share one instance; it is safe for concurrent use.
 */
public final class HttpFlowJsonSource implements FlowJsonSource {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFlowJsonSource.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final FetchSettings settings;
    private final TargetCheck targets;
    private final ExecutorService executor;
    private final HttpClient client;

    public HttpFlowJsonSource(FetchSettings settings) {
        this(settings, HostResolver.SYSTEM);
    }

    HttpFlowJsonSource(FetchSettings settings, HostResolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.targets = new TargetCheck(settings, Objects.requireNonNull(resolver, "resolver"));
        this.executor = Executors.newCachedThreadPool(daemonThreads("flowhex-fetch-" + POOLS.incrementAndGet() + "-"));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.connectTimeout())
                .executor(executor)
                .build();
    }

    public static HttpFlowJsonSource ofDefaults() {
        return new HttpFlowJsonSource(FetchSettings.ofDefaults());
    }

    public FetchSettings settings() {
        return settings;
    }

    @Override
    public byte[] fetch(URI filePath) throws FetchRefusedException {
        Objects.requireNonNull(filePath, "filePath");
        Download download = new Download(client, settings, targets, executor);
        CompletableFuture<byte[]> file = download.start(filePath);
        try {
            return file.get(settings.downloadTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            download.abandon();
            throw logged(Refusals.tooSlow(settings.downloadTimeout()));
        } catch (InterruptedException e) {
            download.abandon();
            Thread.currentThread().interrupt();
            throw logged(Refusals.interrupted());
        } catch (ExecutionException e) {
            throw logged(download.refusal(e.getCause()));
        }
    }

    /** Logs the reason only: a FilePath may carry a signature (an OSS pre-signed URL does). */
    private static FetchRefusedException logged(FetchRefusedException refused) {
        LOG.debug("Flow JSON download refused: {}", refused.reason());
        return refused;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
