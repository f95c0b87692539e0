package io.flowhex.adapter.rest;

import java.nio.charset.StandardCharsets;

/**
 * An HTML document written in two kinds of pieces: {@link #markup} for this adapter's own constant
 * tags, and {@link #text} for every value, which is always escaped. No value reaches the page any
 * other way, so no value can open a tag, close an attribute or start an entity.
 */
final class HtmlWriter {

    private final StringBuilder html = new StringBuilder(4096);

    /** This adapter's own markup: tags and attributes written in code, never from a value. */
    HtmlWriter markup(String constant) {
        html.append(constant);
        return this;
    }

    /** A value, escaped for text and for a quoted attribute alike. */
    HtmlWriter text(String value) {
        escape(value, html);
        return this;
    }

    /** {@code <tag>value</tag>} for a tag without attributes. */
    HtmlWriter element(String tag, String value) {
        return markup("<" + tag + ">").text(value).markup("</" + tag + ">");
    }

    byte[] toUtf8() {
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code & < > " '} become entities; control characters other than tab and newline become U+FFFD. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        escape(value, out);
        return out.toString();
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                default -> out.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
    }
}
