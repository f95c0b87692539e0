package io.flowhex.adapter.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as any server sees it: method, path, the raw (still encoded) query string, the
 * headers, the body bytes, the TCP peer's address and whether the connection was TLS. Immutable;
 * header names are case-insensitive.
 */
public final class CamsHttpRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String remoteAddress;
    private final boolean secure;

    private CamsHttpRequest(Builder b) {
        this.method = requireToken(b.method, "method");
        this.path = Objects.requireNonNull(b.path, "path");
        this.rawQuery = Objects.requireNonNullElse(b.rawQuery, "");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = b.body.clone();
        this.remoteAddress = Objects.requireNonNull(b.remoteAddress, "remoteAddress");
        this.secure = b.secure;
    }

    /** A request with the given method (e.g. {@code POST}) and path (e.g. {@code /}). */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The query string as it came on the wire, without the {@code ?}; empty when there is none. */
    public String rawQuery() {
        return rawQuery;
    }

    /** Every header, keyed by lower-case name, values in arrival order. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The values of one header (any case), empty when absent. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The only value of a header (lower-case name), null when absent; refused when repeated. */
    String singleHeader(String lowerCaseName) {
        List<String> values = headers.getOrDefault(lowerCaseName, List.of());
        if (values.size() > 1) {
            throw RejectedRequest.of(Rejection.REPEATED);
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** A copy of the body bytes. */
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** The body without a copy, for the handler in this package, which never writes to it. */
    byte[] bodyBytes() {
        return body;
    }

    /** The TCP peer's IP address as text (e.g. {@code 127.0.0.1}); empty when unknown. */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** Whether the request arrived over TLS. */
    public boolean secure() {
        return secure;
    }

    @Override
    public String toString() {
        // headers and body can carry signatures: keep them out of logs
        return "CamsHttpRequest[" + method + " " + path + ", " + body.length + " body bytes]";
    }

    private static String requireToken(String value, String what) {
        Objects.requireNonNull(value, what);
        boolean token = !value.isEmpty();
        for (int i = 0; i < value.length() && token; i++) {
            token = value.charAt(i) > ' ' && value.charAt(i) < 0x7F;
        }
        if (!token) {
            throw new IllegalArgumentException(what + " must be a non-empty HTTP token");
        }
        return value;
    }

    /** Collects the parts of a request; {@link #build()} copies them. */
    public static final class Builder {

        private final String method;
        private final String path;
        private String rawQuery = "";
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private String remoteAddress = "";
        private boolean secure;

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** The raw query string without the {@code ?}; null means none. */
        public Builder rawQuery(String query) {
            this.rawQuery = query;
            return this;
        }

        /** Adds one value of a header; call again for a repeated header. */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(value);
            return this;
        }

        public Builder body(byte[] bytes) {
            this.body = Objects.requireNonNull(bytes, "body");
            return this;
        }

        public Builder remoteAddress(String address) {
            this.remoteAddress = address;
            return this;
        }

        public Builder secure(boolean tls) {
            this.secure = tls;
            return this;
        }

        public CamsHttpRequest build() {
            return new CamsHttpRequest(this);
        }
    }
}
