package io.flowhex.bootstrap.multi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.SignatureScheme;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Signs CAMS calls with one AccessKey and sends them to any instance. V1 signatures: they cover the
 * method and parameters but not the host, so one signed request can be replayed on another instance,
 * as it could behind a load balancer where every instance has the same name.
 */
final class CamsClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One answer, with when the client sent the request and received the answer (its wall clock). */
    record Answer(int status, String code, Map<String, Object> body, Instant sent, Instant received) {

        boolean ok() {
            return status == 200 && "OK".equals(code);
        }

        @SuppressWarnings("unchecked")
        String data(String field) {
            Object data = body.get("Data");
            Object value = data instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(field) : null;
            if (value == null) {
                throw new AssertionError("no Data." + field + " in " + body);
            }
            return value.toString();
        }
    }

    private final HttpClient http;
    private final CamsRequestSigner signer;

    CamsClient(HttpClient http, String accessKeyId, String accessKeySecret) {
        this.http = http;
        this.signer = CamsRequestSigner.of(accessKeyId, accessKeySecret);
    }

    SignedRequest sign(ServerProcess to, CamsAction action, Map<String, String> parameters) {
        return signer.sign(SignatureScheme.V1_HMAC_SHA1, URI.create(to.baseUrl()), RpcCall.of(action, parameters));
    }

    Answer call(ServerProcess to, CamsAction action, Map<String, String> parameters) throws IOException, InterruptedException {
        return send(sign(to, action, parameters));
    }

    /** The same signed request, byte for byte, sent to another instance. */
    Answer replay(SignedRequest request, ServerProcess to) throws IOException, InterruptedException {
        URI original = request.uri();
        URI elsewhere = URI.create(to.baseUrl() + original.getRawPath()
                + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery()));
        return send(new SignedRequest(request.method(), elsewhere, request.headers(), request.body()));
    }

    Answer send(SignedRequest request) throws IOException, InterruptedException {
        HttpRequest http = HttpRequest.newBuilder(request.toHttpRequest(), (name, value) -> true).timeout(TIMEOUT).build();
        Instant sent = Instant.now();
        HttpResponse<String> response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
        Instant received = Instant.now();
        Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
        return new Answer(response.statusCode(), String.valueOf(body.get("Code")), body, sent, received);
    }

    /** A GET of a link the server serves itself (preview page, Flow JSON download), on the given instance. */
    HttpResponse<byte[]> open(URI link, ServerProcess on) throws IOException, InterruptedException {
        URI there = URI.create(on.baseUrl() + link.getRawPath() + "?" + link.getRawQuery());
        return http.send(HttpRequest.newBuilder(there).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
