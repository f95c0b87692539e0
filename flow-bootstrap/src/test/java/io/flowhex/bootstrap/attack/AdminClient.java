package io.flowhex.bootstrap.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Admin API requests over a raw socket, exactly as written: any method, any header, any body. */
final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String token;

    AdminClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** One answer: status, headers, and the JSON body parsed. */
    record Answer(RawResponse raw, JsonNode json) {

        int status() {
            return raw.status();
        }

        String code() {
            return json.path("Code").asText();
        }

        JsonNode data() {
            return json.path("Data");
        }

        @Override
        public String toString() {
            return raw.toString();
        }
    }

    /** With the right token. */
    Answer send(String method, String pathAndQuery, String body) {
        return send(method, pathAndQuery, body, List.of("Authorization: Bearer " + token));
    }

    Answer send(String method, String pathAndQuery, String body, List<String> headers) {
        return send(method, pathAndQuery, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    Answer send(String method, String pathAndQuery, byte[] body, List<String> headers) {
        List<String> lines = new ArrayList<>();
        lines.add(method + " " + pathAndQuery + " HTTP/1.1");
        lines.add("Host: 127.0.0.1:" + port);
        lines.add("Content-Type: application/json");
        lines.add("Content-Length: " + body.length);
        lines.add("Connection: close");
        lines.addAll(headers);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        try {
            RawResponse raw = RawHttp.exchange(port, request.toByteArray());
            return new Answer(raw, JSON.readTree(raw.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode summary() {
        Answer answer = send("GET", "/admin/summary", "");
        if (answer.status() != 200) {
            throw new AssertionError("summary failed: " + answer);
        }
        return answer.data();
    }
}
