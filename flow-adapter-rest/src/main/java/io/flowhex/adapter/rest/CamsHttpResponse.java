package io.flowhex.adapter.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What to send back: a status, headers (one value each) and the body bytes. Immutable. */
public final class CamsHttpResponse {

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    public CamsHttpResponse(int status, Map<String, String> headers, byte[] body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is 100 to 599");
        }
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        this.body = Objects.requireNonNull(body, "body").clone();
    }

    public int status() {
        return status;
    }

    /** Header names as sent, e.g. {@code Content-Type} and {@code x-acs-request-id}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as a read-only buffer, without a copy. */
    public ByteBuffer bodyBuffer() {
        return ByteBuffer.wrap(body).asReadOnlyBuffer();
    }

    /** The body decoded as UTF-8 (every body this adapter writes is UTF-8 JSON). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "CamsHttpResponse[" + status + ", " + body.length + " body bytes]";
    }
}
