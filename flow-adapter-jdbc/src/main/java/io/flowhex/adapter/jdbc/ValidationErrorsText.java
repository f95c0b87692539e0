package io.flowhex.adapter.jdbc;

import io.flowhex.domain.flow.FlowJsonError;
import io.flowhex.domain.flow.FlowJsonErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flow JSON file's validation errors as the text of one column: one error a line, each
 * {@code CODE<tab>pointer<tab>message}, in their order; the empty text for a valid file. Backslash,
 * tab, line feed, carriage return and NUL inside a pointer or message are written as {@code \\},
 * {@code \t}, {@code \n}, {@code \r} and {@code \0}, so a field never holds a separator, and
 * PostgreSQL text (which cannot hold NUL) takes any message. Plain text rather than JSON: the
 * adapter needs no JSON library, and an operator still reads it at a glance.
 */
final class ValidationErrorsText {

    private static final char FIELD = '\t';
    private static final char LINE = '\n';
    private static final char ESCAPE = '\\';

    private ValidationErrorsText() {
    }

    static String write(List<FlowJsonError> errors) {
        StringBuilder text = new StringBuilder();
        for (FlowJsonError error : errors) {
            text.append(error.code().name()).append(FIELD);
            escape(error.pointer(), text);
            text.append(FIELD);
            escape(error.message(), text);
            text.append(LINE);
        }
        return text.toString();
    }

    /** The errors {@link #write} wrote; text it cannot have written fails with IllegalArgumentException. */
    static List<FlowJsonError> read(String text) {
        List<FlowJsonError> errors = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(LINE, start);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated validation error");
            }
            errors.add(error(text.substring(start, end)));
            start = end + 1;
        }
        return errors;
    }

    private static FlowJsonError error(String line) {
        int first = line.indexOf(FIELD);
        int second = first < 0 ? -1 : line.indexOf(FIELD, first + 1);
        if (second < 0 || line.indexOf(FIELD, second + 1) >= 0) {
            throw new IllegalArgumentException("a validation error has three fields");
        }
        return new FlowJsonError(FlowJsonErrorCode.valueOf(line.substring(0, first)),
                unescape(line.substring(second + 1)), unescape(line.substring(first + 1, second)));
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case ESCAPE -> out.append("\\\\");
                case FIELD -> out.append("\\t");
                case LINE -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ESCAPE) {
                out.append(c);
                continue;
            }
            if (++i == value.length()) {
                throw new IllegalArgumentException("a dangling escape");
            }
            out.append(switch (value.charAt(i)) {
                case '\\' -> ESCAPE;
                case 't' -> FIELD;
                case 'n' -> LINE;
                case 'r' -> '\r';
                case '0' -> '\0';
                default -> throw new IllegalArgumentException("an unknown escape");
            });
        }
        return out.toString();
    }
}
