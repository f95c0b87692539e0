package io.flowhex.adapter.rest.client;

import io.flowhex.adapter.rest.CamsHttpRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A complete signed request, ready to send: method, full URL (with its query), headers and body.
 * Header names are lower-case, as the ACS3 signature lists them.
 */
public final class SignedRequest {

    /** Headers {@link java.net.http.HttpClient} sets itself and refuses to take. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte[] body;

    public SignedRequest(String method, URI uri, Map<String, String> headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        this.body = Objects.requireNonNull(body, "body").clone();
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    /** The same request with one header replaced or added (for tests that tamper with a request). */
    public SignedRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name.toLowerCase(Locale.ROOT), value);
        return new SignedRequest(method, uri, changed, body);
    }

    /** The same request with another body (for tests that tamper with a request). */
    public SignedRequest withBody(byte[] newBody) {
        return new SignedRequest(method, uri, headers, newBody);
    }

    /** The request as {@link io.flowhex.adapter.rest.CamsRpcHandler}-ready value, as if it came from {@code remoteAddress}. */
    public CamsHttpRequest toCamsHttpRequest(String remoteAddress) {
        CamsHttpRequest.Builder builder = CamsHttpRequest.builder(method, uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                .rawQuery(uri.getRawQuery())
                .body(body)
                .remoteAddress(remoteAddress);
        headers.forEach(builder::header);
        return builder.build();
    }

    /** The request for {@link java.net.http.HttpClient}, which sets {@code host} itself from the URL. */
    public HttpRequest toHttpRequest() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!RESTRICTED.contains(name)) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }

    @Override
    public String toString() {
        return "SignedRequest[" + method + " " + uri.getRawPath() + "]";
    }
}
