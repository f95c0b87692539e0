package io.flowhex.adapter.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The flow API's parameters as domain values, shared by every action's reader. A required parameter
 * absent or empty is {@code Missing<Name>}; a malformed one {@code Invalid<Name>}; an optional one
 * sent empty is the same as absent. JSON-valued parameters ({@code Categories}) are read with a
 * streaming parser bounded in depth and length, and any text that is not exactly the expected shape
 * gets the parameter's own code, naming it.
 */
final class FlowParameters {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(256).build())
            .build();

    private FlowParameters() {
    }

    static FlowId flowId(RequestParameters parameters) {
        return required(parameters, "FlowId", FlowId::new);
    }

    static Optional<SpaceId> space(RequestParameters parameters) {
        return optional(parameters, "CustSpaceId", SpaceId::new);
    }

    /** {@code Categories}: JSON array text of 1 to 8 distinct known values, e.g. {@code ["SIGN_UP"]}. */
    static FlowCategories categories(RequestParameters parameters) {
        String text = parameters.nonEmptyValue("Categories");
        if (text == null) {
            throw RejectedRequest.missing("Categories");
        }
        try {
            return new FlowCategories(stringArray(text));
        } catch (IOException | IllegalArgumentException e) {
            throw RejectedRequest.of(Rejection.CATEGORIES_INVALID);
        }
    }

    static <T> T required(RequestParameters parameters, String name, Function<String, T> constructor) {
        String text = parameters.nonEmptyValue(name);
        if (text == null) {
            throw RejectedRequest.missing(name);
        }
        return parse(text, name, constructor);
    }

    static <T> Optional<T> optional(RequestParameters parameters, String name, Function<String, T> constructor) {
        String text = parameters.nonEmptyValue(name);
        return text == null ? Optional.empty() : Optional.of(parse(text, name, constructor));
    }

    private static <T> T parse(String text, String name, Function<String, T> constructor) {
        try {
            return constructor.apply(text);
        } catch (IllegalArgumentException e) {
            throw RejectedRequest.of(ErrorCode.INVALID_PARAMETER, name);
        }
    }

    /** The categories of a JSON array of strings; anything else (or trailing text) is an IOException. */
    private static List<FlowCategory> stringArray(String text) throws IOException {
        List<FlowCategory> values = new ArrayList<>();
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not an array");
            }
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                if (token != JsonToken.VALUE_STRING || values.size() >= FlowCategory.values().length) {
                    throw new IOException("not an array of at most as many strings as there are categories");
                }
                values.add(FlowCategory.fromWire(json.getText()));
            }
            if (json.nextToken() != null) {
                throw new IOException("text after the array");
            }
        }
        return values;
    }
}
