package io.flowhex.adapter.rest.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocol's percentEncode: UTF-8 bytes, {@code A-Z a-z 0-9 - _ . ~} kept, everything else
 * {@code %XX} with upper-case hex (a space is {@code %20}, {@code *} is {@code %2A}).
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    public static String encode(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && isUnreserved(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16);
        appendEncoded(out, text);
        return out.toString();
    }

    /** The parameters sorted by raw name, {@code enc(k)=enc(v)} joined by {@code &}: both schemes' core. */
    public static String sortedPairs(List<Parameter> parameters) {
        List<Parameter> sorted = new ArrayList<>(parameters);
        sorted.sort(Parameter.BY_NAME);
        return pairs(sorted);
    }

    /** {@code enc(k)=enc(v)} joined by {@code &}, in the given order (a query string or a form body). */
    public static String pairs(List<Parameter> parameters) {
        StringBuilder out = new StringBuilder(48 * parameters.size());
        for (Parameter p : parameters) {
            if (out.length() > 0) {
                out.append('&');
            }
            appendEncoded(out, p.name());
            out.append('=');
            appendEncoded(out, p.value());
        }
        return out.toString();
    }

    /** Appends the encoding of {@code text} to {@code out}, without an intermediate string. */
    public static void appendEncoded(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnreserved(c)) {
                out.append(c);
            } else if (c < 0x80) {
                appendByte(out, c);
            } else {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) >= 0x80) {
                    end++;
                }
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(out, b & 0xFF);
                }
                i = end - 1;
            }
        }
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[b >>> 4]).append(HEX[b & 0x0F]);
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
