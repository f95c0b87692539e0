package io.flowhex.bootstrap.attack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP response as it came off the socket: status, headers (names lower-case, values in arrival
 * order), body bytes and how long the exchange took.
 */
record RawResponse(int status, Map<String, List<String>> headers, byte[] body, Duration elapsed) {

    RawResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The only value of a header (any case), or null. */
    String header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + bodyText();
    }
}
