package io.flowhex.bootstrap.attack;

import io.flowhex.adapter.rest.client.SignedRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A request as it goes on the wire, taken apart just enough to be tampered with: the request line,
 * the headers in order (repeats allowed, case kept) and the body. Immutable: every change returns a
 * new request. {@link #withBody} frames the new body as before (Content-Length or chunked); a
 * {@link #withPayload broken payload} replaces everything after the blank line as given, so that
 * framing can be broken on purpose.
 */
final class WireRequest {

    enum Framing { CONTENT_LENGTH, CHUNKED }

    /** Where form parameters travel: the URL query or an {@code application/x-www-form-urlencoded} body. */
    enum Part { QUERY, BODY }

    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    /** One header line; a null value writes the name alone, a line without a colon. */
    record Header(String name, String value) {
        Header {
            Objects.requireNonNull(name, "name");
        }

        static Header rawLine(String line) {
            return new Header(line, null);
        }

        boolean is(String other) {
            return name.equalsIgnoreCase(other);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private final String method;
    private final String path;
    private final String rawQuery;
    private final String version;
    private final List<Header> headers;
    private final byte[] body;
    private final Framing framing;
    private final byte[] brokenPayload;

    private WireRequest(String method, String path, String rawQuery, String version, List<Header> headers, byte[] body,
            Framing framing, byte[] brokenPayload) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.version = version;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.framing = framing;
        this.brokenPayload = brokenPayload;
    }

    /** The signed request as an HTTP/1.1 client sends it, its body framed as asked. */
    static WireRequest of(SignedRequest signed, Framing framing) {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Host", signed.headers().getOrDefault("host", signed.uri().getRawAuthority())));
        signed.headers().forEach((name, value) -> {
            if (!name.equals("host")) {
                headers.add(new Header(name, value));
            }
        });
        String path = signed.uri().getRawPath() == null || signed.uri().getRawPath().isEmpty() ? "/" : signed.uri().getRawPath();
        WireRequest bare = new WireRequest(signed.method(), path, signed.uri().getRawQuery(), "HTTP/1.1", headers,
                new byte[0], framing, null);
        return bare.withBody(signed.body());
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The query as sent, without the {@code ?}; null when the target has none. */
    String rawQuery() {
        return rawQuery;
    }

    List<Header> headers() {
        return headers;
    }

    /** The first value of a header (any case), or null. */
    String header(String name) {
        return headers.stream().filter(h -> h.is(name)).map(Header::value).findFirst().orElse(null);
    }

    byte[] body() {
        return body.clone();
    }

    Framing framing() {
        return framing;
    }

    /** The query's {@code name=value} segments as sent (still encoded); empty when there is no query. */
    List<String> queryPairs() {
        return rawQuery == null || rawQuery.isEmpty() ? List.of() : Arrays.asList(rawQuery.split("&", -1));
    }

    /** The {@code name=value} segments (still encoded) of the query or of the body. */
    List<String> pairs(Part part) {
        if (part == Part.QUERY) {
            return queryPairs();
        }
        return body.length == 0 ? List.of() : Arrays.asList(bodyText().split("&", -1));
    }

    /**
     * Replaces the segments of the query or the body; a body that had none gets the form content
     * type, so that the server reads it as parameters.
     */
    WireRequest withPairs(Part part, List<String> pairs) {
        if (part == Part.QUERY) {
            return withRawQuery(String.join("&", pairs));
        }
        WireRequest changed = body.length == 0 && header("content-type") == null ? withHeader("Content-Type", FORM_TYPE) : this;
        return changed.withBody(String.join("&", pairs));
    }

    /** Where a parameter of this name is (its raw name before {@code =}), or null when it is in neither part. */
    Part partOf(String name) {
        for (Part part : Part.values()) {
            if (pairs(part).stream().anyMatch(pair -> nameOf(pair).equals(name))) {
                return part;
            }
        }
        return null;
    }

    /** Applies {@code change} to every segment of that name, in either part; null from it drops the segment. */
    WireRequest mapParameter(String name, UnaryOperator<String> change) {
        WireRequest result = this;
        for (Part part : Part.values()) {
            List<String> changed = new ArrayList<>();
            boolean touched = false;
            for (String pair : pairs(part)) {
                if (nameOf(pair).equals(name)) {
                    touched = true;
                    String replacement = change.apply(pair);
                    if (replacement != null) {
                        changed.add(replacement);
                    }
                } else {
                    changed.add(pair);
                }
            }
            if (touched) {
                result = result.withPairs(part, changed);
            }
        }
        return result;
    }

    static String nameOf(String pair) {
        int eq = pair.indexOf('=');
        return eq < 0 ? pair : pair.substring(0, eq);
    }

    WireRequest withMethod(String newMethod) {
        return new WireRequest(newMethod, path, rawQuery, version, headers, body, framing, brokenPayload);
    }

    WireRequest withPath(String newPath) {
        return new WireRequest(method, newPath, rawQuery, version, headers, body, framing, brokenPayload);
    }

    WireRequest withRawQuery(String newQuery) {
        return new WireRequest(method, path, newQuery, version, headers, body, framing, brokenPayload);
    }

    WireRequest withQueryPairs(List<String> pairs) {
        return withRawQuery(String.join("&", pairs));
    }

    WireRequest withVersion(String newVersion) {
        return new WireRequest(method, path, rawQuery, newVersion, headers, body, framing, brokenPayload);
    }

    /** Replaces every header of that name (any case) by one with this value, where the first one was. */
    WireRequest withHeader(String name, String value) {
        List<Header> changed = new ArrayList<>();
        boolean placed = false;
        for (Header h : headers) {
            if (!h.is(name)) {
                changed.add(h);
            } else if (!placed) {
                changed.add(new Header(h.name(), value));
                placed = true;
            }
        }
        if (!placed) {
            changed.add(new Header(name, value));
        }
        return withHeaders(changed);
    }

    /** Adds one more header, even if one of that name is already there. */
    WireRequest plusHeader(String name, String value) {
        List<Header> changed = new ArrayList<>(headers);
        changed.add(new Header(name, value));
        return withHeaders(changed);
    }

    WireRequest withoutHeader(String name) {
        return withHeaders(headers.stream().filter(h -> !h.is(name)).toList());
    }

    WireRequest withHeaders(List<Header> newHeaders) {
        return new WireRequest(method, path, rawQuery, version, newHeaders, body, framing, brokenPayload);
    }

    /** A new body, framed like the old one: Content-Length (none for an empty GET body) or chunked. */
    WireRequest withBody(byte[] newBody) {
        List<Header> changed = new ArrayList<>();
        for (Header h : headers) {
            if (!h.is("content-length") && !h.is("transfer-encoding")) {
                changed.add(h);
            }
        }
        if (framing == Framing.CHUNKED) {
            changed.add(new Header("Transfer-Encoding", "chunked"));
        } else if (newBody.length > 0 || !method.equals("GET")) {
            changed.add(new Header("Content-Length", Integer.toString(newBody.length)));
        }
        return new WireRequest(method, path, rawQuery, version, changed, newBody.clone(), framing, null);
    }

    WireRequest withBody(String text) {
        return withBody(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Everything after the blank line, exactly as given; the headers are left as they are. */
    WireRequest withPayload(byte[] payload) {
        return new WireRequest(method, path, rawQuery, version, headers, body, framing, payload.clone());
    }

    String bodyText() {
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + body.length);
        String target = rawQuery == null ? path : path + "?" + rawQuery;
        out.writeBytes((method + " " + target + " " + version).getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(CRLF);
        for (Header h : headers) {
            out.writeBytes((h.value() == null ? h.name() : h.name() + ": " + h.value()).getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(CRLF);
        }
        out.writeBytes(CRLF);
        out.writeBytes(brokenPayload != null ? brokenPayload : framed());
        return out.toByteArray();
    }

    private byte[] framed() {
        if (framing == Framing.CONTENT_LENGTH) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
        if (body.length > 0) {
            out.writeBytes(Integer.toHexString(body.length).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(CRLF);
            out.writeBytes(body);
            out.writeBytes(CRLF);
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The request line and header names, and sizes: enough to recognise a case, short enough to print. */
    @Override
    public String toString() {
        String target = rawQuery == null ? path : path + "?" + rawQuery;
        return method + " " + abbreviate(target, 300) + " " + version + " headers="
                + headers.stream().map(h -> h.value() == null ? h.name() : h.name() + ":" + abbreviate(h.value(), 80)).toList()
                + " body=" + abbreviate(bodyText(), 200) + (brokenPayload != null ? " payload=" + brokenPayload.length + "B" : "")
                + " (" + framing.name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
