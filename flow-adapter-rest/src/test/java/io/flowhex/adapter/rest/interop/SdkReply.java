package io.flowhex.adapter.rest.interop;

import java.util.List;

/** What an official SDK made of a successful GetFlow answer, field by field, through its own parsing. */
record SdkReply(String requestId, String code, String message, String flowId, String flowName, List<String> categories,
        String status, String jsonVersion, String dataApiVersion, String endpointUri, String previewUrl,
        Long previewUrlExpires) {
}
