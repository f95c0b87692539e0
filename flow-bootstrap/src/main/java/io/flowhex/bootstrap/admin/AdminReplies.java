package io.flowhex.bootstrap.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowhex.adapter.rest.CamsHttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin API's JSON bodies, shaped as the CAMS endpoint's: {@code RequestId}, {@code Code} and
 * {@code Data} on success; {@code RequestId}, {@code HostId}, {@code Code} and {@code Message} on error.
 * The request id is in the {@code x-acs-request-id} header too.
 */
final class AdminReplies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private final String hostId;

    AdminReplies(String hostId) {
        this.hostId = hostId;
    }

    CamsHttpResponse success(String requestId, ObjectNode data) {
        ObjectNode body = JSON.createObjectNode();
        body.put("RequestId", requestId);
        body.put("Code", "OK");
        body.set("Data", data);
        return response(200, requestId, body, Map.of());
    }

    CamsHttpResponse error(String requestId, AdminError error) {
        ObjectNode body = JSON.createObjectNode();
        body.put("RequestId", requestId);
        body.put("HostId", hostId);
        body.put("Code", error.code());
        body.put("Message", error.getMessage());
        return response(error.status(), requestId, body, error.headers());
    }

    private static CamsHttpResponse response(int status, String requestId, ObjectNode body, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("x-acs-request-id", requestId);
        headers.put("Cache-Control", "no-store");
        headers.putAll(extra);
        try {
            return new CamsHttpResponse(status, headers, JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
