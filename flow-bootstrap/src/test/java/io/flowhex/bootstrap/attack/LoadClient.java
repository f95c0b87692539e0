package io.flowhex.bootstrap.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signed GetFlow calls over {@link HttpClient} (HTTP/1.1, kept-alive connections), each stamped with
 * the wall clock when it was sent and when its answer was read: the clock the server's rate limiter
 * reads too, since both run in this JVM.
 */
final class LoadClient {

    /** One call: when it was sent, when the answer was read, and what it said. */
    record Call(Instant sent, Instant received, int status, String code) {
        boolean granted() {
            return code.equals("OK");
        }

        Duration latency() {
            return Duration.between(sent, received);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;

    LoadClient(Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .executor(Executors.newCachedThreadPool(clientThreads("attack-http-"))).build();
        this.timeout = timeout;
    }

    /** Names the suite's own client threads, so that a count of the server's threads can leave them out. */
    static ThreadFactory clientThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Signs and sends one call; a transport failure is a call with status 0 and the failure as its code. */
    Call call(Signing signing, CallVariant variant, Map<String, String> parameters) {
        HttpRequest request = signing.sign(variant, parameters).toHttpRequest();
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
        Instant sent = Instant.now();
        try {
            HttpResponse<byte[]> response = http.send(timed, HttpResponse.BodyHandlers.ofByteArray());
            Instant received = Instant.now();
            JsonNode body = JSON.readTree(response.body());
            return new Call(sent, received, response.statusCode(), body == null ? "" : body.path("Code").asText(""));
        } catch (IOException e) {
            return new Call(sent, Instant.now(), 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Call(sent, Instant.now(), 0, "interrupted");
        }
    }
}
