package io.flowhex.adapter.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.FlowHeader;
import io.flowhex.application.port.in.FlowJsonLink;
import io.flowhex.application.port.in.FlowPreview;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SchemaVersion;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Data} of each flow action, shaped as {@code cams-rpc-protocol.md} §1 says: field names
 * and types exactly as the official SDK models read them. An optional field without a value is left
 * out, never written as null. DeleteFlow, PublishFlow and DeprecateFlow have no {@code Data}
 * ({@link DataWriter#none()}).
 */
final class FlowData {

    // names encoded once: ListFlow writes these twenty times a page, and Jackson would check and copy
    // each name's characters on every write
    private static final SerializableString FLOW_ID = new SerializedString("FlowId");
    private static final SerializableString FLOW_NAME = new SerializedString("FlowName");
    private static final SerializableString CATEGORIES = new SerializedString("Categories");
    private static final EnumMap<FlowCategory, SerializableString> CATEGORY_NAMES = categoryNames();

    private FlowData() {
    }

    /** GetFlow: the whole flow, {@code PreviewUrlExpires} in epoch milliseconds. */
    static void details(JsonGenerator json, FlowDetails flow) throws IOException {
        json.writeObjectFieldStart("Data");
        writeNamed(json, flow.flowId(), flow.flowName(), flow.categories());
        json.writeStringField("Status", flow.status().name());
        // a flow without a Flow JSON has neither version
        writeIfPresent(json, "JSONVersion", flow.jsonVersion().map(SchemaVersion::value));
        writeIfPresent(json, "DataApiVersion", flow.dataApiVersion().map(SchemaVersion::value));
        writeIfPresent(json, "EndpointUri", flow.endpointUri());
        writePreview(json, flow.preview());
        json.writeEndObject();
    }

    /** CreateFlow: {@code FlowId}, {@code FlowName}, {@code Categories}. */
    static void created(JsonGenerator json, FlowHeader flow) throws IOException {
        json.writeObjectFieldStart("Data");
        writeNamed(json, flow.flowId(), flow.flowName(), flow.categories());
        json.writeEndObject();
    }

    /** ModifyFlow: as CreateFlow, and {@code EndpointUri} when the flow has one. */
    static void modified(JsonGenerator json, FlowHeader flow) throws IOException {
        json.writeObjectFieldStart("Data");
        writeNamed(json, flow.flowId(), flow.flowName(), flow.categories());
        writeIfPresent(json, "EndpointUri", flow.endpointUri());
        json.writeEndObject();
    }

    /** ListFlow: an array (possibly empty) of {@code {FlowId, FlowName, Categories}}. */
    static void page(JsonGenerator json, List<FlowSummary> flows) throws IOException {
        json.writeArrayFieldStart("Data");
        for (FlowSummary flow : flows) {
            json.writeStartObject();
            writeNamed(json, flow.id(), flow.name(), flow.categories());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** GetFlowJSONAssest: {@code FlowId}, and {@code FilePath} when the flow has a Flow JSON. */
    static void jsonLink(JsonGenerator json, FlowJsonLink link) throws IOException {
        json.writeObjectFieldStart("Data");
        json.writeStringField("FlowId", link.flowId().value());
        writeIfPresent(json, "FilePath", link.filePath());
        json.writeEndObject();
    }

    /** UpdateFlowJSONAsset: {@code FlowId}. */
    static void flowId(JsonGenerator json, FlowId flowId) throws IOException {
        json.writeObjectFieldStart("Data");
        json.writeStringField("FlowId", flowId.value());
        json.writeEndObject();
    }

    /** GetFlowPreviewUrl: {@code FlowId}, {@code PreviewUrl}, {@code PreviewUrlExpires} (epoch ms). */
    static void preview(JsonGenerator json, FlowPreview preview) throws IOException {
        json.writeObjectFieldStart("Data");
        json.writeStringField("FlowId", preview.flowId().value());
        writePreview(json, preview.preview());
        json.writeEndObject();
    }

    private static void writeNamed(JsonGenerator json, FlowId id, FlowName name, FlowCategories categories)
            throws IOException {
        json.writeFieldName(FLOW_ID);
        json.writeString(id.value());
        json.writeFieldName(FLOW_NAME);
        json.writeString(name.value());
        json.writeFieldName(CATEGORIES);
        json.writeStartArray();
        // each value's own encoded name, not names(): a list and a stream per flow, twenty flows a page
        for (FlowCategory category : categories.values()) {
            json.writeString(CATEGORY_NAMES.get(category));
        }
        json.writeEndArray();
    }

    private static EnumMap<FlowCategory, SerializableString> categoryNames() {
        EnumMap<FlowCategory, SerializableString> names = new EnumMap<>(FlowCategory.class);
        for (FlowCategory category : FlowCategory.values()) {
            names.put(category, new SerializedString(category.name()));
        }
        return names;
    }

    private static void writePreview(JsonGenerator json, Preview preview) throws IOException {
        json.writeStringField("PreviewUrl", preview.url().toString());
        json.writeNumberField("PreviewUrlExpires", preview.expiresAt().toEpochMilli());
    }

    private static void writeIfPresent(JsonGenerator json, String field, Optional<?> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get().toString());
        }
    }
}
