package io.flowhex.adapter.rest;

import io.flowhex.adapter.rest.signature.Parameter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Strict {@code application/x-www-form-urlencoded} decoding, for the query string and the body alike:
 * ASCII only on the wire, {@code +} is a space, every {@code %} followed by two hex digits, and the
 * decoded bytes valid UTF-8. Anything else is refused rather than guessed at.
 */
final class FormDecoder {

    private FormDecoder() {
    }

    /**
     * Appends the decoded pairs of {@code text} to {@code out}; empty segments ({@code a=1&&b=2}) are
     * skipped, a segment without {@code =} has an empty value.
     *
     * @param budget how many more parameters may be added
     */
    static void decode(CharSequence text, List<Parameter> out, int budget) {
        int length = text.length();
        int start = 0;
        while (start <= length) {
            int end = indexOf(text, '&', start, length);
            if (end > start) {
                if (out.size() >= budget) {
                    throw RejectedRequest.of(Rejection.TOO_MANY_PARAMETERS);
                }
                int eq = indexOf(text, '=', start, end);
                String name = decodeComponent(text, start, eq);
                String value = eq < end ? decodeComponent(text, eq + 1, end) : "";
                if (name.isEmpty()) {
                    throw RejectedRequest.of(Rejection.MALFORMED_ENCODING);
                }
                out.add(new Parameter(name, value));
            }
            start = end + 1;
        }
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    private static String decodeComponent(CharSequence text, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                throw RejectedRequest.of(Rejection.MALFORMED_ENCODING);
            }
            plain &= c != '%' && c != '+';
        }
        if (plain) {
            return text.subSequence(from, to).toString();
        }
        byte[] bytes = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes[n++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw RejectedRequest.of(Rejection.MALFORMED_ENCODING);
                }
                bytes[n++] = (byte) (hexValue(text.charAt(i + 1)) << 4 | hexValue(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        return strictUtf8(bytes, n);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        throw RejectedRequest.of(Rejection.MALFORMED_ENCODING);
    }

    private static String strictUtf8(byte[] bytes, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw RejectedRequest.of(Rejection.MALFORMED_ENCODING);
        }
    }
}
