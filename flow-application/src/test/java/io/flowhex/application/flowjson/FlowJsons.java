package io.flowhex.application.flowjson;

import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowJsonError;
import io.flowhex.domain.flow.FlowJsonErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Flow JSON texts and helpers shared by the validator's tests. */
final class FlowJsons {

    /** A small file that passes every rule, shaped like Meta's examples. */
    static final String VALID = """
            {
              "version": "7.3",
              "screens": [
                {
                  "id": "WELCOME",
                  "title": "Welcome",
                  "terminal": true,
                  "layout": {
                    "type": "SingleColumnLayout",
                    "children": [
                      {"type": "TextBody", "text": "Hello 👋, ¿qué tal?"},
                      {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete", "payload": {}}}
                    ]
                  }
                }
              ]
            }
            """;

    static final String WITH_DATA_API = """
            {"version": "6.3", "data_api_version": "3.0",
             "routing_model": {"FIRST": ["SECOND"], "SECOND": []},
             "screens": [{"id": "FIRST", "layout": {"type": "SingleColumnLayout", "children": []}},
                         {"id": "SECOND", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": []}}]}
            """;

    private FlowJsons() {
    }

    static FlowJsonCheck check(String text) {
        return FlowJsonValidator.ofDefaults().check(text.getBytes(StandardCharsets.UTF_8));
    }

    static FlowJsonCheck check(byte[] bytes) {
        return FlowJsonValidator.ofDefaults().check(bytes);
    }

    /** The file with {@code version} and {@code screens} valid, plus the given members. */
    static String withMembers(String members) {
        return "{\"version\":\"7.3\",\"screens\":[{\"id\":\"A\",\"layout\":{}}]" + (members.isEmpty() ? "" : "," + members)
                + "}";
    }

    static List<FlowJsonErrorCode> codes(FlowJsonCheck check) {
        return check.errors().stream().map(FlowJsonError::code).toList();
    }

    static List<String> pointers(FlowJsonCheck check) {
        return check.errors().stream().map(FlowJsonError::pointer).toList();
    }
}
