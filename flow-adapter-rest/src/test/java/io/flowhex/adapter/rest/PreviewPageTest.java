package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowhex.domain.flow.Flow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The preview page behind GetFlowPreviewUrl's link, through the handler")
class PreviewPageTest {

    /** Opens a tag, closes a double- and a single-quoted attribute, starts an entity. */
    private static final String HOSTILE = "<script>alert(1)</script>\"onload='x' &amp done";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;onload=&#39;x&#39; &amp;amp done";
    private static final Pattern RAW_AMPERSAND = Pattern.compile("&(?!(amp|lt|gt|quot|#39);)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkWorld links = new LinkWorld();

    /** Every field the page shows, set to the hostile text: screen ids, titles, types, texts, options, case keys, actions. */
    private static byte[] hostileFlowJson() {
        ObjectNode root = JSON.createObjectNode().put("version", "6.0");
        ArrayNode screens = root.putArray("screens");
        ObjectNode first = screens.addObject().put("id", HOSTILE + "A").put("title", HOSTILE);
        ArrayNode children = first.putObject("layout").put("type", "SingleColumnLayout").putArray("children");
        children.addObject().put("type", "TextHeading").put("text", HOSTILE);
        children.addObject().put("type", "TextBody").putArray("text").add(HOSTILE).add(HOSTILE);
        children.addObject().put("type", HOSTILE).put("label", HOSTILE).put("description", HOSTILE).put("title", HOSTILE);
        ObjectNode dropdown = children.addObject().put("type", "Dropdown").put("label", HOSTILE);
        dropdown.putArray("data-source").addObject().put("id", "1").put("title", HOSTILE);
        ObjectNode form = children.addObject().put("type", "Form").put("name", HOSTILE);
        form.putArray("children").addObject().put("type", "TextInput").put("label", HOSTILE).put("name", HOSTILE);
        ObjectNode branch = children.addObject().put("type", "If").put("condition", HOSTILE);
        branch.putArray("then").addObject().put("type", "TextCaption").put("text", HOSTILE);
        branch.putArray("else").add(HOSTILE);
        children.addObject().put("type", "Switch").putObject("cases").putArray(HOSTILE).addObject()
                .put("type", "TextBody").put("text", HOSTILE);
        children.addObject().put("type", "EmbeddedLink").put("text", HOSTILE).putObject("on-click-action")
                .put("name", HOSTILE);
        children.addObject().put("type", "OptIn").put("label", HOSTILE).putObject("on-click-action")
                .put("name", "navigate").putObject("next").put("type", "screen").put("name", HOSTILE);
        children.addObject().put("type", "Footer").put("label", HOSTILE).putObject("on-click-action")
                .put("name", "navigate").putObject("next").put("type", "screen").put("name", HOSTILE + "B");
        ObjectNode second = screens.addObject().put("id", HOSTILE + "B").put("title", HOSTILE).put("terminal", true);
        second.putObject("layout").put("type", "SingleColumnLayout").putArray("children").addObject()
                .put("type", "Footer").put("label", HOSTILE).putObject("on-click-action").put("name", "complete");
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    @DisplayName("shows name, status, screens, components and links between screens, every value escaped")
    void escapesEveryValue() {
        Flow flow = links.flow(HOSTILE);
        links.upload(flow, hostileFlowJson());

        CamsHttpResponse response = links.get(links.previewLink(flow));

        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Type", "text/html;charset=utf-8")
                .containsEntry("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .containsEntry("X-Content-Type-Options", "nosniff").containsEntry("Cache-Control", "no-store");
        String page = response.bodyText();
        assertThat(page.toLowerCase(Locale.ROOT)).doesNotContain("<script", "onload='", "\"onload");
        assertThat(page).doesNotContain(HOSTILE).doesNotContain("'");
        Matcher raw = RAW_AMPERSAND.matcher(page);
        assertThat(raw.find()).as("an unescaped & at %s", raw.find(0) ? raw.start() : -1).isFalse();
        assertThat(page)
                .contains("<title>Preview: " + ESCAPED + "</title>")
                .contains("<h1>" + ESCAPED + "</h1>")
                .contains("<dd>DRAFT</dd>")
                .contains("<h2>" + ESCAPED + "</h2>")
                .contains("Screen <code>" + ESCAPED + "A</code>")
                .contains("<code>" + ESCAPED + "</code> <span class=\"note\">label:</span>")
                .contains("<span class=\"value\">" + ESCAPED + "\n" + ESCAPED + "</span>")
                .contains("<li>" + ESCAPED + "</li>")
                .contains("case <code>" + ESCAPED + "</code>")
                .contains("on-click-action: " + ESCAPED + "</p>")
                .contains("on-click-action: navigate to " + ESCAPED + " (not a screen of this flow)")
                .contains("on-click-action: navigate to <a href=\"#screen-1\">" + ESCAPED + "B</a>")
                .contains("<section id=\"screen-1\">")
                .contains("(terminal: the flow can end here)")
                .contains("on-click-action: complete");
        // name twice, every field of the file once or more: none of them reached the page unescaped
        assertThat(count(page, ESCAPED)).isGreaterThanOrEqualTo(25);
    }

    @Test
    @DisplayName("GetFlow's PreviewUrl is the same link and opens the same page")
    void getFlowLink() {
        Flow flow = links.flow("same_link");
        URI fromPreviewUrl = links.previewLink(flow);

        URI fromGetFlow = links.world.getFlow(links.tenant.root, flow.id()).preview().url();

        assertThat(fromGetFlow).isEqualTo(fromPreviewUrl);
        assertThat(links.get(fromGetFlow).bodyText()).contains("<h1>same_link</h1>")
                .contains("No Flow JSON has been uploaded for this flow yet");
    }

    @Test
    @DisplayName("a file that is not JSON is described, not shown, with its validation errors")
    void notJson() {
        Flow flow = links.flow("broken_file");
        links.upload(flow, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        String page = links.get(links.previewLink(flow)).bodyText();

        assertThat(page).contains("not a JSON object").contains("Validation errors").contains("INVALID_FLOW_JSON")
                .doesNotContain("<script");
    }

    @Test
    @DisplayName("a file nested too deep or holding too many components still makes a bounded page")
    void hostileShape() {
        ObjectNode root = JSON.createObjectNode().put("version", "6.0");
        ArrayNode children = root.putArray("screens").addObject().put("id", "DEEP").putObject("layout")
                .putArray("children");
        ArrayNode level = children;
        for (int i = 0; i < 200; i++) {
            level = level.addObject().put("type", "Form").putArray("children");
        }
        for (int i = 0; i < 20_000; i++) {
            children.addObject().put("type", "TextBody").put("text", "line " + i);
        }
        Flow flow = links.flow("deep_file");
        links.upload(flow, root.toString().getBytes(StandardCharsets.UTF_8));

        CamsHttpResponse response = links.get(links.previewLink(flow));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).contains("nested too deep to show").contains("line 1700")
                .doesNotContain("line 2000<");
        assertThat(response.body().length).isLessThan(512 * 1024);
    }

    @Test
    @DisplayName("a forged or expired token gets 403 with a JSON error, never the page")
    void refused() {
        Flow flow = links.flow("secret_name");
        URI link = links.previewLink(flow);
        String path = "/flows/" + flow.id().value() + "/preview";
        String forged = link.getRawQuery().replaceAll("token=.", "token=" + (link.getRawQuery().contains("token=A") ? "B" : "A"));

        assertError(links.get(path, forged), 403, "Forbidden.InvalidLink");
        assertError(links.get(path, "expires=1&token=x"), 403, "Forbidden.InvalidLink");
        links.world.clock.advance(Duration.ofDays(30));
        CamsHttpResponse expired = links.get(link);
        assertError(expired, 403, "Forbidden.InvalidLink");
        assertThat(expired.bodyText()).doesNotContain("secret_name");
    }
}
