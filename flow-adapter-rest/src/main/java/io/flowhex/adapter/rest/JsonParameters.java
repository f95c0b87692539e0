package io.flowhex.adapter.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.PageRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two parameters the SDKs send as JSON text: {@code Categories} (an array of strings) and
 * {@code Page} (an object of two integers). Read with a streaming parser bounded in depth and string
 * length, token by token, so that only exactly the expected shape passes: no other type, no extra
 * nesting, no unknown or repeated field, no text after the value. Every other text is an
 * {@link IOException} or an {@link IllegalArgumentException}, which the caller turns into the
 * parameter's own code.
 */
final class JsonParameters {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).maxStringLength(256)
                    .maxNumberLength(10).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonParameters() {
    }

    /** {@code ["SIGN_UP","OTHER"]}: 1 to 8 distinct known categories. */
    static FlowCategories categories(String text) throws IOException {
        List<FlowCategory> values = new ArrayList<>();
        try (JsonParser json = JSON.createParser(text)) {
            expect(json.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                // more values than categories exist cannot be distinct: stop reading early
                if (token != JsonToken.VALUE_STRING || values.size() >= FlowCategory.values().length) {
                    throw new IOException("not an array of at most as many strings as there are categories");
                }
                values.add(FlowCategory.fromWire(json.getText()));
            }
            expect(json.nextToken(), null);
        }
        return new FlowCategories(values);
    }

    /**
     * {@code {"Index":1,"Size":20}}: both fields optional (an absent or null one takes its default),
     * each an integer in {@link PageRequest}'s range.
     */
    static PageRequest page(String text) throws IOException {
        int index = PageRequest.DEFAULT_INDEX;
        int size = PageRequest.DEFAULT_SIZE;
        try (JsonParser json = JSON.createParser(text)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("Index")) {
                    index = intOr(json, value, index);
                } else if (field.equals("Size")) {
                    size = intOr(json, value, size);
                } else {
                    throw new IOException("unknown field");
                }
            }
            expect(json.nextToken(), null);
        }
        return new PageRequest(index, size);
    }

    /** The integer at the parser, or the default for a JSON null (a serializer that writes unset fields). */
    private static int intOr(JsonParser json, JsonToken value, int defaultValue) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return defaultValue;
        }
        if (value != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
            throw new IOException("not an integer within int range");
        }
        return json.getIntValue();
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("unexpected JSON token");
        }
    }
}
