package io.flowhex.adapter.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.flowhex.application.port.in.FlowDetails;
import java.io.IOException;

/**
 * The {@code Data} of each flow action, shaped as {@code cams-rpc-protocol.md} §1 says: field names
 * and types exactly as the official SDK models read them.
 */
final class FlowData {

    private FlowData() {
    }

    /** GetFlow: the whole flow, {@code PreviewUrlExpires} in epoch milliseconds. */
    static void details(JsonGenerator json, FlowDetails flow) throws IOException {
        json.writeObjectFieldStart("Data");
        json.writeStringField("FlowId", flow.flowId().value());
        json.writeStringField("FlowName", flow.flowName().value());
        writeCategories(json, flow.categories().names());
        json.writeStringField("Status", flow.status().name());
        // plain branches, as for the endpoint: a flow without a Flow JSON has neither version
        if (flow.jsonVersion().isPresent()) {
            json.writeStringField("JSONVersion", flow.jsonVersion().get().value());
        }
        if (flow.dataApiVersion().isPresent()) {
            json.writeStringField("DataApiVersion", flow.dataApiVersion().get().value());
        }
        if (flow.endpointUri().isPresent()) {
            json.writeStringField("EndpointUri", flow.endpointUri().get().toString());
        }
        json.writeStringField("PreviewUrl", flow.preview().url().toString());
        json.writeNumberField("PreviewUrlExpires", flow.preview().expiresAt().toEpochMilli());
        json.writeEndObject();
    }

    private static void writeCategories(JsonGenerator json, Iterable<String> names) throws IOException {
        json.writeArrayFieldStart("Categories");
        for (String category : names) {
            json.writeString(category);
        }
        json.writeEndArray();
    }
}
