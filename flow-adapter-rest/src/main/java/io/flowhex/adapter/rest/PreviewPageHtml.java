package io.flowhex.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowhex.application.port.in.PreviewPage;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonError;
import io.flowhex.domain.flow.SchemaVersion;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preview page: the flow's name, status and categories, then each screen of its stored Flow JSON
 * with its title and components, drawn generically (type, then text, label, title, description,
 * options), navigate actions as links to their screens, and the file's validation errors. A sketch
 * for people testing a flow, not WhatsApp's rendering.
 *
 * <p>The file came from a client and may be anything (it is stored even when invalid): every value
 * goes through {@link HtmlWriter#text}; nesting, the number of items and the length of a value are
 * bounded, so a hostile file yields a bounded page.
 */
final class PreviewPageHtml {

    static final int MAX_DEPTH = 16;
    static final int MAX_ITEMS = 2_000;
    static final int MAX_VALUE_LENGTH = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SHOWN = List.of("text", "label", "title", "description");
    private static final List<String> NESTED = List.of("children", "then", "else");
    private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1b1b1b}section{border:1px solid #ccc;border-radius:8px;padding:.5rem 1rem;"
            + "margin:1rem 0}code{background:#f2f2f2;padding:0 .25rem;border-radius:3px}.note{color:#555}"
            + ".value{white-space:pre-wrap}dt{font-weight:600;float:left;clear:left;width:10rem}dd{margin-left:10rem}";

    private final HtmlWriter out = new HtmlWriter();
    private final Map<String, Integer> screenIndex = new HashMap<>();
    private int budget = MAX_ITEMS;

    private PreviewPageHtml() {
    }

    /** The whole page, UTF-8. */
    static byte[] render(PreviewPage page) {
        return new PreviewPageHtml().page(page);
    }

    private byte[] page(PreviewPage page) {
        out.markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .text("Preview: " + page.name().value())
                .markup("</title><style>" + STYLE + "</style></head>\n<body>\n");
        header(page);
        Optional<JsonNode> json = page.flowJson().flatMap(PreviewPageHtml::parse);
        if (page.flowJson().isEmpty()) {
            note("No Flow JSON has been uploaded for this flow yet (UpdateFlowJSONAsset).");
        } else if (json.isEmpty() || !json.get().isObject()) {
            note("The stored Flow JSON is not a JSON object: it has no screens to show.");
        } else {
            screens(json.get().path("screens"));
        }
        page.flowJson().ifPresent(asset -> errors(asset.check().errors()));
        return out.markup("</body></html>\n").toUtf8();
    }

    private void header(PreviewPage page) {
        out.markup("<header>").element("h1", page.name().value()).markup("<dl>")
                .element("dt", "Status").element("dd", page.status().name())
                .element("dt", "Flow ID").element("dd", page.flowId().value())
                .element("dt", "Categories").element("dd", String.join(", ", page.categories().names()));
        Optional<SchemaVersion> version = page.flowJson().map(FlowAsset::check).flatMap(check -> check.version());
        if (version.isPresent()) {
            out.element("dt", "Flow JSON version").element("dd", version.get().value());
        }
        out.markup("</dl>\n");
        note("A sketch of the screens in the stored Flow JSON, not WhatsApp's rendering of them.");
        out.markup("</header>\n");
    }

    private void screens(JsonNode screens) {
        if (!screens.isArray() || screens.isEmpty()) {
            note("The Flow JSON has no screens.");
            return;
        }
        int shown = Math.min(screens.size(), MAX_ITEMS);
        // every screen is indexed first, so that an action can link to a screen further down
        for (int i = 0; i < shown; i++) {
            screenIndex.putIfAbsent(value(screens.get(i).path("id")), i);
        }
        out.markup("<nav><h2>Screens</h2><ol>");
        for (int i = 0; i < shown; i++) {
            out.markup("<li><a href=\"#screen-" + i + "\">").text(title(screens.get(i))).markup("</a> <code>")
                    .text(value(screens.get(i).path("id"))).markup("</code></li>");
        }
        out.markup("</ol></nav>\n");
        for (int i = 0; i < shown && budget > 0; i++) {
            screen(i, screens.get(i));
        }
        if (budget <= 0) {
            note("The rest of the flow is not shown: it holds more than " + MAX_ITEMS + " items.");
        }
    }

    private void screen(int index, JsonNode screen) {
        budget--;
        out.markup("<section id=\"screen-" + index + "\">").element("h2", title(screen))
                .markup("<p class=\"note\">Screen <code>").text(value(screen.path("id"))).markup("</code>");
        if (screen.path("terminal").asBoolean(false)) {
            out.text(" (terminal: the flow can end here)");
        }
        out.markup("</p>\n");
        components(screen.path("layout").path("children"), 0);
        out.markup("</section>\n");
    }

    private void components(JsonNode children, int depth) {
        if (!children.isArray() || children.isEmpty()) {
            return;
        }
        out.markup("<ul>");
        for (JsonNode child : children) {
            if (budget <= 0) {
                out.markup("<li>").text("…").markup("</li>");
                break;
            }
            budget--;
            out.markup("<li>");
            if (depth >= MAX_DEPTH) {
                out.text("… (nested too deep to show)");
            } else {
                component(child, depth);
            }
            out.markup("</li>\n");
        }
        out.markup("</ul>");
    }

    private void component(JsonNode node, int depth) {
        out.markup("<code>").text(node.isObject() ? value(node.path("type")) : "value").markup("</code>");
        if (!node.isObject()) {
            out.markup(" <span class=\"value\">").text(value(node)).markup("</span>");
            return;
        }
        for (String field : SHOWN) {
            if (node.has(field)) {
                out.markup(" <span class=\"note\">").text(field + ":").markup("</span> <span class=\"value\">")
                        .text(value(node.get(field))).markup("</span>");
            }
        }
        options(node.path("data-source"));
        actions(node);
        for (String nested : NESTED) {
            components(node.path(nested), depth + 1);
        }
        for (Map.Entry<String, JsonNode> branch : node.path("cases").properties()) {
            if (budget <= 0) {
                break;
            }
            out.markup("<p>case <code>").text(branch.getKey()).markup("</code></p>");
            components(branch.getValue(), depth + 1);
        }
    }

    private void options(JsonNode options) {
        if (!options.isArray() || options.isEmpty()) {
            return;
        }
        out.markup("<ul>");
        for (JsonNode option : options) {
            if (budget-- <= 0) {
                break;
            }
            out.element("li", value(option.isObject() ? option.path("title") : option));
        }
        out.markup("</ul>");
    }

    /** Every {@code …-action} of a component; a navigate action links to its next screen. */
    private void actions(JsonNode node) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getKey().endsWith("-action") || !field.getValue().isObject()) {
                continue;
            }
            String name = value(field.getValue().path("name"));
            out.markup("<p>").text(field.getKey() + ": " + name);
            if (name.equals("navigate")) {
                String next = value(field.getValue().path("next").path("name"));
                Integer target = screenIndex.get(next);
                if (target == null) {
                    out.text(" to " + next + " (not a screen of this flow)");
                } else {
                    out.text(" to ").markup("<a href=\"#screen-" + target + "\">").text(next).markup("</a>");
                }
            }
            out.markup("</p>");
        }
    }

    private void errors(List<FlowJsonError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        out.markup("<section><h2>Validation errors</h2>");
        note("PublishFlow refuses this file until they are fixed.");
        out.markup("<ul>");
        for (FlowJsonError error : errors) {
            out.markup("<li><code>").text(error.code().name()).markup("</code> ").text(error.message());
            if (!error.pointer().isEmpty()) {
                out.text(" at ").markup("<code>").text(error.pointer()).markup("</code>");
            }
            out.markup("</li>");
        }
        out.markup("</ul></section>\n");
    }

    private void note(String text) {
        out.markup("<p class=\"note\">").text(text).markup("</p>\n");
    }

    private static String title(JsonNode screen) {
        String title = value(screen.path("title"));
        return title.isEmpty() ? value(screen.path("id")) : title;
    }

    /** A value as text: a string as it is, an array of strings one per line, anything else as JSON; bounded. */
    private static String value(JsonNode node) {
        String text;
        if (node.isMissingNode() || node.isNull()) {
            text = "";
        } else if (node.isTextual()) {
            text = node.textValue();
        } else if (node.isArray() && allText(node)) {
            StringBuilder lines = new StringBuilder();
            node.forEach(line -> lines.append(lines.isEmpty() ? "" : "\n").append(line.textValue()));
            text = lines.toString();
        } else {
            text = node.toString();
        }
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<JsonNode> parse(FlowAsset asset) {
        try {
            return Optional.ofNullable(JSON.readTree(asset.content()));
        } catch (IOException e) {
            // not JSON (it is stored anyway, with its errors): the page says so instead
            return Optional.empty();
        }
    }
}
