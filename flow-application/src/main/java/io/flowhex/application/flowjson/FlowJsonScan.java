package io.flowhex.application.flowjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * One pass over a Flow JSON text with a streaming parser: the top level's members are noted, the
 * screens checked as they stream by, everything else skipped without being built. Reads to the end,
 * so a syntax error anywhere fails the pass. Used once, by one thread.
 */
final class FlowJsonScan {

    /** The pass reached the end, but the text is not one JSON object; the reason is the message. */
    static final class NotAnObject extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnObject(String message) {
            super(message, null, false, false);
        }
    }

    private final JsonFactory factory;
    private final ScreenChecks screens;

    FlowJsonScan(JsonFactory factory, ScreenChecks screens) {
        this.factory = factory;
        this.screens = screens;
    }

    TopLevel read(Reader text) throws IOException, NotAnObject {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotAnObject("The file is empty.");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new NotAnObject("The file is not a JSON object.");
            }
            TopLevel top = members(parser);
            if (parser.nextToken() != null) {
                throw new NotAnObject("The file holds more than one JSON value.");
            }
            return top;
        }
    }

    private TopLevel members(JsonParser parser) throws IOException {
        boolean hasVersion = false;
        Optional<String> version = Optional.empty();
        boolean hasDataApi = false;
        Optional<String> dataApi = Optional.empty();
        boolean hasRouting = false;
        boolean routingIsObject = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "version" -> {
                    hasVersion = true;
                    version = text(parser, value);
                }
                case "data_api_version" -> {
                    hasDataApi = true;
                    dataApi = text(parser, value);
                }
                case "routing_model" -> {
                    hasRouting = true;
                    routingIsObject = value == JsonToken.START_OBJECT;
                    parser.skipChildren();
                }
                case "screens" -> screens.read(parser);
                default -> parser.skipChildren();
            }
        }
        return new TopLevel(hasVersion, version, hasDataApi, dataApi, hasRouting, routingIsObject);
    }

    private static Optional<String> text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return Optional.of(parser.getText());
        }
        parser.skipChildren();
        return Optional.empty();
    }
}
