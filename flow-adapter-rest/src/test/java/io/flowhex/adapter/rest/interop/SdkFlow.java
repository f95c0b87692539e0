package io.flowhex.adapter.rest.interop;

import java.util.List;

/**
 * One flow as an official SDK read it from a {@code Data} object or a ListFlow item, field by field
 * through its own parsing; a field the answer did not carry is null, as the SDK leaves it.
 */
record SdkFlow(String flowId, String flowName, List<String> categories, String status, String jsonVersion,
        String dataApiVersion, String endpointUri, String previewUrl, Long previewUrlExpires, String filePath) {
}
