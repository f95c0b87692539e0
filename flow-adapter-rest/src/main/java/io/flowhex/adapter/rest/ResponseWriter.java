package io.flowhex.adapter.rest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.flowhex.adapter.rest.signature.PercentEncoding;
import io.flowhex.application.port.in.AccessDeniedDetail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON bodies and headers of every response, streamed with one shared {@link JsonFactory} (no
 * object mapper, no reflection). Success bodies carry {@code Data}; error bodies carry
 * {@code HostId} and {@code Recommend}, and {@code AccessDeniedDetail} for a RAM denial.
 */
final class ResponseWriter {

    static final String CONTENT_TYPE = "application/json;charset=utf-8";
    static final String REQUEST_ID_HEADER = "x-acs-request-id";
    private static final String RECOMMEND = "https://api.aliyun.com/troubleshoot?product=cams&q=";
    private static final JsonFactory JSON = new JsonFactory();

    private final String hostId;

    ResponseWriter(String hostId) {
        this.hostId = hostId;
    }

    /** The success envelope around an action's {@code Data}. */
    <R> CamsHttpResponse success(String requestId, DataWriter<R> data, R result) {
        return rpcResponse(200, requestId, json -> {
            json.writeStringField("RequestId", requestId);
            json.writeStringField("Code", "OK");
            json.writeStringField("Message", "None"); // what the documented success body carries
            data.write(json, result);
        });
    }

    CamsHttpResponse error(String requestId, ErrorReply error) {
        return rpcResponse(error.status(), requestId, json -> {
            json.writeStringField("RequestId", requestId);
            json.writeStringField("HostId", hostId);
            json.writeStringField("Code", error.code());
            json.writeStringField("Message", error.message());
            json.writeStringField("Recommend", RECOMMEND + PercentEncoding.encode(error.code()) + "&requestId=" + requestId);
            if (error.accessDeniedDetail().isPresent()) {
                writeDetail(json, error.accessDeniedDetail().get());
            }
        });
    }

    /** {@code GET /health}: the status and nothing else. */
    static CamsHttpResponse health(boolean healthy) {
        byte[] body = write(json -> json.writeStringField("Status", healthy ? "UP" : "DOWN"));
        return new CamsHttpResponse(healthy ? 200 : 503, Map.of("Content-Type", CONTENT_TYPE,
                "Cache-Control", "no-store"), body);
    }

    private static void writeDetail(JsonGenerator json, AccessDeniedDetail detail) throws IOException {
        json.writeObjectFieldStart("AccessDeniedDetail");
        json.writeStringField("AuthAction", detail.authAction());
        json.writeStringField("AuthPrincipalType", detail.authPrincipalType());
        json.writeStringField("AuthPrincipalOwnerId", detail.authPrincipalOwnerId());
        json.writeStringField("AuthPrincipalDisplayName", detail.authPrincipalDisplayName());
        json.writeStringField("NoPermissionType", detail.noPermissionType());
        json.writeStringField("PolicyType", detail.policyType());
        json.writeStringField("EncodedDiagnosticMessage", detail.encodedDiagnosticMessage());
        json.writeEndObject();
    }

    private static CamsHttpResponse rpcResponse(int status, String requestId, Fields fields) {
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put(REQUEST_ID_HEADER, requestId);
        headers.put("Cache-Control", "no-store");
        return new CamsHttpResponse(status, headers, write(fields));
    }

    private static byte[] write(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }
}
