package io.flowhex.adapter.rest;

import io.flowhex.adapter.rest.signature.Parameter;
import io.flowhex.adapter.rest.signature.PercentEncoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A captured raw HTTP/1.1 request, parsed (Content-Length and chunked bodies) into an editable form,
 * so a test can change one part and turn it into a {@link CamsHttpRequest}.
 */
final class RawHttpRequest {

    final String method;
    final String path;
    final String rawQuery;
    final List<String[]> headers;
    final byte[] body;

    RawHttpRequest(String method, String path, String rawQuery, List<String[]> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = List.copyOf(headers);
        this.body = body.clone();
    }

    /** A signed request from the client signer, to be tampered with. */
    static RawHttpRequest of(io.flowhex.adapter.rest.client.SignedRequest signed) {
        List<String[]> headers = new ArrayList<>();
        signed.headers().forEach((name, value) -> headers.add(new String[] {name, value}));
        String query = signed.uri().getRawQuery();
        return new RawHttpRequest(signed.method(), "/", query == null ? "" : query, headers, signed.body());
    }

    static RawHttpRequest load(String resource) {
        try (InputStream in = RawHttpRequest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawHttpRequest parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, headEnd).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        String target = requestLine[1];
        int question = target.indexOf('?');
        List<String[]> headers = new ArrayList<>();
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon);
            String value = lines[i].substring(colon + 1).strip();
            chunked |= name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked");
            headers.add(new String[] {name, value});
        }
        String rest = text.substring(headEnd + 4);
        String body = chunked ? dechunk(rest) : rest;
        return new RawHttpRequest(requestLine[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? "" : target.substring(question + 1), headers, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    String header(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
    }

    RawHttpRequest withHeader(String name, String value) {
        List<String[]> changed = new ArrayList<>();
        boolean replaced = false;
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                changed.add(new String[] {h[0], value});
                replaced = true;
            } else {
                changed.add(h);
            }
        }
        if (!replaced) {
            changed.add(new String[] {name, value});
        }
        return new RawHttpRequest(method, path, rawQuery, changed, body);
    }

    RawHttpRequest withoutHeader(String name) {
        List<String[]> changed = new ArrayList<>(headers);
        changed.removeIf(h -> h[0].equalsIgnoreCase(name));
        return new RawHttpRequest(method, path, rawQuery, changed, body);
    }

    RawHttpRequest withAddedHeader(String name, String value) {
        List<String[]> changed = new ArrayList<>(headers);
        changed.add(new String[] {name, value});
        return new RawHttpRequest(method, path, rawQuery, changed, body);
    }

    RawHttpRequest withoutQueryParameter(String name) {
        List<Parameter> kept = new ArrayList<>(queryParameters());
        kept.removeIf(p -> p.name().equals(name));
        return withQuery(PercentEncoding.pairs(kept));
    }

    RawHttpRequest withQuery(String query) {
        return new RawHttpRequest(method, path, query, headers, body);
    }

    RawHttpRequest withBody(byte[] newBody) {
        return new RawHttpRequest(method, path, rawQuery, headers, newBody);
    }

    /** The query's parameters, decoded. */
    List<Parameter> queryParameters() {
        return decode(rawQuery);
    }

    List<Parameter> bodyParameters() {
        return decode(new String(body, StandardCharsets.ISO_8859_1));
    }

    /** The query with one parameter's value changed, re-encoded. */
    RawHttpRequest withQueryValue(String name, UnaryOperator<String> change) {
        return withQuery(PercentEncoding.pairs(changed(queryParameters(), name, change)));
    }

    RawHttpRequest withBodyValue(String name, UnaryOperator<String> change) {
        return withBody(PercentEncoding.pairs(changed(bodyParameters(), name, change)).getBytes(StandardCharsets.US_ASCII));
    }

    CamsHttpRequest toCamsRequest() {
        CamsHttpRequest.Builder builder = CamsHttpRequest.builder(method, path).rawQuery(rawQuery).body(body)
                .remoteAddress("127.0.0.1");
        for (String[] h : headers) {
            builder.header(h[0], h[1]);
        }
        return builder.build();
    }

    /** Where the request was signed: {@code x-acs-date} or the {@code Timestamp} parameter. */
    String signingTime() {
        String date = header("x-acs-date");
        if (date != null) {
            return date;
        }
        return queryParameters().stream().filter(p -> p.name().equals("Timestamp")).findFirst().orElseThrow().value();
    }

    boolean isAcs3() {
        return header("Authorization") != null;
    }

    private static List<Parameter> changed(List<Parameter> parameters, String name, UnaryOperator<String> change) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : parameters) {
            out.add(p.name().equals(name) ? new Parameter(p.name(), change.apply(p.value())) : p);
        }
        return out;
    }

    private static List<Parameter> decode(String form) {
        List<Parameter> out = new ArrayList<>();
        FormDecoder.decode(form, out, 1000);
        return out;
    }

    /** The raw request again, with a Content-Length body (used to replay it over a socket). */
    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(path);
        if (!rawQuery.isEmpty()) {
            head.append('?').append(rawQuery);
        }
        head.append(" HTTP/1.1\r\n");
        for (String[] h : headers) {
            String lower = h[0].toLowerCase(Locale.ROOT);
            if (!lower.equals("transfer-encoding") && !lower.equals("content-length")) {
                head.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }
}
