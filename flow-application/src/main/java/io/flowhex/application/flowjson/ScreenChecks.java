package io.flowhex.application.flowjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.flowhex.domain.flow.FlowJsonErrorCode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code screens} rules, read from the stream as it passes: a non-empty array of objects, each with
 * an {@code id} (a non-empty string no earlier screen has) and a {@code layout} (an object). Only the
 * first {@code maxScreens} screens are looked into, so the set of ids stays bounded.
 */
final class ScreenChecks {

    private static final String SCREENS = "/screens";

    private final int maxScreens;
    private final ErrorList errors;
    private final Set<String> ids = new HashSet<>();
    private boolean present;

    ScreenChecks(int maxScreens, ErrorList errors) {
        this.maxScreens = maxScreens;
        this.errors = errors;
    }

    /** Reads the value of {@code screens}, whose first token is current. */
    void read(JsonParser parser) throws IOException {
        present = true;
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            errors.add(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "screens must be an array of screen objects.",
                    SCREENS);
            return;
        }
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (index == maxScreens) {
                errors.add(FlowJsonErrorCode.INVALID_PROPERTY_VALUE,
                        "screens holds more than " + maxScreens + " screens.", SCREENS);
            }
            if (index >= maxScreens) {
                parser.skipChildren();
            } else if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                errors.add(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "A screen must be an object.", pointer(index));
            } else {
                screen(parser, pointer(index));
            }
            index++;
        }
        if (index == 0) {
            errors.add(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "screens must hold at least one screen.", SCREENS);
        }
    }

    /** After the pass: a file without {@code screens} at all. */
    void requirePresent() {
        if (!present) {
            errors.add(FlowJsonErrorCode.MISSING_REQUIRED_PROPERTY, "screens is required.", SCREENS);
        }
    }

    private void screen(JsonParser parser, String at) throws IOException {
        boolean hasId = false;
        String id = null;
        boolean hasLayout = false;
        boolean layoutIsObject = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("id")) {
                hasId = true;
                id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            } else if (name.equals("layout")) {
                hasLayout = true;
                layoutIsObject = value == JsonToken.START_OBJECT;
            }
            parser.skipChildren();
        }
        checkId(hasId, id, at);
        if (!hasLayout) {
            errors.add(FlowJsonErrorCode.MISSING_REQUIRED_PROPERTY, "A screen must have a layout.", at + "/layout");
        } else if (!layoutIsObject) {
            errors.add(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "A screen's layout must be an object.",
                    at + "/layout");
        }
    }

    private void checkId(boolean hasId, String id, String at) {
        if (!hasId) {
            errors.add(FlowJsonErrorCode.MISSING_REQUIRED_PROPERTY, "A screen must have an id.", at + "/id");
        } else if (id == null || id.isEmpty()) {
            errors.add(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "A screen's id must be a non-empty string.",
                    at + "/id");
        } else if (!ids.add(id)) {
            errors.add(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "A screen repeats the id of an earlier screen.",
                    at + "/id");
        }
    }

    private static String pointer(int index) {
        return SCREENS + "/" + index;
    }
}
